import { actionRow, planRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import { missingAuditName } from './missingAuditName';

test('flags plan and action rows that have data but no audit name', () => {
  const asOf = '2024-10-31';
  const plan = [planRow({ row: 3, audit: '', status: 'Planning' }), planRow({ row: 4, audit: 'Payroll' })];
  const actions = classifyActions([actionRow({ row: 6, audit: '', recommendation: '2' })], asOf, null);
  expect(missingAuditName.check({ plan, actions, asOf })).toEqual([
    {
      severity: 'error',
      check: 'missing-audit-name',
      cell: 'Plan!A4',
      sheet: 'Plan',
      row: 3,
      column: 0,
      message: 'This row of the audit plan has no audit name.',
      suggestion: "Enter the audit's name, or clear the row.",
    },
    {
      severity: 'error',
      check: 'missing-audit-name',
      cell: 'Actions!A7',
      sheet: 'Actions',
      row: 6,
      column: 0,
      message: 'This action (recommendation 2) has no audit name.',
      suggestion: 'Enter the name of the audit the action came from, or clear the row.',
    },
  ]);
});
