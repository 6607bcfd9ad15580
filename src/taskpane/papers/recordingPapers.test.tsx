/** Recording papers in the pane, through the real controller and engine over a fake workbook. */
import { screen, waitFor, within } from '@testing-library/react';
import { EMPTY_STORED_DATA } from '../../core/dataSheet';
import { recordPaper } from '../../core/movement/recordedPapers';
import { analyseWorkbook } from '../../core/analyseWorkbook';
import { resolveSettings } from '../../core/resolveSettings';
import type { JacSettings } from '../../core/types';
import { makeSeedWorkbook, SEED_ACTIONS_SHEET } from '@test/fixtures/seedTables';
import { renderWithProviders } from '@test/renderWithProviders';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';
import { App } from '../App';

const TODAY = '2024-09-30';
const STORED: Partial<JacSettings> = { since: '2024-07-24' };
const NOTHING_EARLIER =
  'No paper dated before 30/09/2024 is recorded in this workbook, so there is no movement to show yet. Record this paper, and the next one will show what moved since.';

function renderPane(host = new FakeWorkbookHost(makeSeedWorkbook(), STORED)) {
  return { host, ...renderWithProviders(<App host={host} today={TODAY} />) };
}

function papersSection() {
  return screen.getByRole('region', { name: 'Papers' });
}

function recordButton() {
  return within(papersSection()).getByRole('button', { name: 'Record this paper' });
}

async function started() {
  await within(screen.getByRole('region', { name: 'Findings' })).findByText('No problems found.');
  await waitFor(() => expect(recordButton()).not.toHaveAttribute('aria-disabled', 'true'));
}

/** The rows of the recorded papers' table, as text, header first. */
function listedPapers(): string[][] {
  const table = within(papersSection()).getByRole('table', { name: 'Recorded papers' });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map((cell) => cell.textContent ?? ''));
}

describe('recording papers in the pane', () => {
  it('records the paper with the summary, says what it recorded, lists it, and says there is nothing earlier to compare with', async () => {
    const { host, user } = renderPane();
    await started();
    expect(within(papersSection()).getByText('No papers are recorded in this workbook yet.')).toBeInTheDocument();

    await user.click(recordButton());
    expect(await within(papersSection()).findByText('Recorded the paper of 30/09/2024: 7 actions, 0 open, 0 overdue.')).toBeInTheDocument();
    expect(host.written).toHaveLength(1);
    expect(host.written[0].papers).toHaveLength(1);
    expect(listedPapers()).toEqual([
      ['Paper', 'Previous meeting', 'Actions'],
      ['30/09/2024', '24/07/2024', '7 actions, 0 open, 0 overdue'],
    ]);
    expect(within(papersSection()).getByText(NOTHING_EARLIER)).toBeInTheDocument();
    expect(screen.getByText('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024')).toBeInTheDocument();
  });

  it('shows what moved once cells are edited and a later paper is refreshed, in the pane and on the summary sheet', async () => {
    const { host, user } = renderPane();
    await started();
    await user.click(recordButton());
    await within(papersSection()).findByText('Recorded the paper of 30/09/2024: 7 actions, 0 open, 0 overdue.');

    // A new high-risk action due 30/09/2024, typed below the tracker, and the next paper dated 31/10/2024.
    ['Payroll', 2, 'High', 45565].forEach((value, column) => host.edit(SEED_ACTIONS_SHEET, 8, column, value));
    await user.type(screen.getByLabelText('Paper date'), '31/10/2024');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Refresh summary' }));

    const movement =
      'Since the last paper (30/09/2024) 1 action has been added; overdue actions rose from none to 1, high priority. 1 action has become overdue since.';
    expect(await within(papersSection()).findByText(movement)).toBeInTheDocument();
    expect(host.written).toHaveLength(2);
    expect(host.written[1].papers).toBeUndefined();
    const sheet = host.written[1].layout.values.map((row) => row[0]);
    expect(sheet).toContain('Movement since the last paper (30/09/2024)');
    expect(sheet.find((text) => typeof text === 'string' && text.includes(movement))).toBeDefined();
    // Still the one paper recorded, and the line about it still true.
    expect(listedPapers()).toHaveLength(2);
    expect(within(papersSection()).getByText('Recorded the paper of 30/09/2024: 7 actions, 0 open, 0 overdue.')).toBeInTheDocument();
  });

  it('lists the papers the workbook already holds when the pane opens, newest first', async () => {
    // In April the Firearms and Counter Fraud actions were not yet signed off.
    const april = makeSeedWorkbook();
    april.sheets[1].values[1][4] = '';
    april.sheets[1].values[6][4] = '';
    const cells = makeSeedWorkbook();
    let papers: unknown[] = [];
    for (const [workbook, asOf] of [
      [april, '2024-04-30'],
      [cells, '2024-07-31'],
    ] as const) {
      papers = recordPaper(papers, analyseWorkbook(workbook, { settings: resolveSettings({ asOf }), today: TODAY }).paper);
    }
    renderPane(new FakeWorkbookHost({ ...cells, stored: { ...EMPTY_STORED_DATA, papers: [...papers, { hand: 'edited' }] } }, STORED));
    await started();
    expect(listedPapers()).toEqual([
      ['Paper', 'Previous meeting', 'Actions'],
      ['31/07/2024', 'Not set', '7 actions, 0 open, 0 overdue'],
      ['30/04/2024', 'Not set', '7 actions, 2 open, 1 overdue'],
    ]);
  });

  it('replaces the paper recorded for the same date, and says so', async () => {
    const { host, user } = renderPane();
    await started();
    await user.click(recordButton());
    await within(papersSection()).findByText('Recorded the paper of 30/09/2024: 7 actions, 0 open, 0 overdue.');
    await user.click(recordButton());
    expect(
      await within(papersSection()).findByText(
        'Recorded the paper of 30/09/2024: 7 actions, 0 open, 0 overdue. It replaces the one recorded before for that date.',
      ),
    ).toBeInTheDocument();
    expect(host.written[1].papers).toHaveLength(1);
    expect(listedPapers()).toHaveLength(2);
  });

  it('records nothing, and says nothing was recorded, when the refresh is blocked', async () => {
    const host = new FakeWorkbookHost({ sheets: [{ name: 'Notes', originRow: 0, originColumn: 0, values: [['Minutes']], tables: [] }] }, STORED);
    const { user } = renderPane(host);
    await waitFor(() => expect(recordButton()).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(recordButton());
    expect(await screen.findByText('Refresh did not finish')).toBeInTheDocument();
    expect(host.written).toEqual([]);
    expect(within(papersSection()).queryByText(/Recorded the paper|Recording the paper/)).not.toBeInTheDocument();
  });

  it('saves the committee’s rules typed in the settings, and explains one that is not a whole number', async () => {
    const { host, user } = renderPane();
    await started();
    await user.type(screen.getByLabelText('Most revisions of a deadline the committee accepts'), '2');
    const extension = screen.getByLabelText('Longest extension the committee accepts (days)');
    await user.type(extension, 'six months');
    expect(screen.getByText('Type a whole number, such as 2, or leave it empty for no rule.')).toBeInTheDocument();
    await user.clear(extension);
    await user.type(extension, '180');
    expect(screen.queryByText('Type a whole number, such as 2, or leave it empty for no rule.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved in this workbook');
    expect(host.saved.at(-1)).toEqual({
      since: '2024-07-24',
      asOf: null,
      dataValidation: true,
      checkWhileEditing: true,
      startWithWorkbook: false,
      mostRevisions: 2,
      longestExtensionDays: 180,
    });

    await user.click(screen.getByRole('button', { name: 'Refresh summary' }));
    await screen.findByText('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');
    expect(host.written[0].layout.values.map((row) => row[0])).toContain("For the committee's attention: deadlines revised beyond its rules");
  });
});
