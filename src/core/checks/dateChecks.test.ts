import { actionRow, planRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import { impossibleDate } from './impossibleDate';
import { missingDeadline } from './missingDeadline';
import { signoffInFuture } from './signoffInFuture';
import { unreadableDate } from './unreadableDate';
import { usDate } from './usDate';

const asOf = '2024-10-31';
const context = (...specs: Parameters<typeof actionRow>[0][]) => ({
  plan: [],
  actions: classifyActions(specs.map(actionRow), asOf, null),
  asOf,
});

test('impossible-date explains why the day cannot exist', () => {
  expect(impossibleDate.check(context({ row: 4, deadline: { kind: 'impossible', text: '30/02/2024' } }))).toEqual([
    {
      severity: 'error',
      check: 'impossible-date',
      cell: 'Actions!D5',
      sheet: 'Actions',
      row: 4,
      column: 3,
      message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
      suggestion: 'Enter the intended date as dd/mm/yyyy.',
    },
  ]);
});

test('us-date offers the day-first reading', () => {
  expect(usDate.check(context({ row: 4, deadline: '2024-12-31', signoff: { kind: 'us-format', text: '12/31/2024', usDate: '2024-12-31' } }))).toEqual(
    [
      {
        severity: 'error',
        check: 'us-date',
        cell: 'Actions!E5',
        sheet: 'Actions',
        row: 4,
        column: 4,
        message: 'The sign-off date 12/31/2024 reads as month/day/year. Dates here are day/month/year: did you mean 31/12/2024?',
        suggestion: 'Change it to 31/12/2024.',
      },
    ],
  );
});

test('unreadable-date is an error in a deadline and a warning in a planned start', () => {
  const plan = [planRow({ row: 2, plannedStart: { kind: 'unreadable', text: 'Spring' }, plannedStartText: 'Spring' })];
  const actions = classifyActions([actionRow({ row: 4, deadline: '2024-06-30', revised: { kind: 'unreadable', text: 'end of year' } })], asOf, null);
  expect(unreadableDate.check({ plan, actions, asOf }).map((f) => [f.severity, f.cell, f.message, f.suggestion])).toEqual([
    [
      'warning',
      'Plan!B3',
      'The planned start "Spring" cannot be read as a date.',
      'Enter a date as dd/mm/yyyy, a month, a quarter such as "Q3 TBC", or TBC.',
    ],
    ['error', 'Actions!F5', 'The revised deadline "end of year" cannot be read as a date.', 'Enter the date as dd/mm/yyyy, for example 31/12/2024.'],
  ]);
});

test('a planned start that looks like an impossible date gets the impossible-date finding', () => {
  const plan = [planRow({ row: 2, plannedStart: { kind: 'unreadable', text: '31/06/25' }, plannedStartText: '31/06/25' })];
  expect(impossibleDate.check({ plan, actions: [], asOf }).map((f) => f.message)).toEqual([
    'The planned start 31/06/25 is not a real date: June 2025 has 30 days.',
  ]);
});

test('missing-deadline flags open actions with a blank or TBC deadline only', () => {
  const found = missingDeadline.check(
    context(
      { row: 4, audit: 'Payroll', recommendation: '2', deadline: '' },
      { row: 5, audit: 'Payroll', recommendation: '3', deadline: { kind: 'placeholder', text: 'TBC' } },
      { row: 6, deadline: '', signoff: '2024-08-01' },
      { row: 7, deadline: { kind: 'placeholder', text: 'TBC' }, revised: '2024-12-31' },
    ),
  );
  expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
    ['warning', 'Actions!D5', 'The open action Payroll recommendation 2 has no deadline, so it cannot be shown as overdue or due soon.'],
    [
      'warning',
      'Actions!D6',
      'The open action Payroll recommendation 3 has the deadline "TBC", which is not a date, so it cannot be shown as overdue or due soon.',
    ],
  ]);
});

test('signoff-in-future flags a sign-off after the paper’s date, not on it', () => {
  const found = signoffInFuture.check(context({ row: 4, signoff: '2025-08-14' }, { row: 5, signoff: asOf }));
  expect(found).toEqual([
    {
      severity: 'error',
      check: 'signoff-in-future',
      cell: 'Actions!E5',
      sheet: 'Actions',
      row: 4,
      column: 4,
      message: 'The sign-off date 14/08/2025 is after the date of this paper, 31/10/2024.',
      suggestion: 'Correct the sign-off date, or clear it until the action has been signed off.',
    },
  ]);
});

describe('unreadable-date on a deadline written as a quarter it cannot date', () => {
  test('a quarter with no year asks for the financial year, giving the paper’s as the example', () => {
    const [found] = unreadableDate.check(context({ row: 4, deadline: { kind: 'unreadable', text: 'Q3' } }));
    expect([found.severity, found.cell, found.message, found.suggestion]).toEqual([
      'error',
      'Actions!D5',
      'The deadline "Q3" names a quarter but not its year, so it cannot be read as a date.',
      'Write the financial year, for example "Q3 2024/25" (read as 31/12/2024, the quarter\u2019s last day), or enter the date as dd/mm/yyyy.',
    ]);
  });

  test('a quarter of a calendar year says why it is not clear, and offers that year’s financial year', () => {
    const [found] = unreadableDate.check(context({ row: 4, deadline: '2024-06-30', revised: { kind: 'unreadable', text: 'Q4 2024' } }));
    expect([found.cell, found.message, found.suggestion]).toEqual([
      'Actions!F5',
      'The revised deadline "Q4 2024" names a quarter of 2024 without saying whether it is the calendar\u2019s (October to December 2024) or a financial year\u2019s (Q1 is April to June), so it cannot be read as a date.',
      'Write the financial year, for example "Q4 2024/25" (read as 31/03/2025, the quarter\u2019s last day), or enter the date as dd/mm/yyyy.',
    ]);
  });
});
