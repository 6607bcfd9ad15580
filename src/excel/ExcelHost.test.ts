import { dataSheetRows, EMPTY_STORED_DATA, readDataSheet } from '../core/dataSheet';
import { DATA_SHEET_NAME } from '../core/footprint';
import { DEFAULT_SETTINGS } from '../core/types';
import { createExcelHost, ExcelHost } from './ExcelHost';
import type { StartupControl } from './startup';
import { refreshSummary } from '../host/refresh';
import type { CellsChange, StartupState } from '../host/WorkbookHost';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { dataSheet, OVERDUE, seedWithSummary } from '@test/excel/excelFixtures';
import { trackerWithActions } from '@test/excel/trackerWorkbook';
import { officeError, WorkbookMock } from '@test/excel/workbookMock';

const everything = () => true;

interface HostOptions {
  supported?: (name: string, version: string) => boolean;
  now?: () => number;
  /** What Office.addin.setStartupBehavior does: true (done), false (not offered here), or an error it rejects with. */
  startup?: (enabled: boolean) => boolean | Error;
  writeBudgetBytes?: number;
}

function hostOver(mock: WorkbookMock, options: HostOptions = {}) {
  const runs: number[] = [];
  const startupAsked: boolean[] = [];
  let behaviour: StartupState = 'on-demand';
  let builds = 0;
  const startup: StartupControl = {
    get: async () => behaviour,
    set: async (enabled) => {
      startupAsked.push(enabled);
      const outcome = options.startup?.(enabled) ?? true;
      if (outcome instanceof Error) throw outcome;
      if (outcome) behaviour = enabled ? 'with-workbook' : 'on-demand';
      return outcome;
    },
  };
  const host = new ExcelHost({
    run: async (batch) => {
      runs.push(mock.syncCount);
      return mock.run(batch);
    },
    runIn: (_context, batch) => batch(mock.context),
    isSetSupported: options.supported ?? everything,
    sleep: async () => {},
    now: options.now,
    writeBudgetBytes: options.writeBudgetBytes,
    startup,
    newBuildId: () => `b${++builds}`,
  });
  return { host, runs, startupAsked };
}

describe('ExcelHost: a whole refresh', () => {
  it.each([10, 10000])(
    'takes 4 syncs with %i actions: two to read, one for the summary, one for the highlighting, validation, charts and page setup',
    async (count) => {
      const mock = new WorkbookMock(trackerWithActions(count));
      const { host } = hostOver(mock);
      const outcome = await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
      expect(mock.syncCount).toBe(4);
      expect(outcome.analysis.actions.rows).toHaveLength(count);
      // The charts and print setup ride in the fourth sync, whatever the count.
      expect(mock.find('JAC Summary')?.charts.map((chart) => chart.name)).toEqual([
        'JAC chart: The plan by stage',
        'JAC chart: Open actions by risk and due date',
      ]);
      expect(mock.find('JAC Summary')?.print.settings.paperSize).toBe('A4');
    },
    60000,
  );

  it('replaces its charts and page breaks on the next refresh, in another 4 syncs', async () => {
    const mock = new WorkbookMock(trackerWithActions(10));
    const { host } = hostOver(mock);
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    const breaks = mock.find('JAC Summary')?.print.breaks;
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    expect(mock.syncCount).toBe(8);
    expect(mock.find('JAC Summary')?.charts.map((chart) => chart.name)).toEqual([
      'JAC chart: The plan by stage',
      'JAC chart: Open actions by risk and due date',
    ]);
    expect(mock.find('JAC Summary')?.print.breaks).toEqual(breaks);
  });

  it('refreshes on an Excel with only the manifest’s ExcelApi 1.6, without a chart or a page setting, and says what it left out', async () => {
    const mock = new WorkbookMock(trackerWithActions(10), { excelApi: '1.6' });
    const { host } = hostOver(mock, { supported: (name, version) => name !== 'ExcelApi' || Number(version.split('.')[1]) <= 6 });
    const outcome = await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    expect(outcome.kind).toBe('written');
    expect(mock.find('JAC Summary')?.charts).toEqual([]);
    expect(mock.find('JAC Summary')?.print.settings).toEqual({});
    expect(await host.limitations()).toEqual(
      expect.arrayContaining([
        'This version of Excel cannot draw the summary’s charts (it needs Excel API 1.7), so the summary sheet has its tables without charts.',
        'This version of Excel cannot set the summary up for printing (it needs Excel API 1.9): in Page Layout choose Size A4, Width 1 page, and Print Titles to repeat the summary’s title on each page.',
      ]),
    );
  });

  it('writes the summary, its data sheet, and its own rules on the user’s tables, and never a value of the user’s', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01');
    const outside = mock.records.filter((r) => r.sheet === 'Audit Plan' || r.sheet === 'Audit Actions');
    expect(outside.filter((r) => ['values', 'numberFormat', 'formulas'].includes(r.name))).toEqual([]);
    expect([...new Set(outside.map((r) => `${r.sheet} | ${r.target.replace(/\.add\(Custom\).*/, '.add(Custom)…')}`))]).toEqual([
      'Audit Actions | range A2:E8 conditionalFormats',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom)…',
      'Audit Plan | range C4:C19 dataValidation',
      'Audit Actions | range C2:C8 dataValidation',
      'Audit Actions | range D2:D8 dataValidation',
      'Audit Actions | range E2:E8 dataValidation',
    ]);
    expect(mock.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['Audit Plan', 'Visible'],
      ['Audit Actions', 'Visible'],
      ['JAC Summary', 'Visible'],
      ['JAC Data', 'VeryHidden'],
    ]);
  });

  it('stores the last refresh with the summary, so the next refresh can tell a table that has gone', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host } = hostOver(mock);
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    expect((await host.readWorkbook()).stored?.lastRefresh).toEqual({ asOf: '2024-10-01', tablesFound: { plan: true, actions: true } });
  });

  // Regression, item 6: both refreshes built "JAC Summary (new)" and the loser's clean-up deleted the winner's sheet.
  it('runs a refresh from the ribbon and one from the pane one after the other, each building under its own name', async () => {
    const mock = new WorkbookMock(seedWithSummary());
    const { host } = hostOver(mock);
    const [ribbon, pane] = await Promise.all([
      refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01'),
      refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01'),
    ]);
    expect([ribbon.kind, pane.kind]).toEqual(['written', 'written']);
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'JAC Summary', 'Audit Actions', 'JAC Data']);
    expect(mock.records.filter((r) => r.target === 'worksheets').map((r) => r.value)).toEqual([
      ['JAC Summary (new b1)'],
      ['JAC Data'],
      ['JAC Summary (new b2)'],
    ]);
    // The second read waited for the first write: it saw the data sheet the first refresh added.
    expect(mock.valuesOf('JAC Summary')[0][0]).toMatch(/Joint Audit Committee/);
  });

  // Regression, item 2: the write deleted rules by ids read in an earlier Excel.run, which Office.js does not promise.
  it('replaces its own old highlighting through the rules it has just read, never by an id from an earlier request', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { conditionalFormats: [{ sheet: 'Audit Actions', type: 'Custom', formula: OVERDUE }] });
    const outcome = await refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01');
    expect(outcome.kind === 'written' && outcome.notes).toEqual([]);
    expect(mock.conditionalFormats.filter((f) => f.formula === OVERDUE)).toHaveLength(1);
  });

  it('writes the summary on a protected actions sheet’s workbook and hands the pane a note saying what it skipped', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { protectedSheets: ['Audit Actions'] });
    const outcome = await refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01');
    expect(outcome.kind === 'written' && outcome.notes).toEqual([
      'The sheet “Audit Actions” is protected, so its overdue highlighting and in-cell checks were left as they were; the summary is up to date. Unprotect the sheet (Review > Unprotect Sheet) and refresh to update them.',
    ]);
    expect(mock.sheets.map((sheet) => sheet.name)).toContain('JAC Summary');
  });

  it('keeps the previous summary when building the new one fails, and removes its own half-built sheet', async () => {
    const mock = new WorkbookMock(seedWithSummary(), {
      failOn: {
        match: (write) => write.addinSheet && write.name === 'values',
        error: officeError('GeneralException', 'An internal error has occurred.'),
        always: true,
      },
    });
    await expect(refreshSummary(hostOver(mock).host, DEFAULT_SETTINGS, '2024-10-01')).rejects.toMatchObject({ code: 'unknown' });
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'JAC Summary', 'Audit Actions']);
    expect(mock.valuesOf('JAC Summary')).toEqual([['Old']]);
  });

  it.each(['InvalidOperationInCellEditMode', 'InactiveWorkbook'])('retries once by itself after %s', async (code) => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 1, error: officeError(code, 'Not now.') } });
    const { host, runs } = hostOver(mock);
    const cells = await host.readWorkbook();
    expect(cells.sheets).toHaveLength(2);
    expect(runs).toEqual([0, 1]);
  });
});

describe('createExcelHost', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('asks Excel to hold a batch until the user leaves a cell they are editing, rather than fail it', async () => {
    const asked: unknown[] = [];
    const mock = new WorkbookMock(makeSeedWorkbook());
    (globalThis as Record<string, unknown>).Excel = {
      run: (options: unknown, batch: (context: Excel.RequestContext) => Promise<unknown>) => {
        asked.push(options);
        return batch(mock.context);
      },
    };
    await createExcelHost().readWorkbook();
    expect(asked).toEqual([{ delayForCellEdit: true }]);
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
      {
        sheet: 'Audit Actions',
        top: 1,
        left: 2,
        bottom: 2,
        right: 3,
        values: [
          ['Medium', 45595],
          ['Low', 45503],
        ],
      },
    ]);
  });

  it.each(['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted', 'Unknown'])(
    'passes a %s change on as cells that moved, without reading anything, never as an edit of its address',
    async (changeType) => {
      const { mock, changes } = await subscribed();
      const before = mock.syncCount;
      await mock.fireChange({ sheet: 'Audit Actions', address: '4:4', triggerSource: 'Unknown', changeType });
      expect([mock.syncCount - before, changes]).toEqual([0, [{ kind: 'invalidated', why: 'moved' }]]);
    },
  );

  it('says the kept cells cannot be trusted when an edit could not be read', async () => {
    const { mock, changes } = await subscribed();
    // A sheet deleted between the edit and the read: what the pane kept of it is stale.
    await mock.fireChange({ sheet: 'Gone', address: 'A1', triggerSource: 'Unknown' });
    expect(changes).toEqual([{ kind: 'invalidated', why: 'unreadable' }]);
    const failing = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 2, error: officeError('GeneralException', 'Internal error.') } });
    const seen: CellsChange[] = [];
    await hostOver(failing).host.onCellsChanged((change) => seen.push(change));
    await failing.fireChange({ sheet: 'Audit Actions', address: 'C2', triggerSource: 'Unknown' });
    expect(seen).toEqual([{ kind: 'invalidated', why: 'unreadable' }]);
  });

  it('hears nothing of a choice from an in-cell dropdown on the web, as Excel raises no event for it', async () => {
    const { mock, changes } = await subscribed();
    mock.chooseFromDropdown('Audit Actions', 1, 2, 'High');
    expect(changes).toEqual([]);
  });

  it('ignores the add-in’s own writes and edits on its own sheets, so a refresh never triggers itself', async () => {
    const { mock, host, changes } = await subscribed();
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C2', triggerSource: 'ThisLocalAddin' });
    await refreshSummary(host, DEFAULT_SETTINGS, '2024-10-01');
    await mock.fireChange({ sheet: 'JAC Summary', address: 'A1:B3', triggerSource: 'Unknown' });
    await mock.fireChange({ sheet: 'JAC Data', address: 'A1:B3', triggerSource: 'Unknown' });
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
    expect(changes.map((change) => ('values' in change ? change.values : change))).toEqual([[['Medium']]]);
  });

  it('clips an edit over whole columns to the used range rather than reading a million rows', async () => {
    const { mock, changes } = await subscribed();
    await mock.fireChange({ sheet: 'Audit Actions', address: 'C:C', triggerSource: 'Unknown' });
    const change = changes[0];
    expect(change.kind !== 'invalidated' && [change.top, change.left, change.bottom, change.right]).toEqual([0, 2, 7, 2]);
    expect(change.kind !== 'invalidated' && change.values.map((row) => row[0])).toEqual([
      'Risk',
      'Medium',
      'Low',
      'Low',
      'Medium',
      'Low',
      'Low',
      'Medium',
    ]);
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
      'This version of Excel cannot set the summary up for printing (it needs Excel API 1.9): in Page Layout choose Size A4, Width 1 page, and Print Titles to repeat the summary’s title on each page.',
    ]);
  });
});

describe('ExcelHost: settings in the data sheet, shared with jac-summary', () => {
  const SAVED = {
    since: '2024-07-24',
    asOf: null,
    dataValidation: false,
    checkWhileEditing: false,
    startWithWorkbook: false,
    actions: { sheet: 'Audit Actions', columns: { risk: 'C' } },
  };

  it('saves settings in the very hidden data sheet, as text, and reads them back', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const { host } = hostOver(mock);
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings(SAVED);
    expect(await host.loadSettings()).toEqual(SAVED);
    expect(mock.find(DATA_SHEET_NAME)?.visibility).toBe('VeryHidden');
    expect([...mock.settings.keys()]).toEqual([]);
  });

  it('writes the record core’s reader reads, which is what jac-summary reads on the same file', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await hostOver(mock).host.saveSettings(SAVED);
    expect(readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as string[][]).settings).toEqual(SAVED);
  });

  it('reads settings jac-summary saved in the file, and keeps the rest of the record when saving', async () => {
    const workbook = makeSeedWorkbook();
    const record = {
      ...EMPTY_STORED_DATA,
      settings: { since: '2024-08-21', dataValidation: true },
      lastRefresh: { asOf: '2024-09-30', tablesFound: { plan: true, actions: true } },
    };
    workbook.sheets.push({ ...dataSheet(record), values: dataSheetRows(record) });
    const mock = new WorkbookMock(workbook, { veryHidden: [DATA_SHEET_NAME] });
    const { host } = hostOver(mock);
    expect(await host.loadSettings()).toEqual({ since: '2024-08-21', dataValidation: true });
    await host.saveSettings(SAVED);
    expect(readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as string[][]).lastRefresh).toEqual(record.lastRefresh);
  });

  it('reads the settings an earlier version kept in the workbook settings until the data sheet exists, dropping malformed parts', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), {
      settings: { 'jacAuditTracker.settings': JSON.stringify({ since: '24/07/2024', asOf: 5, dataValidation: true, checkWhileEditing: 'off' }) },
    });
    expect(await hostOver(mock).host.loadSettings()).toEqual({ dataValidation: true });
  });

  it('cannot add the data sheet to a workbook whose structure is protected, and says so', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { workbookProtected: true });
    await expect(hostOver(mock).host.saveSettings(SAVED)).rejects.toMatchObject({ code: 'workbook-protected' });
  });

  // Regression, item 10: saving "Check the data as I edit" on used to set the workbook to start the add-in.
  it('never changes whether the add-in starts with the workbook when saving settings, whatever they say', async () => {
    const asked: string[] = [];
    (globalThis as Record<string, unknown>).Office = {
      addin: { setStartupBehavior: async (behaviour: string) => void asked.push(behaviour), getStartupBehavior: async () => 'None' },
      StartupBehavior: { load: 'Load', none: 'None' },
    };
    try {
      const mock = new WorkbookMock(makeSeedWorkbook());
      const host = new ExcelHost({
        run: (batch) => mock.run(batch),
        runIn: (_context, batch) => batch(mock.context),
        isSetSupported: everything,
        sleep: async () => {},
      });
      await host.saveSettings({ ...SAVED, checkWhileEditing: true, startWithWorkbook: true });
      await refreshSummary(host, { ...DEFAULT_SETTINGS, startWithWorkbook: true }, '2024-10-01');
      expect(asked).toEqual([]);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});

describe('ExcelHost: starting with the workbook, only on the user’s choice', () => {
  it('reports and changes the workbook’s startup behaviour when asked', async () => {
    const { host, startupAsked } = hostOver(new WorkbookMock(makeSeedWorkbook()));
    expect(await host.getStartup()).toBe('on-demand');
    expect(await host.setStartup(true)).toBe('with-workbook');
    expect(await host.setStartup(false)).toBe('on-demand');
    expect(startupAsked).toEqual([true, false]);
    expect(await host.limitations()).toEqual([]);
  });

  it('says "unknown" and changes nothing without SharedRuntime 1.1', async () => {
    const { host, startupAsked } = hostOver(new WorkbookMock(makeSeedWorkbook()), { supported: (name) => name !== 'SharedRuntime' });
    expect([await host.getStartup(), await host.setStartup(true), startupAsked]).toEqual(['unknown', 'unknown', []]);
    expect(await host.limitations()).toEqual([
      'This version of Excel cannot start the add-in with the workbook, so open the Audit tracker pane to check edits.',
    ]);
  });

  it.each([
    ['has no setStartupBehavior', () => false],
    ['rejects the change', () => new Error('GeneralException')],
  ])('when Office %s, says so in the limitations until a change succeeds', async (_case, refusal) => {
    let refuse = true;
    const { host } = hostOver(new WorkbookMock(makeSeedWorkbook()), { startup: () => (refuse ? refusal() : true) });
    expect(await host.setStartup(true)).toBe('on-demand');
    expect(await host.limitations()).toEqual([
      'Excel did not let the add-in change whether it starts with this workbook. Open the Audit tracker pane to check edits.',
    ]);
    refuse = false;
    await host.setStartup(true);
    expect(await host.limitations()).toEqual([]);
  });
});

describe('ExcelHost: selection, with codes that say what happened', () => {
  it('selects a finding’s cell and brings its sheet to the front', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await hostOver(mock).host.selectCell("'Audit Actions'!D5");
    expect(mock.records.map((r) => `${r.sheet} | ${r.target} | ${r.name}`)).toEqual([
      'Audit Actions | sheet | activate',
      'Audit Actions | range D5 | select',
    ]);
  });

  it('reports a sheet that has gone as a sheet not found, naming it, not as a table not found', async () => {
    await expect(hostOver(new WorkbookMock(makeSeedWorkbook())).host.selectCell('Deleted!A1')).rejects.toMatchObject({
      code: 'sheet-not-found',
      message:
        'The sheet “Deleted” is not in this workbook any more; it may have been renamed or deleted. Check the workbook again to bring the findings up to date.',
    });
  });

  it('says how to create the summary when asked to show one that does not exist', async () => {
    await expect(hostOver(new WorkbookMock(makeSeedWorkbook())).host.showSummary()).rejects.toMatchObject({
      code: 'summary-not-found',
      message: 'There is no “JAC Summary” sheet yet. Refresh the summary to create it.',
    });
  });

  it('lists nothing missing on a current Excel, and each missing feature on an old one', async () => {
    expect(await hostOver(new WorkbookMock(makeSeedWorkbook())).host.limitations()).toEqual([]);
    const old = hostOver(new WorkbookMock(makeSeedWorkbook()), { supported: (name, version) => name === 'ExcelApi' && version === '1.6' });
    expect(await old.host.limitations()).toHaveLength(5);
  });
});
