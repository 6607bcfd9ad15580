import { screen, waitFor, within } from '@testing-library/react';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { renderWithProviders } from '@test/renderWithProviders';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';
import { HostError } from '../../host/WorkbookHost';
import { App } from '../App';

const TODAY = '2024-09-30';

/**
 * The browser's clipboard as the pane meets it: the Clipboard API (allowed or refused) and execCommand('copy').
 * Installed after rendering, as user-event's setup puts its own clipboard stub in place.
 */
function installClipboard({ allowed }: { allowed: boolean }) {
  const written: Record<string, Blob>[] = [];
  class ClipboardItemStub {
    constructor(readonly items: Record<string, Blob>) {}
  }
  Object.defineProperty(window, 'ClipboardItem', { configurable: true, value: ClipboardItemStub });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      write: jest.fn(async (items: ClipboardItemStub[]) => {
        if (!allowed) throw new DOMException('The Clipboard API has been blocked because of a permissions policy.', 'NotAllowedError');
        written.push(...items.map((item) => item.items));
      }),
    },
  });
  // Office's webviews that refuse the Clipboard API refuse the copy command too.
  Object.defineProperty(document, 'execCommand', { configurable: true, value: jest.fn(() => false) });
  return written;
}

/** jsdom's Blob has no text(): read it as a browser's FileReader would. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function refreshedPane(clipboard: { allowed: boolean }, host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' })) {
  const rendered = renderWithProviders(<App host={host} today={TODAY} />);
  const written = installClipboard(clipboard);
  await within(screen.getByRole('region', { name: 'Findings' })).findByText('No problems found.');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh summary' })).not.toHaveAttribute('aria-disabled', 'true'));
  await rendered.user.click(screen.getByRole('button', { name: 'Refresh summary' }));
  await screen.findByText('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');
  return { host, written, ...rendered };
}

describe('Copy for Word', () => {
  it('is offered only once a refresh has written the summary', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    renderWithProviders(<App host={host} today={TODAY} />);
    await within(screen.getByRole('region', { name: 'Findings' })).findByText('No problems found.');
    expect(screen.queryByRole('button', { name: 'Copy for Word' })).not.toBeInTheDocument();
  });

  it('puts the summary’s tables on the clipboard as HTML Word keeps, with plain text beside it, and says so', async () => {
    const { host, user, written } = await refreshedPane({ allowed: true });
    await user.click(screen.getByRole('button', { name: 'Copy for Word' }));

    expect(await screen.findByText('Copied for Word')).toBeInTheDocument();
    expect(screen.getByText(/Paste it into your paper with Ctrl\+V/)).toBeInTheDocument();
    expect(host.selected).toEqual([]);
    expect(written).toHaveLength(1);
    expect(Object.keys(written[0])).toEqual(['text/html', 'text/plain']);

    const page = new DOMParser().parseFromString(await blobText(written[0]['text/html']), 'text/html');
    const tables = [...page.querySelectorAll('table')];
    expect(tables.map((table) => table.previousElementSibling?.textContent)).toEqual([
      'Internal audit plan: latest position',
      'The plan at a glance',
      'Actions signed off since the previous meeting (24/07/2024)',
      'Actions by priority and RAG status',
      'Implementation of actions due in the period',
    ]);
    expect(tables.every((table) => table.getAttribute('border') === '1')).toBe(true);
    expect([...tables[2].querySelectorAll('thead th')].map((th) => [th.textContent, (th as HTMLElement).style.fontWeight])).toEqual([
      ['Audit Name', 'bold'],
      ['Recommendation', 'bold'],
      ['Risk', 'bold'],
      ['Deadline', 'bold'],
      ['Signoff Date', 'bold'],
    ]);
    expect([...tables[2].querySelectorAll('tbody tr')][0].textContent).toBe('Firearms and Tasers1Medium30/10/202414/08/2024');
    expect(page.body.textContent).toContain('No actions are overdue.');
    expect(await blobText(written[0]['text/plain'])).toContain('Firearms and Tasers\t1\tMedium\t30/10/2024\t14/08/2024');
  });

  it('selects the summary on its sheet for Ctrl+C when the clipboard is refused, and tells the user to press it', async () => {
    const { host, user } = await refreshedPane({ allowed: false });
    await user.click(screen.getByRole('button', { name: 'Copy for Word' }));

    expect(await screen.findByText('Press Ctrl+C to copy')).toBeInTheDocument();
    expect(
      screen.getByText(
        'This window did not let the add-in use the clipboard, so the summary is selected on the “JAC Summary” sheet instead. Press Ctrl+C, then paste into Word with Ctrl+V.',
      ),
    ).toBeInTheDocument();
    // Every row of the summary (title to narrative) across its six columns.
    expect(host.selected).toEqual(["'JAC Summary'!$A$1:$F$72"]);
    expect(host.written[0].layout.values).toHaveLength(72);

    await user.click(within(screen.getByRole('region', { name: 'Committee paper' })).getByRole('button', { name: 'Dismiss the message' }));
    expect(screen.queryByText('Press Ctrl+C to copy')).not.toBeInTheDocument();
  });

  it('says why in an error when the clipboard is refused and the summary cannot be selected either', async () => {
    const { host, user } = await refreshedPane({ allowed: false });
    host.failNext('selectCell', new HostError('table-not-found', 'The sheet JAC Summary is not in this workbook any more.'));
    await user.click(screen.getByRole('button', { name: 'Copy for Word' }));
    expect(await screen.findByText('Not copied')).toBeInTheDocument();
    expect(
      screen.getByText('The clipboard was refused and the summary could not be selected: The sheet JAC Summary is not in this workbook any more.'),
    ).toBeInTheDocument();
  });
});
