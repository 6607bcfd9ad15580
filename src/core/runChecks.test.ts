import { actionRow, planRow } from '@test/core/rows';
import { classifyActions } from './classifyActions';
import { sortFindings } from './finding';
import { runChecks } from './runChecks';

const asOf = '2024-10-31';

describe('runChecks', () => {
  test('collects every problem of every row rather than stopping at the first', () => {
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
    expect(sortFindings(runChecks(plan, actions, asOf)).map((f) => [f.severity, f.check, f.cell])).toEqual([
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
    expect(runChecks(plan, actions, asOf)).toEqual([]);
  });
});
