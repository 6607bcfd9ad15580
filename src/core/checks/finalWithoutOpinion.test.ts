import { planRow } from '@test/core/rows';
import { finalWithoutOpinion } from './finalWithoutOpinion';

const asOf = '2024-10-31';

test('flags a final report with no opinion', () => {
  expect(
    finalWithoutOpinion.check({ plan: [planRow({ row: 9, audit: 'Insurance', status: 'Final report issued 14/03/2024' })], actions: [], asOf }),
  ).toEqual([
    {
      severity: 'warning',
      check: 'final-without-opinion',
      cell: 'Plan!C10',
      sheet: 'Plan',
      row: 9,
      column: 2,
      message: 'Insurance has a final report ("Final report issued 14/03/2024") but no assurance opinion.',
      suggestion: 'Add the opinion from the final report to the status, for example "Finalised - Reasonable assurance".',
    },
  ]);
});

test('points at the opinion column when the plan has one', () => {
  const [found] = finalWithoutOpinion.check({ plan: [planRow({ row: 9, status: 'Complete', opinion: '' })], actions: [], asOf });
  expect([found.cell, found.suggestion]).toEqual([
    'Plan!D10',
    'Enter the opinion from the final report in the opinion column, for example "Reasonable".',
  ]);
});

test('leaves a misspelt opinion to unknown-opinion, and ignores audits that are not final', () => {
  const plan = [
    planRow({ row: 3, status: 'Finalised - Substantail assurance' }),
    planRow({ row: 4, status: 'Final', opinion: 'Reasonble' }),
    planRow({ row: 5, status: 'Draft report issued' }),
    planRow({ row: 6, status: 'Finalised- Reasonable assurance' }),
  ];
  expect(finalWithoutOpinion.check({ plan, actions: [], asOf })).toEqual([]);
});
