import { grid as sheet } from '@test/fixtures/grid';
import { inPlanYear, planYear } from './planYear';

describe('planYear', () => {
  test('reads the financial year from the sheet’s name', () => {
    expect(planYear(sheet('Plan 2026-27', [['Audit', 'Quarter', 'Status']]), { headerRow: 0 })).toBe(2026);
  });

  test('reads it from the title above the header, in any of the ways it is written', () => {
    expect(planYear(sheet('Appendix 1', [['Internal Audit Plan 2026/27'], [], ['Audit', 'Quarter', 'Status']]), { headerRow: 2 })).toBe(2026);
    expect(
      planYear(
        sheet('Appendix 1', [
          ['', 'Annual Audit Plan for FY11/12'],
          ['Audit', 'Quarter', 'Status'],
        ]),
        { headerRow: 1 },
      ),
    ).toBe(2011);
    expect(planYear(sheet('Plan 2026-2027', [['Plan 2026/27'], ['Audit', 'Quarter', 'Status']]), { headerRow: 1 })).toBe(2026);
  });

  test('gives no year when the plan names none, or two, or a pair that is not a financial year', () => {
    expect(planYear(sheet('Plan', [['Internal Audit Plan'], ['Audit', 'Quarter', 'Status']]), { headerRow: 1 })).toBeNull();
    expect(planYear(sheet('Plan 2025-26', [['Plan 2026/27'], ['Audit', 'Quarter', 'Status']]), { headerRow: 1 })).toBeNull();
    expect(planYear(sheet('Plan', [['Position at 31/03/2026'], ['Audit', 'Quarter', 'Status']]), { headerRow: 1 })).toBeNull();
  });

  test('does not read the year of an audit below the header as the plan’s', () => {
    expect(
      planYear(
        sheet('Plan', [
          ['Audit', 'Quarter', 'Status'],
          ['Payroll 2025/26 follow-up', 'Q1', 'Not started'],
        ]),
        { headerRow: 0 },
      ),
    ).toBeNull();
  });
});

describe('inPlanYear', () => {
  test('puts a quarter with no year in the plan’s financial year', () => {
    expect(inPlanYear({ kind: 'quarter', quarters: [3], text: 'Q3', financialYear: null }, 2026)).toEqual({
      kind: 'quarter',
      quarters: [3],
      text: 'Q3',
      financialYear: 2026,
    });
  });

  test('puts April to December in the first calendar year of the plan and January to March in the second', () => {
    expect(inPlanYear({ kind: 'month', month: 12, year: null, text: 'December' }, 2026)).toMatchObject({ year: 2026 });
    expect(inPlanYear({ kind: 'month', month: 2, year: null, text: 'February' }, 2026)).toMatchObject({ year: 2027 });
  });

  test('keeps a year the cell gives, and everything when the plan names no year', () => {
    const start = { kind: 'quarter' as const, quarters: [1], text: 'Q1 2025/26', financialYear: 2025 };
    expect(inPlanYear(start, 2026)).toBe(start);
    const month = { kind: 'month' as const, month: 2, year: null, text: 'February' };
    expect(inPlanYear(month, null)).toBe(month);
  });
});
