import { planRow } from '../../../test/core/rows';
import { unknownStatus } from './unknownStatus';

const asOf = '2024-10-31';

test('flags a misspelt status with the word put right', () => {
  expect(unknownStatus({ plan: [planRow({ row: 5, audit: 'Insurance', status: 'Finalsed' })], actions: [], asOf })).toEqual([
    {
      severity: 'warning',
      rule: 'unknown-status',
      cell: 'Plan!C6',
      sheet: 'Plan',
      row: 5,
      column: 2,
      message: 'The status "Finalsed" for Insurance is not one the summary recognises, so the audit is counted as "Status not recognised".',
      suggestion: 'Change it to "Finalised".',
    },
  ]);
});

test('names the statuses it knows when nothing is close', () => {
  const [found] = unknownStatus({ plan: [planRow({ row: 5, status: 'Awaiting the auditors' })], actions: [], asOf });
  expect(found.suggestion).toBe(
    'Use a status such as Not started, Planning, Fieldwork in progress, Draft report issued or Finalised - Substantial assurance.',
  );
});

test('leaves recognised and blank statuses alone', () => {
  const plan = [planRow({ row: 5, status: 'Draft report issued' }), planRow({ row: 6, status: '' })];
  expect(unknownStatus({ plan, actions: [], asOf })).toEqual([]);
});
