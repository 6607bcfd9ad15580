import { layoutSummary } from '../../src/core/layoutSummary';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { ExcelHost } from '../../src/excel/ExcelHost';
import { refreshSummary } from '../../src/host/refresh';
import type { CellsChange } from '../../src/host/WorkbookHost';
import { makeSeedWorkbook } from '../fixtures/seedTables';
import { trackerWithActions } from './trackerWorkbook';
import { officeError, WorkbookMock } from './workbookMock';

const everything = () => true;

interface HostOptions {
  supported?: (name: string, version: string) => boolean;
  now?: () => number;
  /** What Office.addin.setStartupBehavior does: true (done), false (not offered here), or an error it rejects with. */
  startup?: (enabled: boolean) => boolean | Error;
  /** Bytes one write request may carry before the summary is written in chunks. */
  writeBudgetBytes?: number;
}

function hostOver(mock: WorkbookMock, options: HostOptions = {}) {
  const runs: number[] = [];
  const loadWithDocument: boolean[] = [];
  const host = new ExcelHost({
    run: async (batch) => {
      runs.push(mock.syncCount);
      return batch(mock.context);
    },
    runIn: (_context, batch) => batch(mock.context),
    isSetSupported: options.supported ?? everything,
    sleep: async () => {},
    now: options.now,
    writeBudgetBytes: options.writeBudgetBytes,
    setLoadWithDocument: async (enabled) => {
      loadWithDocument.push(enabled);
      const outcome = options.startup?.(enabled) ?? true;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
  });
  return { host, runs, loadWithDocument };
}

describe('ExcelHost: a whole refresh', () => {
  it.each([10, 10000])('takes 3 syncs with %i actions: two to read, one to write', async (count) => {
    const mock = new WorkbookMock(trackerWithActions(count));
    const { host } = hostOver(mock);
    const outcome = await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    expect(mock.syncCount).toBe(3);
    expect(outcome.analysis.actions.rows).toHaveLength(count);
  }, 60000);

  it('writes the summary sheet, the actions table’s highlighting and validation, and nothing else of the user’s', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host } = hostOver(mock);
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    const outside = mock.outsideAddinSheets();
    expect(outside.filter((r) => ['values', 'numberFormat', 'formulas'].includes(r.name))).toEqual([]);
    const targets = [...new Set(outside.map((r) => `${r.sheet ?? '-'} | ${r.target.replace(/\.add\(Custom\).*/, '.add(Custom)…')}`))];
    expect(targets).toEqual([
      '- | worksheets',
      'Audit Actions | range A2:E8 conditionalFormats',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom)…',
      'Audit Plan | range C4:C19 dataValidation',
      'Audit Actions | range C2:C8 dataValidation',
      'Audit Actions | range D2:D8 dataValidation',
      'Audit Actions | range E2:E8 dataValidation',
      '- | settings',
    ]);
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'Audit Actions', 'JAC Summary']);
  });

  it('writes the engine’s layout as one 2-D array, text formats first, so text such as "=x" stays text', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const outcome = await refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01');
    const layout = layoutSummary(outcome.analysis.summary);
    const grid = mock.records.filter((r) => r.addinSheet && (r.name === 'values' || r.name === 'numberFormat') && r.target.startsWith('range A1:'));
    expect(grid.map((r) => r.name)).toEqual(['numberFormat', 'values']);
    expect(grid[1].value).toEqual(layout.values.map((row) => row.map((value) => value ?? '')));
    const formats = grid[0].value as string[][];
    const textCells = layout.values.flatMap((row, r) => row.map((value, c) => [value, formats[r][c]])).filter(([value]) => typeof value === 'string');
    expect(textCells.every(([, format]) => format === '@')).toBe(true);
    expect(textCells.length).toBeGreaterThan(20);
  });

  it('adds no validation when the user turned it off', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await refreshSummary(hostOver(mock).host, { ...DEFAULT_SETTINGS, dataValidation: false }, '2024-10-01');
    expect(mock.records.filter((r) => r.target.includes('dataValidation'))).toEqual([]);
  });

  it('turns a protected sheet into a message the user can act on', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), {
      failOn: { match: (write) => write.sheet === 'Audit Actions', error: officeError('AccessDenied', 'The sheet is protected.') },
    });
    await expect(refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01')).rejects.toMatchObject({
      code: 'sheet-protected',
      message:
        'A protected sheet or workbook stopped the add-in from writing. Unprotect it (Review > Unprotect Sheet or Protect Workbook), or ask whoever protected it, then refresh again.',
    });
  });

  it('keeps the previous summary when building the new one fails, and removes the half-built copy', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push({ name: 'JAC Summary', originRow: 0, originColumn: 0, values: [['Previous summary']], numberFormats: [['@']], tables: [] });
    const mock = new WorkbookMock(workbook, {
      failOn: { match: (write) => write.addinSheet && write.name === 'values', error: officeError('GeneralException', 'An internal error has occurred.') },
    });
    await expect(refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01')).rejects.toMatchObject({ code: 'unknown' });
    expect(mock.sheets.map((sheet) => [sheet.name, sheet.addedByAddin])).toEqual([
      ['Audit Plan', false],
      ['Audit Actions', false],
      ['JAC Summary', false],
    ]);
    expect(mock.records.slice(-1)).toEqual([
      { sheet: 'JAC Summary (new)', addinSheet: true, target: 'sheet', kind: 'call', name: 'delete', value: [] },
    ]);
  });

  it('writes a summary estimated over the budget in chunk syncs, the same values as one batch, every request under the budget', async () => {
    const single = new WorkbookMock(makeSeedWorkbook());
    await refreshSummary(hostOver(single).host, DEFAULT_SETTINGS, '2024-10-01');
    const mock = new WorkbookMock(makeSeedWorkbook(), { requestByteLimit: 6000 });
    await refreshSummary(hostOver(mock, { writeBudgetBytes: 6000 }).host, DEFAULT_SETTINGS, '2024-10-01');
    // Two to read, four chunks (the committee's tables and the movement block made the summary longer), the last
    // sync with the swap and the rules.
    expect(mock.syncCount).toBe(7);
    expect(mock.requestBytes).toEqual([0, 0, 2652, 1664, 1424, 1023, 0]);
    const values = (m: WorkbookMock) => m.records.filter((r) => r.addinSheet && r.name === 'values').flatMap((r) => r.value as unknown[][]);
    expect(values(mock)).toEqual(values(single));
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'Audit Actions', 'JAC Summary']);
  });

  it('keeps the previous summary when a chunk sync of a large write fails, and removes the half-built copy', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push({ name: 'JAC Summary', originRow: 0, originColumn: 0, values: [['Previous summary']], numberFormats: [['@']], tables: [] });
    let seen = 0;
    const mock = new WorkbookMock(workbook, {
      failOn: { match: (write) => write.addinSheet && write.name === 'values' && ++seen === 2, error: officeError('GeneralException', 'An internal error has occurred.') },
    });
    await expect(refreshSummary(hostOver(mock, { writeBudgetBytes: 6000 }).host, DEFAULT_SETTINGS, '2024-10-01')).rejects.toMatchObject({ code: 'unknown' });
    expect(mock.sheets.map((sheet) => [sheet.name, sheet.addedByAddin])).toEqual([
      ['Audit Plan', false],
      ['Audit Actions', false],
      ['JAC Summary', false],
    ]);
    expect(mock.settings.has('jacAuditTracker.owned')).toBe(false);
  });

  it('retries once by itself when a cell was still being edited', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 1, error: officeError('InvalidOperationInCellEditMode', 'Editing.') } });
    const { host, runs } = hostOver(mock);
    const cells = await host.readWorkbook();
    expect(cells.sheets).toHaveLength(2);
    expect(runs).toEqual([0, 1]);
  });
});

describe('ExcelHost: live edits', () => {
  async function subscribed(now = () => 0) {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host } = hostOver(mock, { now });
    const changes: CellsChange[] = [];
    const unsubscribe = await host.onCellsChanged((change) => changes.push(change));
    return { mock, host, changes, unsubscribe };
  }

  it('reads the edited cells in one sync and hands them over with their place on the sheet', async () => {
    const { mock, changes } = await subscribed();
    const before = mock.syncCount;
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C2:D3', triggerSource: 'Unknown' });
    expect(mock.syncCount - before).toBe(1);
    expect(changes).toEqual([
      { sheet: 'Audit Actions', top: 1, left: 2, bottom: 2, right: 3, values: [['Medium', 45595], ['Low', 45503]] },
    ]);
  });

  it('ignores the add-in’s own writes and edits on its summary sheet, so a refresh never triggers itself', async () => {
    const { mock, host, changes } = await subscribed();
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C2', triggerSource: 'ThisLocalAddin' });
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    await mock.fireChange({ sheet: 'JAC Summary', address: 'A1:B3', triggerSource: 'Unknown' });
    expect(changes).toEqual([]);
  });

  it('without triggerSource (Excel API before 1.14), ignores edits that arrive while or just after it writes', async () => {
    let clock = 0;
    const { mock, host, changes } = await subscribed(() => clock);
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    clock = 500;
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C2' });
    clock = 5000;
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C2' });
    expect(changes.map((change) => change.values)).toEqual([[['Medium']]]);
  });

  it('clips an edit over whole columns to the used range rather than reading a million rows', async () => {
    const { mock, changes } = await subscribed();
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C:C', triggerSource: 'Unknown' });
    expect(changes.map(({ top, left, bottom, right }) => [top, left, bottom, right])).toEqual([[0, 2, 7, 2]]);
    expect(changes[0].values.map((row) => row[0])).toEqual(['Risk', 'Medium', 'Low', 'Low', 'Medium', 'Low', 'Low', 'Medium']);
  });

  it('unsubscribes in the context it subscribed in', async () => {
    const { mock, changes, unsubscribe } = await subscribed();
    await unsubscribe();
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C2', triggerSource: 'Unknown' });
    expect([changes, mock.handlers.length]).toEqual([[], 0]);
  });

  it('subscribes to nothing where Excel has no change events, and says so', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host } = hostOver(mock, { supported: (_name, version) => Number(version.split('.')[1]) < 9 });
    await host.onCellsChanged(() => {});
    expect(mock.handlers).toHaveLength(0);
    expect(await host.limitations()).toEqual([
      'This version of Excel cannot tell the add-in about edits (it needs Excel API 1.9), so findings update only when you select Refresh.',
    ]);
  });
});

describe('ExcelHost: settings, selection and limitations', () => {
  it('saves settings in the workbook and reads them back, ignoring malformed parts', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host } = hostOver(mock);
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({
      since: '2024-07-24',
      asOf: null,
      dataValidation: false,
      checkWhileEditing: false,
      actions: { sheet: 'Audit Actions', columns: { risk: 'C' } },
    });
    expect(await host.loadSettings()).toEqual({
      since: '2024-07-24',
      asOf: null,
      dataValidation: false,
      checkWhileEditing: false,
      actions: { sheet: 'Audit Actions', columns: { risk: 'C' } },
    });
    mock.settings.set('jacAuditTracker.settings', JSON.stringify({ since: '24/07/2024', asOf: 5, dataValidation: true, checkWhileEditing: 'off' }));
    expect(await host.loadSettings()).toEqual({ dataValidation: true });
  });

  it('selects a finding’s cell and brings its sheet to the front', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await hostOver(mock).host.selectCell("'Audit Actions'!D5");
    expect(mock.records.map((r) => `${r.sheet} | ${r.target} | ${r.name}`)).toEqual(['Audit Actions | sheet | activate', 'Audit Actions | range D5 | select']);
  });

  it('says how to create the summary when asked to show one that does not exist', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await expect(hostOver(mock).host.showSummary()).rejects.toMatchObject({
      code: 'table-not-found',
      message: 'There is no “JAC Summary” sheet yet. Select Refresh JAC summary to create it.',
    });
  });

  it('reports a sheet that has gone as something the user can act on', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await expect(hostOver(mock).host.selectCell('Deleted!A1')).rejects.toMatchObject({ code: 'table-not-found' });
  });

  it('lists nothing missing on a current Excel, and each missing feature on an old one', async () => {
    expect(await hostOver(new WorkbookMock(makeSeedWorkbook())).host.limitations()).toEqual([]);
    const old = hostOver(new WorkbookMock(makeSeedWorkbook()), { supported: (name, version) => name === 'ExcelApi' && version === '1.6' });
    expect(await old.host.limitations()).toHaveLength(3);
  });
});

describe('ExcelHost: starting with the workbook follows "Check the data as I edit"', () => {
  const ON = { ...DEFAULT_SETTINGS, checkWhileEditing: true };
  const OFF = { ...DEFAULT_SETTINGS, checkWhileEditing: false };
  const CANNOT_START = 'This version of Excel cannot start the add-in with the workbook, so open the Audit tracker pane to check edits.';
  const REFUSED = 'Excel did not let the add-in start with this workbook, so open the Audit tracker pane to check edits after reopening it.';

  it('asks Excel to load the add-in with the document when saved on, and not to when saved off', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host, loadWithDocument } = hostOver(mock);
    await host.saveSettings(ON);
    await host.saveSettings(OFF);
    expect(loadWithDocument).toEqual([true, false]);
    expect(JSON.parse(String(mock.settings.get('jacAuditTracker.settings'))).checkWhileEditing).toBe(false);
    expect(await host.limitations()).toEqual([]);
  });

  it('without SharedRuntime 1.1 saves the settings, leaves the startup alone and says why in the limitations', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host, loadWithDocument } = hostOver(mock, { supported: (name) => name !== 'SharedRuntime' });
    await host.saveSettings(ON);
    expect(loadWithDocument).toEqual([]);
    expect(await host.loadSettings()).toMatchObject({ checkWhileEditing: true });
    expect(await host.limitations()).toEqual([CANNOT_START]);
  });

  it('does not load with the document when this Excel cannot report edits (ExcelApi 1.9), as there would be nothing to check', async () => {
    const { host, loadWithDocument } = hostOver(new WorkbookMock(makeSeedWorkbook()), {
      supported: (name, version) => name === 'SharedRuntime' || Number(version.split('.')[1]) < 9,
    });
    await host.saveSettings(ON);
    expect(loadWithDocument).toEqual([false]);
  });

  it.each([
    ['has no setStartupBehavior', () => false],
    ['rejects the change', () => new Error('GeneralException')],
  ])('when Office %s, the settings are still saved and the limitations say so until a save succeeds', async (_case, refusal) => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    let refuse = true;
    const { host } = hostOver(mock, { startup: () => (refuse ? refusal() : true) });
    await expect(host.saveSettings(ON)).resolves.toBeUndefined();
    expect(await host.loadSettings()).toMatchObject({ checkWhileEditing: true });
    expect(await host.limitations()).toEqual([REFUSED]);
    refuse = false;
    await host.saveSettings(ON);
    expect(await host.limitations()).toEqual([]);
  });

  it('says nothing when only turning the startup off was refused: checking is off, so a loaded add-in does no harm', async () => {
    const { host } = hostOver(new WorkbookMock(makeSeedWorkbook()), { startup: () => new Error('GeneralException') });
    await host.saveSettings(OFF);
    expect(await host.limitations()).toEqual([]);
  });
});
