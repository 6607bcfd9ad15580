import { actionRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import { unknownRisk } from './unknownRisk';

const asOf = '2024-10-31';
const check = (...specs: Parameters<typeof actionRow>[0][]) =>
  unknownRisk.check({ plan: [], actions: classifyActions(specs.map(actionRow), asOf, null), asOf });

test('suggests Medium for Meduim', () => {
  expect(check({ row: 7, audit: 'Payroll', risk: 'Meduim', deadline: '2024-12-31' })).toEqual([
    {
      severity: 'warning',
      check: 'unknown-risk',
      cell: 'Actions!C8',
      sheet: 'Actions',
      row: 7,
      column: 2,
      message: 'The risk "Meduim" is not a risk grade the summary recognises, so the action is counted as "Not graded".',
      suggestion: 'Change it to "Medium".',
    },
  ]);
});

test('asks for a risk when the cell is blank', () => {
  expect(check({ row: 7, audit: 'Payroll', recommendation: '2', risk: '', deadline: '2024-12-31' })).toMatchObject([
    { message: 'No risk is given for Payroll recommendation 2.', suggestion: 'Enter High, Medium or Low.' },
  ]);
});

test('lists the usual grades when no word is close', () => {
  expect(check({ row: 7, risk: 'Banana' })[0].suggestion).toBe(
    'Use High, Medium or Low, or add it to the vocabulary in Settings > Tables and columns.',
  );
});

test('accepts every recognised variant', () => {
  expect(check({ row: 7, risk: 'Priority 1' }, { row: 8, risk: 'amber' }, { row: 9, risk: 'Low' })).toEqual([]);
});
