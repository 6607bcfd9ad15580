import { cellFormat, cellValue, findSheet, isBlankValue, lastSheetColumn, lastSheetRow } from './sheetGrid';
import type { SheetCells } from './types';

const sheet: SheetCells = {
  name: 'Audit Actions',
  originRow: 2,
  originColumn: 1,
  values: [['a', 'b'], ['c'], ['d', 'e', 'f']],
  numberFormats: [['General', 'dd/mm/yyyy']],
  tables: [],
};

describe('sheetGrid', () => {
  test('reads cells by sheet coordinates, blank outside the used range', () => {
    expect(cellValue(sheet, 2, 1)).toBe('a');
    expect(cellValue(sheet, 4, 3)).toBe('f');
    expect(cellValue(sheet, 3, 2)).toBe('');
    expect(cellValue(sheet, 0, 0)).toBe('');
    expect(cellFormat(sheet, 2, 2)).toBe('dd/mm/yyyy');
    expect(cellFormat(sheet, 3, 2)).toBeUndefined();
  });
  test("knows the used range's last row and column", () => {
    expect(lastSheetRow(sheet)).toBe(4);
    expect(lastSheetColumn(sheet)).toBe(3);
  });
  test('finds sheets ignoring case and spaces', () => {
    expect(findSheet({ sheets: [sheet] }, ' audit actions ')).toBe(sheet);
    expect(findSheet({ sheets: [sheet] }, 'Plan')).toBeNull();
  });
  test('blank means empty, null or only spaces', () => {
    expect(isBlankValue('')).toBe(true);
    expect(isBlankValue(' \u00a0')).toBe(true);
    expect(isBlankValue(null)).toBe(true);
    expect(isBlankValue(0)).toBe(false);
    expect(isBlankValue(false)).toBe(false);
  });
});
