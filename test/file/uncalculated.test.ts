import ExcelJS from 'exceljs';
import { isUncalculatedFormula } from '../../src/file/cellValue';
import { loadWorkbook, saveWorkbook } from '../../src/file/loadWorkbook';
import { readWorkbookCells } from '../../src/file/readWorkbookCells';

describe('formulas never calculated', () => {
  test('are told apart from formulas with a cached result, blank or not', () => {
    expect(isUncalculatedFormula({ formula: 'DATE(2024,3,31)' } as ExcelJS.CellFormulaValue)).toBe(true);
    expect(isUncalculatedFormula({ sharedFormula: 'D2' } as unknown as ExcelJS.CellValue)).toBe(true);
    expect(isUncalculatedFormula({ formula: 'DATE(2024,3,31)', result: 45382 } as ExcelJS.CellFormulaValue)).toBe(false);
    expect(isUncalculatedFormula({ formula: 'IF(A1,"","x")', result: '' } as ExcelJS.CellFormulaValue)).toBe(false);
    expect(isUncalculatedFormula('=DATE(2024,3,31)')).toBe(false);
    expect(isUncalculatedFormula(null)).toBe(false);
  });

  test('read as "" inside the used range and listed in the sheet’s uncalculated cells, in sheet coordinates', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Actions');
    sheet.getCell('B2').value = 'Deadline';
    sheet.getCell('B3').value = { formula: 'DATE(2024,3,31)' } as ExcelJS.CellFormulaValue;
    sheet.getCell('C3').value = { formula: 'B3+90', result: 45472 } as ExcelJS.CellFormulaValue;
    // The last row holds only a formula never calculated: the used range must still reach it.
    sheet.getCell('B4').value = { formula: 'B3+1' } as ExcelJS.CellFormulaValue;
    const [actions] = readWorkbookCells(await loadWorkbook(await saveWorkbook(book))).sheets;
    expect(actions.originRow).toBe(1);
    expect(actions.values).toEqual([
      ['Deadline', ''],
      ['', 45472],
      ['', ''],
    ]);
    expect(actions.uncalculated).toEqual([
      [2, 1],
      [3, 1],
    ]);
  });

  test('a sheet with none lists none', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Plan').getCell('A1').value = 'Audit';
    const [plan] = readWorkbookCells(await loadWorkbook(await saveWorkbook(book))).sheets;
    expect(plan.uncalculated).toBeUndefined();
  });
});
