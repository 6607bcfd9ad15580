import { actionRow, planRow } from '../../test/core/rows';
import { classifyActions } from './classifyActions';
import type { Finding } from './types';
import { sortFindings, validate } from './validate';

const asOf = '2024-10-31';

function at(severity: Finding['severity'], sheet: string, row: number, column: number): Finding {
  return { severity, rule: 'unknown-risk', cell: `${sheet}!?`, sheet, row, column, message: '', suggestion: null };
}

describe('sortFindings', () => {
  test('puts errors first, then orders by sheet, row and column', () => {
    const sorted = sortFindings([
      at('warning', 'Actions', 2, 1),
      at('error', 'Plan', 1, 0),
      at('warning', 'Actions', 1, 4),
      at('error', 'Actions', 9, 0),
      at('warning', 'Actions', 1, 2),
    ]);
    expect(sorted.map((f) => [f.severity, f.sheet, f.row, f.column])).toEqual([
      ['error', 'Actions', 9, 0],
      ['error', 'Plan', 1, 0],
      ['warning', 'Actions', 1, 2],
      ['warning', 'Actions', 1, 4],
      ['warning', 'Actions', 2, 1],
    ]);
  });

  test('leaves its input untouched', () => {
    const input = [at('warning', 'B', 0, 0), at('error', 'A', 0, 0)];
    sortFindings(input);
    expect(input.map((f) => f.sheet)).toEqual(['B', 'A']);
  });
});

describe('validate', () => {
  test('collects every problem of every row, sorted, rather than stopping at the first', () => {
    const plan = [
      planRow({ row: 3, audit: 'Payroll', status: 'Awaiting the auditors' }),
      planRow({ row: 4, audit: 'Insurance', status: 'Complete' }),
    ];
    const actions = classifyActions(
      [
        actionRow({ row: 4, audit: 'Payroll', recommendation: '1', risk: 'Meduim', deadline: { kind: 'impossible', text: '30/02/2024' } }),
        actionRow({ row: 5, audit: 'Payroll', recommendation: '1', risk: 'High', deadline: '', signoff: '2024-12-25' }),
      ],
      asOf,
      null,
    );
    expect(validate(plan, actions, asOf).map((f) => [f.severity, f.rule, f.cell])).toEqual([
      ['error', 'impossible-date', 'Actions!D5'],
      ['error', 'signoff-in-future', 'Actions!E6'],
      ['warning', 'unknown-risk', 'Actions!C5'],
      ['warning', 'duplicate-action', 'Actions!A6'],
      ['warning', 'unknown-status', 'Plan!C4'],
      ['warning', 'final-without-opinion', 'Plan!C5'],
    ]);
  });

  test('finds nothing in clean rows', () => {
    const plan = [planRow({ row: 3, status: 'Finalised- Substantial assurance' })];
    const actions = classifyActions([actionRow({ row: 4, deadline: '2024-12-31' })], asOf, null);
    expect(validate(plan, actions, asOf)).toEqual([]);
  });
});
