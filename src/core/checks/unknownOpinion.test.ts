import { planRow } from '@test/core/rows';
import { unknownOpinion } from './unknownOpinion';

const asOf = '2024-10-31';

test('flags a misspelt opinion in the status text', () => {
  expect(
    unknownOpinion.check({ plan: [planRow({ row: 3, audit: 'Payroll', status: 'Finalised - Substantail assurance' })], actions: [], asOf }),
  ).toEqual([
    {
      severity: 'warning',
      check: 'unknown-opinion',
      cell: 'Plan!C4',
      sheet: 'Plan',
      row: 3,
      column: 2,
      message:
        'The assurance opinion in "Finalised - Substantail assurance" is not an opinion word the summary recognises, so no opinion is counted for Payroll.',
      suggestion: 'Change the opinion to "Substantial".',
    },
  ]);
});

test('flags a misspelt opinion in the opinion column, pointing at that column', () => {
  const [found] = unknownOpinion.check({
    plan: [planRow({ row: 3, audit: 'Payroll', status: 'Final report issued', opinion: 'Reasonble' })],
    actions: [],
    asOf,
  });
  expect([found.cell, found.suggestion]).toEqual(['Plan!D4', 'Change the opinion to "Reasonable".']);
});

test('accepts every scale’s words and a blank opinion', () => {
  const plan = [
    planRow({ row: 3, status: 'Finalised- Substantial assurance' }),
    planRow({ row: 4, status: 'Final', opinion: 'Good' }),
    planRow({ row: 5, status: 'Final', opinion: 'partial assurance' }),
    planRow({ row: 6, status: 'Final', opinion: '' }),
    planRow({ row: 7, status: 'Draft report issued' }),
  ];
  expect(unknownOpinion.check({ plan, actions: [], asOf })).toEqual([]);
});
