import { actionRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import { revisedDateTbc } from './revisedDateTbc';

const asOf = '2024-10-31';
const check = (...specs: Parameters<typeof actionRow>[0][]) =>
  revisedDateTbc.check({ plan: [], actions: classifyActions(specs.map(actionRow), asOf, null), asOf });
const tbc = { kind: 'placeholder', text: 'TBC' } as const;

test('warns on a "TBC" revised date, naming the date the action is held to', () => {
  expect(check({ row: 4, audit: 'Payroll', recommendation: '1', deadline: '2024-06-30', revised: tbc })).toEqual([
    {
      severity: 'warning',
      check: 'revised-date-tbc',
      cell: 'Actions!F5',
      sheet: 'Actions',
      row: 4,
      column: 5,
      message: 'The revised deadline "TBC" of Payroll recommendation 1 is not a date, so the action is held to its previous deadline, 30/06/2024.',
      suggestion: 'Enter the agreed revised date as dd/mm/yyyy, or clear the cell if the deadline has not moved.',
    },
  ]);
});

test('holds the action to the revision before the "TBC", not the original date', () => {
  const [found] = check({ row: 4, deadline: '2024-03-31', revised: '2024-06-30', revised2: tbc });
  expect([found.cell, found.message.endsWith('previous deadline, 30/06/2024.')]).toEqual(['Actions!J5', true]);
});

test('says nothing when a later column gives a date, when nothing came before, for "-" or "N/A", or for a closed action', () => {
  expect(
    check(
      { row: 4, deadline: '2024-03-31', revised: tbc, revised2: '2024-12-31' },
      { row: 5, deadline: '', revised: tbc },
      { row: 6, deadline: '2024-03-31', revised: { kind: 'placeholder', text: '-' } },
      { row: 7, deadline: '2024-03-31', revised: { kind: 'placeholder', text: 'N/A' } },
      { row: 8, deadline: '2024-03-31', revised: tbc, signoff: '2024-04-01' },
    ),
  ).toEqual([]);
});
