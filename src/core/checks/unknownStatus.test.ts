import { planRow } from '@test/core/rows';
import { unknownStatus } from './unknownStatus';

const asOf = '2024-10-31';

test('flags a status it cannot place, naming the statuses it knows and the vocabulary setting', () => {
  expect(unknownStatus.check({ plan: [planRow({ row: 5, audit: 'Insurance', status: 'Awaiting the auditors' })], actions: [], asOf })).toEqual([
    {
      severity: 'warning',
      check: 'unknown-status',
      cell: 'Plan!C6',
      sheet: 'Plan',
      row: 5,
      column: 2,
      message:
        'The status "Awaiting the auditors" for Insurance is not one the summary recognises, so the audit is counted as "Status not recognised".',
      suggestion:
        'Use a status such as Not started, Planning, Fieldwork in progress, Draft report issued or Finalised - Substantial assurance, or add it to the vocabulary in Settings > Tables and columns.',
    },
  ]);
});

test('leaves a misspelt status to misspelt-status: it is read as the stage it means', () => {
  expect(unknownStatus.check({ plan: [planRow({ row: 5, status: 'Finalsed' })], actions: [], asOf })).toEqual([]);
});

test('leaves recognised and blank statuses alone', () => {
  const plan = [planRow({ row: 5, status: 'Draft report issued' }), planRow({ row: 6, status: '' })];
  expect(unknownStatus.check({ plan, actions: [], asOf })).toEqual([]);
});
