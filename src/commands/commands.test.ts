import { refreshJacSummary, registerCommands, runRefreshCommand, type CommandDeps } from './commands';
import { lastCommandOutcome, subscribeToCommandOutcomes, type CommandOutcome } from './lastOutcome';
import { ExcelHost } from '../excel/ExcelHost';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { dataSheet } from '@test/excel/excelFixtures';
import { officeError, WorkbookMock } from '@test/excel/workbookMock';

function depsOver(mock: WorkbookMock, shown: string[] = []): CommandDeps {
  const host = new ExcelHost({
    run: (batch) => mock.run(batch),
    runIn: (_context, batch) => batch(mock.context),
    isSetSupported: () => true,
    sleep: async () => {},
  });
  return {
    host: () => host,
    today: () => '2024-10-01',
    showPane: async () => {
      shown.push('pane');
    },
    now: () => new Date(Date.UTC(2024, 9, 1, 9, 30)),
  };
}

describe('the Refresh JAC summary command', () => {
  it('refreshes with the settings saved in the workbook and publishes the outcome for the pane', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push(dataSheet({ settings: { since: '2024-07-24', asOf: null, dataValidation: false } }));
    const mock = new WorkbookMock(workbook);
    const seen: CommandOutcome[] = [];
    const unsubscribe = subscribeToCommandOutcomes((outcome) => seen.push(outcome));
    const outcome = await runRefreshCommand(depsOver(mock));
    unsubscribe();
    expect(outcome.kind).toBe('success');
    expect(outcome.kind === 'success' && outcome.refresh.analysis.since).toBe('2024-07-24');
    expect(outcome.kind === 'success' && outcome.refresh.notes).toEqual([]);
    expect(seen).toEqual([outcome]);
    expect(lastCommandOutcome()).toBe(outcome);
    expect(mock.sheets.map((sheet) => sheet.name)).toContain('JAC Summary');
    // Validation was off in the saved settings.
    expect(mock.records.filter((r) => r.target.includes('dataValidation'))).toEqual([]);
  });

  it('publishes a failure as the message the pane shows, and opens the pane so it is seen', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 1, error: officeError('AccessDenied', 'Protected.') } });
    const shown: string[] = [];
    const outcome = await runRefreshCommand(depsOver(mock, shown));
    expect(outcome).toEqual({
      kind: 'error',
      code: 'sheet-protected',
      message:
        'A protected sheet stopped the add-in from writing, so the previous summary stays. Unprotect it (Review > Unprotect Sheet), or ask whoever protected it, then refresh again.',
      retryable: false,
      at: new Date(Date.UTC(2024, 9, 1, 9, 30)),
    });
    expect(shown).toEqual(['pane']);
  });

  // Regression: with no actions table the command used to write a summary with empty tables over the last good one.
  it('writes nothing when no table can be found, publishes what was looked for and opens the pane', async () => {
    const notes = { name: 'Notes', originRow: 0, originColumn: 0, values: [['Minutes of the last meeting']], tables: [] };
    const mock = new WorkbookMock({ sheets: [notes] });
    const shown: string[] = [];
    const outcome = await runRefreshCommand(depsOver(mock, shown));
    expect(outcome).toEqual({
      kind: 'error',
      code: 'table-not-found',
      message:
        'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status). ' +
        'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status. ' +
        'Nothing was written, so any previous summary stays. Choose the table under Settings > Tables and columns.',
      retryable: false,
      at: new Date(Date.UTC(2024, 9, 1, 9, 30)),
    });
    expect(shown).toEqual(['pane']);
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Notes']);
  });

  it('always tells Office the command has finished, even when opening the pane fails', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 1, error: officeError('GeneralException', 'Boom.') } });
    const completed: string[] = [];
    const deps = { ...depsOver(mock), showPane: async () => Promise.reject(new Error('no pane')) };
    await refreshJacSummary({ completed: () => completed.push('done') } as unknown as Office.AddinCommands.Event, deps);
    expect(completed).toEqual(['done']);
  });

  it('registers the handler under the name the manifest gives', () => {
    const associated: string[] = [];
    registerCommands({ associate: (name) => associated.push(name) });
    expect(associated).toEqual(['refreshJacSummary']);
  });
});
