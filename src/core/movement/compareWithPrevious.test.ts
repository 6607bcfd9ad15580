import { audit, current, recorded, snapshot } from '@test/core/paperActions';
import { compareWithPrevious, isStill } from './compareWithPrevious';

const THEN = '2024-07-31';
const NOW = '2024-10-31';

describe('compareWithPrevious', () => {
  it('matches a key that appears twice first with first and second with second', () => {
    const before = snapshot(THEN, [current({ row: 1, deadline: '2024-06-30' }), current({ row: 2, deadline: '2024-09-30' })]);
    const after = snapshot(NOW, [current({ row: 1, deadline: '2024-06-30' }), current({ row: 2, deadline: '2024-12-31' })]);
    const movement = compareWithPrevious(recorded(before), after);
    expect(movement.moved.map(({ action, from, to, days }) => [action.cell, from, to, days])).toEqual([
      ['Actions!A3', '2024-09-30', '2024-12-31', 92],
    ]);
    expect([movement.added, movement.removed]).toEqual([[], []]);
  });

  it('reports a third copy of a key as added', () => {
    const one = current({ row: 1 });
    const movement = compareWithPrevious(recorded(snapshot(THEN, [one, one])), snapshot(NOW, [one, one, current({ row: 3 })]));
    expect(movement.added.map((action) => action.cell)).toEqual(['Actions!A4']);
  });

  it('does not count a deadline that was blank then, or cleared now, as moved', () => {
    const before = snapshot(THEN, [current({ row: 1, deadline: null }), current({ row: 2, recommendation: '2', deadline: '2024-06-30' })]);
    const after = snapshot(NOW, [current({ row: 1, deadline: '2024-12-31' }), current({ row: 2, recommendation: '2', deadline: null })]);
    expect(compareWithPrevious(recorded(before), after).moved).toEqual([]);
  });

  it('counts a deadline brought forward as moved, with negative days', () => {
    const before = snapshot(THEN, [current({ row: 1, deadline: '2024-12-31' })]);
    const after = snapshot(NOW, [current({ row: 1, deadline: '2024-11-30' })]);
    expect(compareWithPrevious(recorded(before), after).moved.map((move) => move.days)).toEqual([-31]);
  });

  it('counts an action added and closed since as closed, but not one added already closed before the last paper', () => {
    const after = snapshot(NOW, [
      current({ row: 1, disposition: 'implemented', closed: '2024-09-01' }),
      current({ row: 2, recommendation: '2', disposition: 'implemented', closed: '2024-05-01' }),
      current({ row: 3, recommendation: '3', disposition: 'implemented', closed: null }),
    ]);
    const movement = compareWithPrevious(recorded(snapshot(THEN, [])), after);
    expect(movement.closed.map((action) => action.cell)).toEqual(['Actions!A2']);
    expect(movement.added.length).toBe(3);
  });

  it('reports an action closed then and open now as reopened, not closed', () => {
    const before = snapshot(THEN, [current({ row: 1, disposition: 'implemented', closed: '2024-07-01' })]);
    const movement = compareWithPrevious(recorded(before), snapshot(NOW, [current({ row: 1 })]));
    expect([movement.reopened.map((action) => action.cell), movement.closed]).toEqual([['Actions!A2'], []]);
  });

  it('judges overdue then on the last paper’s date and overdue now on this one’s', () => {
    const action = current({ row: 1, deadline: '2024-08-31' });
    const movement = compareWithPrevious(recorded(snapshot(THEN, [action])), snapshot(NOW, [action]));
    expect([movement.overdueThen, movement.overdueNow, movement.newlyOverdue.length, movement.stillOverdue.length]).toEqual([0, 1, 1, 0]);
  });

  it('puts each action overdue last time in one cohort, an action re-dated but still overdue in "still overdue"', () => {
    const overdue = (row: number, deadline: string) => current({ row, recommendation: String(row), deadline, originalDeadline: '2024-06-30' });
    const before = snapshot(
      THEN,
      [1, 2, 3, 4, 5, 6].map((row) => overdue(row, '2024-06-30')),
    );
    const after = snapshot(NOW, [
      { ...overdue(1, '2024-06-30'), disposition: 'implemented' as const, closed: '2024-08-01' },
      { ...overdue(2, '2024-06-30'), disposition: 'awaiting-verification' as const },
      { ...overdue(3, '2024-06-30'), disposition: 'closed-without-implementation' as const },
      overdue(4, '2024-12-31'),
      overdue(5, '2024-09-30'),
    ]);
    expect(compareWithPrevious(recorded(before), after).cohort).toEqual({
      then: 6,
      implemented: 1,
      awaitingVerification: 1,
      closedWithoutImplementation: 1,
      redated: 1,
      stillOverdue: 1,
      removed: 1,
    });
  });

  it('reports audits that moved stage, joined the plan or left it, by name whatever its case and spacing', () => {
    const before = snapshot(THEN, [], [audit('Covert Accounts', 'draft'), audit('Insurance', 'planning'), audit('Payroll', 'fieldwork')]);
    const after = snapshot(NOW, [], [audit('covert  accounts', 'final', 'Limited'), audit('Payroll', 'fieldwork'), audit('Vetting', 'planning')]);
    expect(compareWithPrevious(recorded(before), after).audits).toEqual([
      { audit: 'covert  accounts', from: 'draft', to: 'final', opinion: 'Limited' },
      { audit: 'Vetting', from: null, to: 'planning', opinion: null },
      { audit: 'Insurance', from: 'planning', to: null, opinion: null },
    ]);
  });
});

describe('isStill', () => {
  it('is true for a paper compared with itself and false once anything moved', () => {
    const paper = snapshot(NOW, [current({ row: 1, deadline: '2024-06-30' })], [audit('Payroll', 'planning')]);
    expect(isStill(compareWithPrevious(recorded(paper), paper))).toBe(true);
    const later = snapshot(NOW, [current({ row: 1, deadline: '2024-12-31' })], [audit('Payroll', 'planning')]);
    expect(isStill(compareWithPrevious(recorded(paper), later))).toBe(false);
  });
});
