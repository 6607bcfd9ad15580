import { DATA_SHEET_NAME } from '../core/footprint';
import type { WorkbookCells } from '../core/types';
import { readWorkbookCells } from './readWorkbookCells';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { dataSheet, LEGACY_OVERDUE, sheetWith } from '@test/excel/excelFixtures';
import { NOT_LOADED, officeError, WorkbookMock } from '@test/excel/workbookMock';

const READ = { workbookProtection: true };

/** The seed workbook plus an old summary sheet and an Excel table, as a user's tracker might be. */
function trackerWithSummary(): WorkbookCells {
  const workbook = makeSeedWorkbook();
  workbook.sheets[1].tables = [{ name: 'Actions', headerRow: 0, firstColumn: 0, lastColumn: 4, lastRow: 7 }];
  workbook.sheets.push(sheetWith('JAC Summary', 'Old summary'));
  return workbook;
}

describe('readWorkbookCells', () => {
  it('reads every user sheet’s values, number formats and tables exactly as Excel holds them, in two syncs', async () => {
    const mock = new WorkbookMock(trackerWithSummary());
    const { cells } = await readWorkbookCells(mock.context, READ);
    const seed = makeSeedWorkbook();
    expect(mock.syncCount).toBe(2);
    expect(cells.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'Audit Actions']);
    expect(cells.sheets[0].values).toEqual(seed.sheets[0].values);
    expect(cells.sheets[1].numberFormats).toEqual(seed.sheets[1].numberFormats);
    expect(cells.sheets[1].tables).toEqual([{ name: 'Actions', headerRow: 0, firstColumn: 0, lastColumn: 4, lastRow: 7 }]);
    expect(cells.sheets[1].values[1]).toEqual(['Firearms and Tasers', 1, 'Medium', 45595, 45518]);
  });

  it('reads nothing from the add-in’s own sheets, whatever their case, nor from a legacy "JAC Settings" sheet', async () => {
    const workbook = trackerWithSummary();
    workbook.sheets.push(sheetWith('jac summary (new 4kq2)', 'Half built'), sheetWith('JAC Settings', 'Saved by the JAC summary add-in.'));
    const { cells, state } = await readWorkbookCells(new WorkbookMock(workbook).context, READ);
    expect(cells.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'Audit Actions']);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'Audit Actions', 'JAC Summary', 'jac summary (new 4kq2)', 'JAC Settings']);
  });

  it('reads no conditional formats or validation with the cells, so a rule Excel cannot read never costs the read', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), {
      conditionalFormats: [
        { sheet: 'Audit Actions', type: 'CellValue', formula: '', unreadable: true },
        { sheet: 'Audit Actions', type: 'CellValue', formula: '', unreadable: true },
      ],
      validation: [{ sheet: 'Audit Actions', range: 'C2:C8' }],
    });
    const { cells } = await readWorkbookCells(mock.context, READ);
    expect([mock.syncCount, cells.sheets[1].values.length]).toEqual([2, 8]);
  });

  it('notes which sheets and whether the workbook are protected, and which sheet is in front', async () => {
    const mock = new WorkbookMock(trackerWithSummary(), { protectedSheets: ['Audit Actions'], workbookProtected: true, activeSheet: 'JAC Summary' });
    const { state } = await readWorkbookCells(mock.context, READ);
    expect(state.sheets.map((sheet) => [sheet.name, sheet.protected])).toEqual([
      ['Audit Plan', false],
      ['Audit Actions', true],
      ['JAC Summary', false],
    ]);
    expect([state.workbookProtected, state.activeSheet]).toEqual([true, 'JAC Summary']);
  });

  it('does not ask for the workbook’s protection where Excel has no such API (before ExcelApi 1.7)', async () => {
    const { state } = await readWorkbookCells(new WorkbookMock(makeSeedWorkbook(), { workbookProtected: true }).context, {
      workbookProtection: false,
    });
    expect(state.workbookProtected).toBe(false);
  });

  it('reads the stored record from the very hidden data sheet in the same two syncs', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push(
      dataSheet({
        settings: { since: '2024-07-24' },
        owned: { highlights: [{ sheet: 'Audit Actions', range: 'A2:E8' }], validation: [] },
        lastRefresh: { asOf: '2024-10-01', tablesFound: { plan: true, actions: true } },
      }),
    );
    const mock = new WorkbookMock(workbook, { veryHidden: [DATA_SHEET_NAME] });
    const { cells, state } = await readWorkbookCells(mock.context, READ);
    expect(mock.syncCount).toBe(2);
    expect(cells.stored).toEqual({
      settings: { since: '2024-07-24' },
      owned: { highlights: [{ sheet: 'Audit Actions', range: 'A2:E8' }], validation: [] },
      lastRefresh: { asOf: '2024-10-01', tablesFound: { plan: true, actions: true } },
      papers: [],
    });
    expect(state.place).toEqual({ dataSheet: 'JAC Data', legacySheet: null, legacyKeys: [], papersAt: null });
  });

  it('carries settings and the ownership record from the workbook settings an earlier version used, while there is no data sheet', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), {
      settings: {
        'jacAuditTracker.settings': JSON.stringify({ since: '2024-07-24', asOf: null, dataValidation: false }),
        'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: [LEGACY_OVERDUE], validation: [{ sheet: 'Audit Actions', range: 'C2:C8' }] }),
      },
    });
    const { cells, state } = await readWorkbookCells(mock.context, READ);
    expect(cells.stored?.settings).toEqual({ since: '2024-07-24', asOf: null, dataValidation: false });
    expect(cells.stored?.owned).toEqual({ highlights: [], validation: [{ sheet: 'Audit Actions', table: null, header: '', range: 'C2:C8' }] });
    expect(state.record.legacyFormulas).toEqual([LEGACY_OVERDUE]);
    expect(state.place).toEqual({
      dataSheet: null,
      legacySheet: null,
      legacyKeys: ['jacAuditTracker.settings', 'jacAuditTracker.owned'],
      papersAt: null,
    });
  });

  it('takes the settings of a legacy "JAC Settings" sheet (an earlier file shell’s) when there is no data sheet', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push({
      name: 'JAC Settings',
      originRow: 0,
      originColumn: 0,
      values: [
        ['Saved by the JAC summary add-in. Edit the settings in the add-in, not here.'],
        ['settings', '{"since":"2024-08-21"}'],
        ['highlights', '[]'],
      ],
      numberFormats: [['General'], ['General', 'General'], ['General', 'General']],
      tables: [],
    });
    const { cells } = await readWorkbookCells(new WorkbookMock(workbook).context, READ);
    expect(cells.stored?.settings).toEqual({ since: '2024-08-21' });
  });

  it('gives an empty grid for an empty sheet', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push({ name: 'Notes', originRow: 0, originColumn: 0, values: [], numberFormats: [], tables: [] });
    const { cells } = await readWorkbookCells(new WorkbookMock(workbook).context, READ);
    expect(cells.sheets[2]).toEqual({ name: 'Notes', originRow: 0, originColumn: 0, values: [], numberFormats: [], tables: [] });
  });

  it('keeps a used range that starts away from A1 at its place on the sheet', async () => {
    const workbook: WorkbookCells = {
      sheets: [
        {
          name: 'Tracker',
          originRow: 4,
          originColumn: 2,
          values: [
            ['Audit', 'Risk'],
            ['Payroll', 'High'],
          ],
          numberFormats: [
            ['General', 'General'],
            ['General', 'General'],
          ],
          tables: [],
        },
      ],
    };
    const { cells } = await readWorkbookCells(new WorkbookMock(workbook).context, READ);
    expect([cells.sheets[0].originRow, cells.sheets[0].originColumn, cells.sheets[0].values]).toEqual([
      4,
      2,
      [
        ['Audit', 'Risk'],
        ['Payroll', 'High'],
      ],
    ]);
  });

  it('falls back to row chunks only when Excel refuses the one-shot read as too large, and reads the same cells', async () => {
    // 16 cells per chunk: the plan sheet (19 rows x 3 columns) takes 4 chunks of 5 rows, the actions (8 x 5) 3 of 3 rows.
    const mock = new WorkbookMock(makeSeedWorkbook(), { responseCellLimit: 40 });
    const { cells } = await readWorkbookCells(mock.context, { ...READ, chunkCells: 16 });
    expect(cells.sheets.map((sheet) => sheet.values)).toEqual(makeSeedWorkbook().sheets.map((sheet) => sheet.values));
    expect(cells.sheets.map((sheet) => sheet.numberFormats)).toEqual(makeSeedWorkbook().sheets.map((sheet) => sheet.numberFormats));
    // 1 names, 1 refused, 1 sizes, then 4 + 3 chunks.
    expect(mock.syncCount).toBe(10);
  });

  it('reads a sheet whose values Excel returned as null (a get past five million cells) in chunks, not as an empty sheet', async () => {
    // The plan sheet has 57 cells and the actions 40: past a limit of 50 cells, only the plan comes back null.
    const mock = new WorkbookMock(makeSeedWorkbook(), { getCellLimit: 50 });
    const { cells } = await readWorkbookCells(mock.context, { ...READ, chunkCells: 30 });
    expect(cells.sheets.map((sheet) => sheet.values)).toEqual(makeSeedWorkbook().sheets.map((sheet) => sheet.values));
    // 2 as usual, then the plan's 19 rows in chunks of 10 rows.
    expect(mock.syncCount).toBe(4);
  });

  it('treats an internal error from Excel on the web as a response too large, and only there', async () => {
    const internal = officeError('GeneralException', 'An internal error has occurred.');
    const onTheWeb = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 2, error: internal } });
    const { cells } = await readWorkbookCells(onTheWeb.context, { ...READ, onTheWeb: true, chunkCells: 100 });
    expect(cells.sheets[1].values).toEqual(makeSeedWorkbook().sheets[1].values);
    const onDesktop = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 2, error: internal } });
    await expect(readWorkbookCells(onDesktop.context, READ)).rejects.toBe(internal);
  });

  it('halves a chunk that is still too large rather than giving up', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { responseCellLimit: 10 });
    const { cells } = await readWorkbookCells(mock.context, { ...READ, chunkCells: 30 });
    expect(cells.sheets[1].values).toEqual(makeSeedWorkbook().sheets[1].values);
  });

  it('passes on errors other than the payload limit untouched', async () => {
    const error = officeError('AccessDenied', 'Denied');
    const mock = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 2, error } });
    await expect(readWorkbookCells(mock.context, READ)).rejects.toBe(error);
  });
});

describe('the workbook mock', () => {
  it('enforces load-then-sync as Office does: unloaded properties read as office-addin-mock’s error string', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const sheet = mock.context.workbook.worksheets.getItem('Audit Actions');
    const range = sheet.getRange('A1:B2');
    expect(range.values as unknown).toBe(NOT_LOADED);
    range.load('values');
    await mock.context.sync();
    expect(range.values).toEqual([
      ['Audit Name', 'Recommendation'],
      ['Firearms and Tasers', 1],
    ]);
    expect(range.numberFormat as unknown).toBe(NOT_LOADED);
    expect(mock.context.workbook.worksheets.items as unknown).toBe(NOT_LOADED);
  });

  it('finds sheets without regard to case, as Excel does', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    const sheet = mock.context.workbook.worksheets.getItemOrNullObject('AUDIT ACTIONS').load('name');
    await mock.context.sync();
    expect(sheet.name).toBe('Audit Actions');
  });

  it('gives null objects for the custom rule of a conditional format of another kind, and fails a read of `custom` on it', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), {
      conditionalFormats: [
        { sheet: 'Audit Actions', type: 'Custom', formula: '=$C2="High"' },
        { sheet: 'Audit Actions', type: 'ColorScale', formula: '' },
      ],
    });
    const formats = mock.context.workbook.worksheets.getItem('Audit Actions').getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    await mock.context.sync();
    expect(formats.items.map((format) => [format.type, format.customOrNullObject.isNullObject])).toEqual([
      ['Custom', false],
      ['ColorScale', true],
    ]);
    formats.load('items/custom/rule/formula');
    await expect(mock.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});
