import { planRow } from '@test/core/rows';
import { startPassedNotStarted } from './startPassedNotStarted';

const asOf = '2024-12-01';

test('flags an audit still at planning after its planned start', () => {
  const plan = [
    planRow({
      row: 8,
      audit: 'Information Asset Ownership',
      plannedStart: { kind: 'date', date: '2024-11-11' },
      status: 'Scope and timing agreed',
    }),
  ];
  expect(startPassedNotStarted.check({ plan, actions: [], asOf })).toEqual([
    {
      severity: 'warning',
      check: 'start-passed-not-started',
      cell: 'Plan!B9',
      sheet: 'Plan',
      row: 8,
      column: 1,
      message:
        'The planned start 11/11/2024 for Information Asset Ownership has passed, but the status "Scope and timing agreed" still shows the audit at planning.',
      suggestion: 'Update the status, or change the planned start to the new date.',
    },
  ]);
});

test('counts a planned month as passed only once the whole month has gone', () => {
  const november = { kind: 'month' as const, month: 11, year: 2024, text: 'November 2024' };
  const december = { kind: 'month' as const, month: 12, year: 2024, text: 'December 2024' };
  const plan = [
    planRow({ row: 3, audit: 'A', plannedStart: november, status: 'Not started' }),
    planRow({ row: 4, audit: 'B', plannedStart: december, status: 'Not started' }),
  ];
  expect(startPassedNotStarted.check({ plan, actions: [], asOf }).map((f) => f.message)).toEqual([
    'The planned start November 2024 for A has passed, but the status "Not started" still shows the audit as not started.',
  ]);
});

test('leaves audits alone that have started, start today or later, or have no dated start', () => {
  const plan = [
    planRow({ row: 3, plannedStart: { kind: 'date', date: '2024-11-11' }, status: 'Fieldwork in progress' }),
    planRow({ row: 4, plannedStart: { kind: 'date', date: asOf }, status: 'Not started' }),
    planRow({ row: 5, plannedStart: { kind: 'quarter', quarters: [2, 3], text: 'Q2/3 TBC', financialYear: null }, status: 'Planning' }),
    planRow({ row: 6, plannedStart: { kind: 'month', month: 1, year: null, text: 'January' }, status: 'Planning' }),
  ];
  expect(startPassedNotStarted.check({ plan, actions: [], asOf })).toEqual([]);
});

test('holds a quarter to its financial year once the year is known, from the cell or the plan’s title', () => {
  const plan = [
    planRow({ row: 3, plannedStart: { kind: 'quarter', quarters: [1], text: 'Q1', financialYear: 2024 }, status: 'Not started' }),
    planRow({ row: 4, plannedStart: { kind: 'quarter', quarters: [2, 3], text: 'Q2/3', financialYear: 2024 }, status: 'Planning' }),
    planRow({ row: 5, plannedStart: { kind: 'quarter', quarters: [1], text: 'Q1', financialYear: null }, status: 'Not started' }),
  ];
  expect(startPassedNotStarted.check({ plan, actions: [], asOf }).map((f) => [f.cell, f.message])).toEqual([
    ['Plan!B4', 'The planned start Q1 for Payroll has passed, but the status "Not started" still shows the audit as not started.'],
  ]);
});
