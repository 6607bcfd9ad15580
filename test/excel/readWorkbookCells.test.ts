import type { WorkbookCells } from '../../src/core/types';
import { readWorkbookCells } from '../../src/excel/readWorkbookCells';
import { makeSeedWorkbook } from '../fixtures/seedTables';
import { NOT_LOADED, WorkbookMock } from './workbookMock';

/** The seed workbook plus an old summary sheet and an Excel table, as a user's tracker might be. */
function trackerWithSummary(): WorkbookCells {
  const workbook = makeSeedWorkbook();
  workbook.sheets[1].tables = [{ name: 'Actions', headerRow: 0, firstColumn: 0, lastColumn: 4, lastRow: 7 }];
  workbook.sheets.push({ name: 'JAC Summary', originRow: 0, originColumn: 0, values: [['Old summary']], numberFormats: [['@']], tables: [] });
  return workbook;
}

describe('readWorkbookCells', () => {
  it('reads every user sheet’s values, number formats and tables exactly as Excel holds them, in two syncs', async () => {
    const mock = new WorkbookMock(trackerWithSummary());
    const { cells } = await readWorkbookCells(mock.context, { dataValidation: false });
    const seed = makeSeedWorkbook();
    expect(mock.syncCount).toBe(2);
    expect(cells.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'Audit Actions']);
    expect(cells.sheets[0].values).toEqual(seed.sheets[0].values);
    expect(cells.sheets[1].numberFormats).toEqual(seed.sheets[1].numberFormats);
    expect(cells.sheets[1].tables).toEqual([{ name: 'Actions', headerRow: 0, firstColumn: 0, lastColumn: 4, lastRow: 7 }]);
    expect(cells.sheets[1].values[1]).toEqual(['Firearms and Tasers', 1, 'Medium', 45595, 45518]);
  });

  it('reads nothing from the add-in’s own summary sheet, so its tables are never mistaken for the user’s', async () => {
    const mock = new WorkbookMock(trackerWithSummary());
    const { cells, state } = await readWorkbookCells(mock.context, { dataValidation: false });
    expect(cells.sheets.some((sheet) => sheet.values.flat().includes('Old summary'))).toBe(false);
    expect(state.sheets).toEqual([
      { name: 'Audit Plan', position: 0 },
      { name: 'Audit Actions', position: 1 },
      { name: 'JAC Summary', position: 2 },
    ]);
  });

  it('notes the custom conditional formats and validated columns a write will need, without extra syncs', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), {
      conditionalFormats: [
        { sheet: 'Audit Actions', id: '{cf-1}', type: 'Custom', formula: '=$C2="High"' },
        { sheet: 'Audit Actions', id: '{cf-2}', type: 'ColorScale', formula: '' },
      ],
      validatedColumns: [{ sheet: 'Audit Actions', column: 2 }],
      settings: { 'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: ['=OLD()'], validation: [{ sheet: 'Audit Actions', range: 'D2:D8' }] }) },
    });
    const { state } = await readWorkbookCells(mock.context, { dataValidation: true });
    expect(mock.syncCount).toBe(2);
    expect(state.highlights).toEqual([
      { sheet: 'Audit Actions', id: '{cf-1}', formula: '=$C2="High"' },
      { sheet: 'Audit Actions', id: '{cf-2}', formula: null },
    ]);
    expect([...(state.validatedColumns?.get('Audit Actions') ?? [])]).toEqual([2]);
    expect(state.record).toEqual({ highlightFormulas: ['=OLD()'], validation: [{ sheet: 'Audit Actions', range: 'D2:D8' }] });
    expect(state.activeSheet).toBe('Audit Plan');
  });

  it('gives an empty grid for an empty sheet', async () => {
    const workbook = makeSeedWorkbook();
    workbook.sheets.push({ name: 'Notes', originRow: 0, originColumn: 0, values: [], numberFormats: [], tables: [] });
    const { cells } = await readWorkbookCells(new WorkbookMock(workbook).context, { dataValidation: false });
    expect(cells.sheets[2]).toEqual({ name: 'Notes', originRow: 0, originColumn: 0, values: [], numberFormats: [], tables: [] });
  });

  it('keeps a used range that starts away from A1 at its place on the sheet', async () => {
    const workbook: WorkbookCells = {
      sheets: [{ name: 'Tracker', originRow: 4, originColumn: 2, values: [['Audit', 'Risk'], ['Payroll', 'High']], numberFormats: [['General', 'General'], ['General', 'General']], tables: [] }],
    };
    const { cells } = await readWorkbookCells(new WorkbookMock(workbook).context, { dataValidation: false });
    expect([cells.sheets[0].originRow, cells.sheets[0].originColumn, cells.sheets[0].values]).toEqual([4, 2, [['Audit', 'Risk'], ['Payroll', 'High']]]);
  });

  it('falls back to row chunks only when Excel refuses the one-shot read as too large, and reads the same cells', async () => {
    const workbook = makeSeedWorkbook();
    // 16 cells per chunk: the plan sheet (19 rows x 3 columns) takes 4 chunks of 5 rows, the actions (8 x 5) 3 of 3 rows.
    const mock = new WorkbookMock(workbook, { responseCellLimit: 40 });
    const { cells } = await readWorkbookCells(mock.context, { dataValidation: false, chunkCells: 16 });
    expect(cells.sheets.map((sheet) => sheet.values)).toEqual(makeSeedWorkbook().sheets.map((sheet) => sheet.values));
    expect(cells.sheets.map((sheet) => sheet.numberFormats)).toEqual(makeSeedWorkbook().sheets.map((sheet) => sheet.numberFormats));
    // 1 names, 1 refused, 1 sizes, then 4 + 3 chunks.
    expect(mock.syncCount).toBe(10);
  });

  it('halves a chunk that is still too large rather than giving up', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook(), { responseCellLimit: 10 });
    const { cells } = await readWorkbookCells(mock.context, { dataValidation: false, chunkCells: 30 });
    expect(cells.sheets[1].values).toEqual(makeSeedWorkbook().sheets[1].values);
  });

  it('passes on errors other than the payload limit untouched', async () => {
    const error = Object.assign(new Error('Denied'), { code: 'AccessDenied' });
    const mock = new WorkbookMock(makeSeedWorkbook(), { failSync: { at: 2, error } });
    await expect(readWorkbookCells(mock.context, { dataValidation: false })).rejects.toBe(error);
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
    expect(range.values).toEqual([['Audit Name', 'Recommendation'], ['Firearms and Tasers', 1]]);
    expect(range.numberFormat as unknown).toBe(NOT_LOADED);
    expect(mock.context.workbook.worksheets.items as unknown).toBe(NOT_LOADED);
  });
});
