import { act, screen, waitFor, within } from '@testing-library/react';
import { runRefreshCommand, type CommandDeps } from './commands';
import { commandOutcomes } from './lastOutcome';
import { EMPTY_STORED_DATA } from '../core/dataSheet';
import type { WorkbookCells } from '../core/types';
import { App } from '../taskpane/App';
import { makeSeedWorkbook, SEED_ACTIONS_SHEET } from '@test/fixtures/seedTables';
import { renderWithProviders } from '@test/renderWithProviders';
import { FakeWorkbookHost } from '@test/taskpane/FakeWorkbookHost';

const TODAY = '2024-09-30';
const ACTIONS_NOT_FOUND =
  'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status).';
const BAR_TEXT = `${ACTIONS_NOT_FOUND} The last refresh found the actions table, so nothing was written and the previous summary stays. Choose the table under Settings > Tables and columns.`;

/** The actions sheet gone since a refresh that found both tables. */
function withoutActions(): WorkbookCells {
  return {
    sheets: makeSeedWorkbook().sheets.filter((sheet) => sheet.name !== SEED_ACTIONS_SHEET),
    stored: { ...EMPTY_STORED_DATA, lastRefresh: { asOf: '2024-09-01', tablesFound: { plan: true, actions: true } } },
  };
}

function depsOver(host: FakeWorkbookHost, shown: string[]): CommandDeps {
  return {
    host: () => host,
    today: () => TODAY,
    showPane: async () => {
      shown.push('pane');
    },
  };
}

/** The ribbon command and the pane share one runtime in Excel, so they share the published outcomes too. */
describe('a ribbon refresh that cannot find a table, seen in the task pane', () => {
  it('shows the message and "Choose the tables" in the open pane, which reveals the table pickers; nothing is written', async () => {
    // The user renames the actions headers with the pane open but "Check the data as I edit" off, then uses the ribbon.
    const host = new FakeWorkbookHost({ ...makeSeedWorkbook(), stored: withoutActions().stored }, { since: '2024-07-24', checkWhileEditing: false });
    const { user } = renderWithProviders(<App host={host} today={TODAY} debounceMs={10} commandOutcomes={commandOutcomes} />);
    const findings = screen.getByRole('region', { name: 'Findings' });
    await within(findings).findByText('No problems found.');
    for (const column of [0, 1, 2, 3, 4]) host.edit(SEED_ACTIONS_SHEET, 0, column, `Column ${column + 1}`);

    const shown: string[] = [];
    // The pane hears of the outcome outside any event of its own, as when the ribbon runs in Excel.
    const outcome = await act(() => runRefreshCommand(depsOver(host, shown)));
    expect(outcome.kind === 'error' && outcome.code).toBe('table-not-found');
    expect(shown).toEqual(['pane']);
    expect(await screen.findByText(BAR_TEXT)).toBeInTheDocument();
    expect(screen.getByText('Refresh did not finish')).toBeInTheDocument();
    // The pane checks the workbook again, so the findings say why too.
    expect(await within(findings).findByText(ACTIONS_NOT_FOUND)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Choose the tables' }));
    expect(screen.getByRole('combobox', { name: 'Actions table' })).toHaveFocus();
    expect(host.written).toEqual([]);
  });

  it('shows the error in a pane the command opened after it failed', async () => {
    const host = new FakeWorkbookHost(withoutActions(), { since: '2024-07-24' });
    await runRefreshCommand(depsOver(host, []));
    renderWithProviders(<App host={host} today={TODAY} commandOutcomes={commandOutcomes} />);
    expect(screen.getByText(BAR_TEXT)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose the tables' })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Findings' })).findByText(ACTIONS_NOT_FOUND)).toBeInTheDocument();
    expect(host.written).toEqual([]);
  });

  it('replaces the error with the outcome line when a later ribbon refresh succeeds', async () => {
    await runRefreshCommand(depsOver(new FakeWorkbookHost(withoutActions(), { since: '2024-07-24' }), []));
    // The user puts the actions back, then uses the ribbon again.
    const host = new FakeWorkbookHost(makeSeedWorkbook(), { since: '2024-07-24' });
    renderWithProviders(<App host={host} today={TODAY} commandOutcomes={commandOutcomes} />);
    expect(screen.getByText(BAR_TEXT)).toBeInTheDocument();
    await act(() => runRefreshCommand(depsOver(host, [])));
    expect(await screen.findByText('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(BAR_TEXT)).not.toBeInTheDocument());
    expect(host.written.length).toBe(1);
  });
});
