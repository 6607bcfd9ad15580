import { readDateCell } from './readDate';
import { financialYearName, financialYearOf, quarterEnd, readQuarter } from './quarters';

describe('deadlines written as a quarter of the financial year (Q1 is April to June)', () => {
  test.each([
    ['Q1 2024/25', '2024-06-30'],
    ['Q2 2024/25', '2024-09-30'],
    ['Q3 2024/25', '2024-12-31'],
    ['Q4 2024/25', '2025-03-31'],
    ['Quarter 4 2024-25', '2025-03-31'],
    ['End of Q2 2024/25', '2024-09-30'],
    ['by the end of Qtr 1 2025/2026', '2025-06-30'],
    ['2024/25 Q3', '2024-12-31'],
    ['Q2 FY24/25', '2024-09-30'],
    ['Q4 23/24', '2024-03-31'],
    ['Q4 2024/25 (TBC)', '2025-03-31'],
  ])('%j is read as its last day, %s', (text, date) => {
    expect(readDateCell(text)).toEqual({ kind: 'date', date });
  });

  test('a quarter marked as a revision counts as one', () => {
    expect(readDateCell('Q3 2024/25 (revised)')).toEqual({ kind: 'date', date: '2024-12-31', earlier: null });
  });

  test.each(['Q3', 'end of Q2', 'Q4 TBC', 'Q4 2024', 'Q3 2024/26', 'Q5 2024/25'])('%j is not a date', (text) => {
    expect(readDateCell(text)).toEqual({ kind: 'unreadable', text });
  });

  test('readQuarter says what a quarter gives: the financial year, a single year, or neither', () => {
    expect(['Q3 2024/25', 'end of Q2', 'Q4 2024', 'Q3 2024/26', 'March 2025'].map(readQuarter)).toEqual([
      { quarter: 3, financialYear: 2024, year: null },
      { quarter: 2, financialYear: null, year: null },
      { quarter: 4, financialYear: null, year: 2024 },
      null,
      null,
    ]);
  });

  test('quarterEnd, financialYearOf and financialYearName count the year from April', () => {
    expect([quarterEnd(1, 2024), quarterEnd(4, 2023), financialYearOf('2025-03-31'), financialYearOf('2025-04-01'), financialYearName(2099)]).toEqual(
      ['2024-06-30', '2024-03-31', 2024, 2025, '2099/00'],
    );
  });
});
