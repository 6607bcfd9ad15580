import { EMPTY_STORED_DATA } from '../core/dataSheet';
import { screen, waitFor, within } from '@testing-library/react';
import type { JacSettings } from '../core/types';
import { HostError } from '../host/WorkbookHost';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { renderWithProviders } from '@test/renderWithProviders';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';
import { App } from './App';

/** The seed paper went to the JAC after its September 2024 meeting; the previous meeting was on 24 July 2024. */
const TODAY = '2024-09-30';
const STORED: Partial<JacSettings> = { since: '2024-07-24' };
const OUTCOME = '16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024';
const ACTIONS_NOT_FOUND =
  'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status).';

function renderPane(host = new FakeWorkbookHost(makeSeedWorkbook(), STORED)) {
  return { host, ...renderWithProviders(<App host={host} today={TODAY} />) };
}

/** The pane has loaded its settings and checked the workbook once. */
async function started() {
  await within(screen.getByRole('region', { name: 'Findings' })).findByText('No problems found.');
  await waitFor(() => expect(refreshButton()).not.toHaveAttribute('aria-disabled', 'true'));
}

function refreshButton() {
  return screen.getByRole('button', { name: 'Refresh summary' });
}

describe('the task pane', () => {
  it('explains itself on first run and shows the workbook has no problems', async () => {
    renderPane();
    expect(screen.getByText(/turns the internal audit plan and the audit action tracker/)).toBeInTheDocument();
    await started();
    expect(screen.getByText('0 errors')).toBeInTheDocument();
    expect(screen.getByText('0 warnings')).toBeInTheDocument();
    expect(screen.getByLabelText('Previous meeting')).toHaveValue('24/07/2024');
    expect(screen.getByLabelText('Paper date')).toHaveValue('');
  });

  it('shows each step while refreshing, then what was done and a link to the summary', async () => {
    const { host, user } = renderPane();
    await started();
    const reading = host.hold('readWorkbook');
    const writing = host.hold('writeResults');
    await user.click(refreshButton());
    expect(await screen.findByText('Reading the workbook')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    reading.release();
    expect(await screen.findByText('Writing the summary')).toBeInTheDocument();
    writing.release();
    expect(await screen.findByText(OUTCOME)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText(/turns the internal audit plan/)).not.toBeInTheDocument();
    expect(host.written.map((results) => [results.layout.sheetName, results.inCellValidation])).toEqual([['JAC Summary', true]]);

    await user.click(screen.getByRole('button', { name: 'Show the summary sheet' }));
    expect(host.summaryShown).toBe(1);
  });

  it('flags a bad cell within a second of the edit, goes to it when clicked, and clears it when fixed', async () => {
    const { host, user } = renderPane();
    await started();
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    const findings = screen.getByRole('region', { name: 'Findings' });
    const item = await within(findings).findByText("'Audit Actions'!D4", { exact: false }, { timeout: 1000 });
    expect(screen.getByText('1 error')).toBeInTheDocument();
    await user.click(item);
    expect(host.selected).toEqual(["'Audit Actions'!D4"]);

    host.edit('Audit Actions', 3, 3, 45503);
    expect(await within(findings).findByText('No problems found.', {}, { timeout: 1000 })).toBeInTheDocument();
  });

  it('lists errors before warnings, grouped by sheet, and opens a finding from the keyboard', async () => {
    const { host, user } = renderPane();
    await started();
    host.edit('Audit Plan', 3, 2, 'Scopeing');
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    const findings = screen.getByRole('region', { name: 'Findings' });
    await within(findings).findByText('Audit Plan (1 problem)', {}, { timeout: 1000 });
    expect(
      within(findings)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Audit Actions (1 problem)', 'Audit Plan (1 problem)']);
    const [first, second] = within(findings).getAllByRole('listitem');
    expect(first).toHaveTextContent("'Audit Actions'!D4 · Error");
    expect(second).toHaveTextContent("'Audit Plan'!C4 · Warning");
    second.focus();
    await user.keyboard('{Enter}');
    expect(host.selected).toEqual(["'Audit Plan'!C4"]);
  });

  it('shows a host error in a message bar and keeps the pane usable', async () => {
    const { host, user } = renderPane();
    await started();
    host.failNext('writeResults', new HostError('sheet-protected', 'The sheet JAC Summary is protected. Unprotect it, then refresh again.'));
    await user.click(refreshButton());
    expect(await screen.findByText('The sheet JAC Summary is protected. Unprotect it, then refresh again.')).toBeInTheDocument();
    expect(screen.getByText('Refresh did not finish')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(refreshButton()).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('offers to try again when the host says it can help, and the retry refreshes', async () => {
    const { host, user } = renderPane();
    await started();
    host.failNext('readWorkbook', new HostError('cell-editing', 'A cell is still being edited. Press Enter in it, then try again.', true));
    await user.click(refreshButton());
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(OUTCOME)).toBeInTheDocument();
    expect(screen.queryByText('A cell is still being edited. Press Enter in it, then try again.')).not.toBeInTheDocument();
  });

  it('refuses to refresh without an actions table, says what was looked for, and takes the user to the table pickers', async () => {
    const seed = makeSeedWorkbook();
    // Gone since a refresh that found it: refreshing now would replace a good summary with a poorer one.
    const lastRefresh = { asOf: '2024-09-01', tablesFound: { plan: true, actions: true } };
    const host = new FakeWorkbookHost(
      { sheets: seed.sheets.filter((sheet) => sheet.name !== 'Audit Actions'), stored: { ...EMPTY_STORED_DATA, lastRefresh } },
      STORED,
    );
    const { user } = renderPane(host);
    const findings = screen.getByRole('region', { name: 'Findings' });
    await within(findings).findByText(ACTIONS_NOT_FOUND);
    await waitFor(() => expect(refreshButton()).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(refreshButton());
    expect(
      await screen.findByText(
        `${ACTIONS_NOT_FOUND} The last refresh found the actions table, so nothing was written and the previous summary stays. Choose the table under Settings > Tables and columns.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Refresh did not finish')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Actions table' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Choose the tables' }));
    const picker = screen.getByRole('combobox', { name: 'Actions table' });
    expect(picker).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Plan table' })).toHaveTextContent('Detect automatically');
    expect(screen.getByText('Using sheet Audit Plan, header in row 3')).toBeInTheDocument();
    expect(host.written).toEqual([]);
  });

  it('lists why the tables were not found after a blocked refresh, even with checking as you edit off', async () => {
    const { host, user } = renderPane(new FakeWorkbookHost(makeSeedWorkbook(), { ...STORED, checkWhileEditing: false }));
    await started();
    await user.click(refreshButton());
    await screen.findByText('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');
    // Renamed by hand while nothing listens: only the refresh itself can find out.
    for (const column of [0, 1, 2, 3, 4]) host.edit('Audit Actions', 0, column, `Column ${column + 1}`);
    await user.click(refreshButton());
    const findings = screen.getByRole('region', { name: 'Findings' });
    expect(await within(findings).findByText(ACTIONS_NOT_FOUND)).toBeInTheDocument();
    expect(screen.getByText('1 error')).toBeInTheDocument();
    expect(host.written).toHaveLength(1);
  });

  it('reports an unexpected error with a plain sentence first', async () => {
    const { host, user } = renderPane();
    await started();
    host.failNext('writeResults', new Error('Network connection lost'));
    await user.click(refreshButton());
    expect(await screen.findByText('The summary could not be refreshed. Network connection lost.')).toBeInTheDocument();
  });

  it('still checks the workbook when its stored settings cannot be read', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), STORED);
    host.failNext('loadSettings', new HostError('unknown', 'The settings stored in this workbook could not be read.'));
    renderPane(host);
    expect(await screen.findByText('The settings stored in this workbook could not be read.')).toBeInTheDocument();
    expect(screen.getByText('Could not open the add-in')).toBeInTheDocument();
    await started();
    expect(screen.getByLabelText('Previous meeting')).toHaveValue('');
  });

  it('says which features this Excel cannot offer', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), STORED, ['Overdue highlighting needs Excel 2016 or later.']);
    renderPane(host);
    expect(await screen.findByText('Overdue highlighting needs Excel 2016 or later.')).toBeInTheDocument();
    expect(screen.getByText('Some features are not available here')).toBeInTheDocument();
  });

  it('saves the dates typed in UK format and the validation switch in the workbook', async () => {
    const { host, user } = renderPane();
    await started();
    await user.type(screen.getByLabelText('Paper date'), '31/12/2024');
    await user.tab();
    await user.click(screen.getByRole('switch', { name: /data validation/ }));
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(host.saved).toEqual([
        { since: '2024-07-24', asOf: '2024-12-31', dataValidation: false, checkWhileEditing: true, startWithWorkbook: false },
      ]),
    );
    expect(await screen.findByText('Saved in this workbook')).toBeInTheDocument();
  });

  it('refuses a US-style date with a message and keeps the previous date', async () => {
    const { host, user } = renderPane();
    await started();
    const previous = screen.getByLabelText('Previous meeting');
    await user.clear(previous);
    await user.type(previous, '12/31/2024');
    await user.tab();
    expect(screen.getByText('12/31/2024 puts the month first. Type the day first, as dd/mm/yyyy: 31/12/2024.')).toBeInTheDocument();
    expect(previous).toHaveValue('24/07/2024');
    expect(previous).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(host.saved).toEqual([{ since: '2024-07-24', asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false }]),
    );
  });

  it('saves changed settings before refreshing, so the ribbon command makes the same paper', async () => {
    const { host, user } = renderPane();
    await started();
    await user.click(screen.getByRole('switch', { name: /data validation/ }));
    await user.click(refreshButton());
    await screen.findByText(OUTCOME);
    expect(host.saved).toEqual([{ since: '2024-07-24', asOf: null, dataValidation: false, checkWhileEditing: true, startWithWorkbook: false }]);
    expect(host.written.map((results) => results.inCellValidation)).toEqual([false]);
  });

  it('shows the detected tables and columns, and saves a column the user maps by hand', async () => {
    const { host, user } = renderPane();
    await started();
    await user.click(screen.getByRole('button', { name: 'Tables and columns' }));
    expect(screen.getByText('Using sheet Audit Actions, header in row 1')).toBeInTheDocument();
    const deadline = screen.getByRole('combobox', { name: 'Deadline column' });
    expect(deadline).toHaveTextContent('Detected: Deadline');
    const revised = screen.getByRole('combobox', { name: 'Revised deadline column' });
    expect(revised).toHaveTextContent('Detect automatically');
    await user.click(revised);
    await user.click(screen.getByRole('option', { name: 'Signoff Date' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(host.saved).toEqual([
        {
          since: '2024-07-24',
          asOf: null,
          dataValidation: true,
          checkWhileEditing: true,
          startWithWorkbook: false,
          actions: { columns: { revisedDeadline: 'Signoff Date' } },
        },
      ]),
    );
  });

  it('saves the organisation’s own words with the settings, from Tables and columns', async () => {
    const { host, user } = renderPane();
    await started();
    await user.click(screen.getByRole('button', { name: 'Tables and columns' }));
    await user.click(screen.getByRole('button', { name: 'Add a word' }));
    await user.type(screen.getByRole('textbox', { name: 'Word 1' }), 'Closed - verified');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(host.saved).toEqual([
        {
          since: '2024-07-24',
          asOf: null,
          dataValidation: true,
          checkWhileEditing: true,
          startWithWorkbook: false,
          vocabulary: [{ table: 'actions', field: 'status', word: 'Closed - verified', means: 'implemented' }],
        },
      ]),
    );
  });

  it('stops listening for edits when the pane closes', async () => {
    const { host, unmount } = renderPane();
    await started();
    expect(host.listenerCount).toBe(1);
    unmount();
    await waitFor(() => expect(host.listenerCount).toBe(0));
  });

  it('stops listening for edits when "Check the data as I edit" is turned off, and saves the switch', async () => {
    const { host, user } = renderPane();
    await started();
    await user.click(screen.getByRole('switch', { name: 'Check the data as I edit' }));
    await waitFor(() => expect(host.listenerCount).toBe(0));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(host.saved).toEqual([{ since: '2024-07-24', asOf: null, dataValidation: true, checkWhileEditing: false, startWithWorkbook: false }]),
    );
  });

  it('says what a refresh could not do alongside the summary in a warning, not as a failure', async () => {
    const { host, user } = renderPane();
    host.writeNotes = ['The sheet “Audit Actions” is protected, so its overdue highlighting and in-cell checks were left as they were.'];
    await started();
    await user.click(refreshButton());
    expect(await screen.findByText(OUTCOME)).toBeInTheDocument();
    expect(screen.getByText('Summary refreshed, with something left undone')).toBeInTheDocument();
    expect(screen.getByText(host.writeNotes[0])).toBeInTheDocument();
    expect(screen.queryByText('Refresh did not finish')).not.toBeInTheDocument();
  });

  it('offers "Check again" when a finding’s sheet has gone, rather than "Choose the tables"', async () => {
    const { host, user } = renderPane();
    await started();
    host.edit('Audit Actions', 3, 3, '30/02/2024');
    const findings = screen.getByRole('region', { name: 'Findings' });
    const finding = await within(findings).findByText("'Audit Actions'!D4", { exact: false }, { timeout: 1000 });
    host.failNext('selectCell', new HostError('sheet-not-found', 'The sheet “Audit Actions” is not in this workbook any more.'));
    await user.click(finding);
    expect(await screen.findByRole('button', { name: 'Check again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose the tables' })).not.toBeInTheDocument();
  });

  it('starts the add-in with the workbook only once the user turns it on and saves, showing what the workbook does now', async () => {
    const host = new FakeWorkbookHost(makeSeedWorkbook(), STORED).offerStartup('on-demand');
    const { user } = renderPane(host);
    await started();
    expect(
      screen.getByText('Now: the add-in starts only when someone opens the Audit tracker pane or selects Refresh JAC summary.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Start the add-in whenever this workbook opens' }));
    expect(host.startupAsked).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Now: this workbook starts the add-in whenever it opens.')).toBeInTheDocument();
    expect(host.startupAsked).toEqual([true]);
  });
});
