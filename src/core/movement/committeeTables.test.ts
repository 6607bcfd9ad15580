/** The tables committees print, each from a hand-built paper with literal expected rows. */
import { current, recorded, snapshot } from '@test/core/paperActions';
import { implementationRate } from './implementationRate';
import { addMonths, ageBands, overdueAgeing } from './overdueAgeing';
import { periodImplementation } from './periodImplementation';
import { priorityByRag } from './priorityByRag';
import { revisedVersusOverdue } from './revisedVersusOverdue';

const NOW = '2024-10-31';
const high = { priority: 'High', priorityRank: 1 };
const p1 = { priority: 'Priority 1', priorityRank: 1 };
const low = { priority: 'Low', priorityRank: 3 };

describe('priorityByRag', () => {
  it('counts each priority in the tracker’s own words by RAG position, in the open-by-risk table’s order: the tracker’s scale highest first, a word from another scale after it, ungraded last', () => {
    const table = priorityByRag(
      snapshot(NOW, [
        current({ row: 1, ...low, deadline: '2024-09-30' }),
        current({ row: 2, ...high, deadline: '2024-12-31' }),
        current({ row: 3, ...p1, disposition: 'implemented', closed: '2024-08-01' }),
        current({ row: 4, priority: null, priorityRank: 5, disposition: 'closed-without-implementation' }),
        current({ row: 5, ...high, deadline: null }),
      ]),
    );
    expect(table.columns.map((column) => column.header)).toEqual([
      'Priority',
      'Outstanding past target',
      'Outstanding within target',
      'Implemented',
      'Closed without implementation',
      'Total',
    ]);
    expect(table.rows).toEqual([
      ['High', 0, 2, 0, 0, 2],
      ['Low', 1, 0, 0, 0, 1],
      ['Priority 1', 0, 0, 1, 0, 1],
      ['Not graded', 0, 0, 0, 1, 1],
      ['Total', 1, 2, 1, 1, 5],
    ]);
  });

  it('adds a column for actions implemented but awaiting verification only when there are some', () => {
    const table = priorityByRag(snapshot(NOW, [current({ row: 1, ...high, disposition: 'awaiting-verification' })]));
    expect(table.columns.map((column) => column.header)[4]).toBe('Implemented, awaiting verification');
    expect(table.rows).toEqual([
      ['High', 0, 0, 0, 1, 0, 1],
      ['Total', 0, 0, 0, 1, 0, 1],
    ]);
  });

  it('says so when there are no actions', () => {
    expect(priorityByRag(snapshot(NOW, []))).toMatchObject({ rows: [], emptyText: 'No actions were found in the audit action tracker.' });
  });
});

describe('revisedVersusOverdue', () => {
  it('splits open actions past their original date into revised and not yet due, overdue after revision, and overdue never revised', () => {
    const table = revisedVersusOverdue(
      snapshot(NOW, [
        current({ row: 1, ...high, originalDeadline: '2024-03-31', deadline: '2024-12-31', revisions: 1 }),
        current({ row: 2, ...high, originalDeadline: '2024-03-31', deadline: '2024-09-30', revisions: 2 }),
        current({ row: 3, ...low, deadline: '2024-06-30' }),
        current({ row: 4, ...low, deadline: '2024-12-31' }),
        current({ row: 5, ...low, deadline: '2024-06-30', disposition: 'implemented', closed: '2024-07-01' }),
      ]),
    );
    expect(table.rows).toEqual([
      ['High', 1, 1, 0, 2],
      ['Low', 0, 0, 1, 1],
      ['Total', 1, 1, 1, 3],
    ]);
    expect(revisedVersusOverdue(snapshot(NOW, [current({ row: 1, deadline: '2024-12-31' })])).emptyText).toBe(
      'No open action is past its original deadline.',
    );
  });
});

describe('overdueAgeing', () => {
  it('ages overdue actions from their original deadline, not the revised one', () => {
    const table = overdueAgeing(
      snapshot(NOW, [
        current({ row: 1, ...high, deadline: '2024-09-30' }),
        current({ row: 2, ...high, originalDeadline: '2023-06-30', deadline: '2024-09-30', revisions: 2 }),
        // Six months and a day.
        current({ row: 3, ...low, deadline: '2024-04-29' }),
        current({ row: 4, ...low, deadline: '2024-07-31' }),
        current({ row: 5, ...low, deadline: '2024-12-31' }),
      ]),
    );
    expect(table.rows).toEqual([
      ['High', 1, 0, 0, 1, 2],
      ['Low', 1, 0, 1, 0, 2],
      ['Total', 2, 0, 1, 1, 4],
    ]);
  });

  it('puts an action exactly 3 months past its date in the first band, and a day more in the next, counting short months', () => {
    const band = ageBands('2024-10-31');
    expect([band('2024-07-31'), band('2024-07-30'), band('2024-04-30'), band('2024-04-29'), band('2023-10-31'), band('2023-10-30')]).toEqual([
      0, 1, 1, 2, 2, 3,
    ]);
    // From the end of May, three months back is the end of February.
    expect([ageBands('2024-05-31')('2024-02-29'), ageBands('2024-05-31')('2024-02-28')]).toEqual([0, 1]);
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });
});

describe('implementationRate', () => {
  const actions = [
    current({ row: 1, deadline: '2024-08-31', disposition: 'implemented', closed: '2024-08-31' }),
    current({ row: 2, deadline: '2024-09-30', disposition: 'implemented', closed: '2024-10-02' }),
    current({ row: 3, deadline: '2024-09-30', disposition: 'implemented', closed: null }),
    current({ row: 4, deadline: '2024-10-31' }),
    current({ row: 5, deadline: '2024-07-31', disposition: 'implemented', closed: '2024-07-01' }),
    current({ row: 6, deadline: '2024-11-30', disposition: 'implemented', closed: '2024-10-01' }),
  ];

  it('counts the actions due in the period by what became of them, against the same figure at the last paper', () => {
    const period = periodImplementation(actions, '2024-07-31', NOW);
    expect(period).toEqual({
      from: '2024-07-31',
      to: NOW,
      due: 4,
      byDeadline: 1,
      late: 1,
      dateUnknown: 1,
      awaitingVerification: 0,
      closedWithoutImplementation: 0,
      open: 1,
      rate: 0.25,
    });
    const table = implementationRate(period, recorded(snapshot('2024-07-31', []), 0.6));
    expect(table.rows).toEqual([
      ['Due after 31/07/2024 and by 31/10/2024', 4, 1],
      ['Implemented by their deadline', 1, 0.25],
      ['Implemented after their deadline', 1, 0.25],
      ['Implemented, date not recorded', 1, 0.25],
      ['Still open', 1, 0.25],
      ['Implemented by their deadline at the last paper (31/07/2024)', null, 0.6],
    ]);
  });

  it('asks for the previous meeting date when the period has no start', () => {
    expect(periodImplementation(actions, null, NOW)).toBeNull();
    expect(implementationRate(null, null)).toMatchObject({
      rows: [],
      emptyText: 'Set the previous meeting date to see how many actions due since then were implemented by their deadline.',
    });
  });

  it('says so when nothing fell due', () => {
    expect(implementationRate(periodImplementation([], '2024-07-31', NOW), null)).toMatchObject({
      rows: [],
      emptyText: 'No actions fell due after 31/07/2024 and by 31/10/2024.',
    });
  });
});
