import { dataRows, isTotalsText, refMaker } from './rowReading';
import type { LocatedTable, SheetCells } from './types';

describe('isTotalsText', () => {
  test.each(['Total', 'Totals', 'TOTAL:', 'Grand total', 'Grand Total', 'Sub-total', 'Subtotal', 'Total actions', 'Count'])('%j is a totals label', (text) => {
    expect(isTotalsText(text)).toBe(true);
  });
  test.each(['Total Rewards', 'Payroll', 'Counter Fraud Framework Review', '', 'Accounts Payable totals review'])('%j is not', (text) => {
    expect(isTotalsText(text)).toBe(false);
  });
});

describe('refMaker', () => {
  test('makes the same references as cellRef', () => {
    const ref = refMaker('Audit Actions');
    expect(ref(4, 0)).toEqual({ sheet: 'Audit Actions', row: 4, column: 0, address: "'Audit Actions'!A5" });
    expect(ref(9, 27)).toEqual({ sheet: 'Audit Actions', row: 9, column: 27, address: "'Audit Actions'!AB10" });
  });
});

describe('dataRows', () => {
  test('skips blank rows (in the mapped columns) and totals rows without stopping', () => {
    const sheet: SheetCells = {
      name: 'S',
      originRow: 0,
      originColumn: 0,
      values: [
        ['Audit', 'Status', 'Notes'],
        ['A', 'Draft', ''],
        ['', '', 'a stray note'],
        [' \u00a0', '', ''],
        ['B', '', ''],
        ['Total', 2, ''],
        ['', 'Final', ''],
      ],
      tables: [],
    };
    const table: LocatedTable = {
      kind: 'plan', sheet: 'S', tableName: null, headerRow: 0, firstRow: 1, lastRow: 6, firstColumn: 0, lastColumn: 2,
      columns: { audit: 0, status: 1 }, headers: {},
    };
    expect(dataRows(sheet, table)).toEqual([1, 4, 6]);
  });
});
