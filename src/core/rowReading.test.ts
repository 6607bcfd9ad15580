import { dataRows, headedRows, headingAbove, isTotalsText, refMaker } from './rowReading';
import type { LocatedTable, SheetCells } from './types';

describe('isTotalsText', () => {
  test.each(['Total', 'Totals', 'TOTAL:', 'Grand total', 'Grand Total', 'Sub-total', 'Subtotal', 'Total actions', 'Count'])(
    '%j is a totals label',
    (text) => {
      expect(isTotalsText(text)).toBe(true);
    },
  );
  test.each(['Total recommendations: 7', 'Total: 12', 'Total 3'])('%j, a totals label with its count, is one too', (text) => {
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
      kind: 'plan',
      sheet: 'S',
      tableName: null,
      headerRow: 0,
      firstRow: 1,
      lastRow: 6,
      firstColumn: 0,
      lastColumn: 2,
      columns: { audit: 0, status: 1 },
      headers: {},
    };
    expect(dataRows(sheet, table)).toEqual([1, 4, 6]);
  });
});

describe('headedRows and headingAbove', () => {
  // A tracker with no audit column: each audit's title on a line of its own (merged, so only its first cell holds
  // text), its actions below; a blank row and a totals line between groups.
  const sheet: SheetCells = {
    name: 'Follow up',
    originRow: 0,
    originColumn: 0,
    values: [
      ['Ref', 'Recommendation', 'Deadline', 'Status'],
      ['Payroll - Reasonable assurance', '', '', ''],
      [1, 'Reconcile monthly.', 45565, 'Open'],
      [2, 'Check leavers.', 45565, 'Open'],
      ['', '', '', ''],
      ['Fleet Management (Limited)', '', '', ''],
      [1, 'Keep a vehicle register.', 45600, 'Open'],
      ['Total: 3', '', '', ''],
    ],
    tables: [],
  };
  const table: LocatedTable = {
    kind: 'actions',
    sheet: 'Follow up',
    tableName: null,
    headerRow: 0,
    firstRow: 1,
    lastRow: 7,
    firstColumn: 0,
    lastColumn: 3,
    columns: { ref: 0, recommendation: 1, deadline: 2, status: 3 },
    headers: {},
  };

  test('gives each data row the heading above it, as the cell shows it, and leaves the headings out', () => {
    expect(headedRows(sheet, table)).toEqual({
      rows: [2, 3, 6],
      headings: ['Payroll - Reasonable assurance', 'Payroll - Reasonable assurance', 'Fleet Management (Limited)'],
    });
  });

  test('finds the heading above one row as headedRows does, and none above the first heading', () => {
    expect([3, 6, 1].map((row) => headingAbove(sheet, table, row))).toEqual(['Payroll - Reasonable assurance', 'Fleet Management (Limited)', '']);
  });
});
