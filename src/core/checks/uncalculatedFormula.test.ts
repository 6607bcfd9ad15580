import { actionRow, planRow } from '@test/core/rows';
import { cellRef } from '../address';
import { classifyActions } from '../classifyActions';
import { missingDeadline } from './missingDeadline';
import { uncalculatedFormula } from './uncalculatedFormula';

const asOf = '2024-10-31';

test('reports each formula never calculated as an error at its cell, in plan and actions alike', () => {
  const action = {
    ...actionRow({ row: 4, deadline: { kind: 'uncalculated' } }),
    uncalculated: [{ label: 'deadline', ref: cellRef('Actions', 4, 3) }],
  };
  const plan = { ...planRow({ row: 2, status: '' }), uncalculated: [{ label: 'status', ref: cellRef('Plan', 2, 2) }] };
  const context = { plan: [plan], actions: classifyActions([action], asOf, null), asOf };
  expect(uncalculatedFormula.check(context)).toEqual([
    {
      severity: 'error',
      check: 'uncalculated-formula',
      cell: 'Plan!C3',
      sheet: 'Plan',
      row: 2,
      column: 2,
      message: 'The status in C3 is a formula whose result has never been calculated, so its value is not known.',
      suggestion: 'Open the workbook in Excel and save it, so the formula\u2019s result is stored with it.',
    },
    {
      severity: 'error',
      check: 'uncalculated-formula',
      cell: 'Actions!D5',
      sheet: 'Actions',
      row: 4,
      column: 3,
      message: 'The deadline in D5 is a formula whose result has never been calculated, so its value is not known.',
      suggestion: 'Open the workbook in Excel and save it, so the formula\u2019s result is stored with it.',
    },
  ]);
  // Regression: a computed deadline with no cached result was reported as "has no deadline".
  expect(missingDeadline.check(context)).toEqual([]);
});
