import { actionRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import { duplicateAction } from './duplicateAction';

const asOf = '2024-10-31';
const check = (...specs: Parameters<typeof actionRow>[0][]) =>
  duplicateAction.check({ plan: [], actions: classifyActions(specs.map(actionRow), asOf, null), asOf });

test('flags the second and later copies, naming the first', () => {
  expect(
    check(
      { row: 4, audit: 'Procurement under £60K', recommendation: '3' },
      { row: 5, audit: 'Procurement under £60K', recommendation: '4' },
      { row: 6, audit: ' procurement  under £60k', recommendation: '3 ' },
      { row: 7, audit: 'PROCUREMENT UNDER £60K', recommendation: '3' },
    ),
  ).toEqual([
    {
      severity: 'warning',
      check: 'duplicate-action',
      cell: 'Actions!A7',
      sheet: 'Actions',
      row: 6,
      column: 0,
      message: ' procurement  under £60k recommendation 3  is listed twice: it is already at Actions!A5.',
      suggestion: 'Delete one of the two rows, or correct the recommendation number if they are different actions.',
    },
    {
      severity: 'warning',
      check: 'duplicate-action',
      cell: 'Actions!A8',
      sheet: 'Actions',
      row: 7,
      column: 0,
      message: 'PROCUREMENT UNDER £60K recommendation 3 is listed twice: it is already at Actions!A5.',
      suggestion: 'Delete one of the two rows, or correct the recommendation number if they are different actions.',
    },
  ]);
});

test('groups safely by names that are also object properties', () => {
  const found = check(
    { row: 4, audit: '__proto__', recommendation: 'toString' },
    { row: 5, audit: 'toString', recommendation: '__proto__' },
    { row: 6, audit: '__proto__', recommendation: 'toString' },
    { row: 7, audit: 'constructor', recommendation: '1' },
  );
  expect(found.map((f) => f.cell)).toEqual(['Actions!A7']);
});

test('does not pair actions without a recommendation', () => {
  expect(check({ row: 4, recommendation: '' }, { row: 5, recommendation: '' })).toEqual([]);
});
