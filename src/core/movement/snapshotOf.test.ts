import { actionRow, planRow } from '@test/core/rows';
import { classifyActions } from '../classifyActions';
import { actionKey } from './actionKey';
import { snapshotOf } from './snapshotOf';

const asOf = '2024-10-31';

function snapshot(specs: Parameters<typeof actionRow>[0][]) {
  const actions = classifyActions(specs.map(actionRow), asOf, '2024-07-24');
  const plan = [planRow({ row: 1, audit: 'Covert Accounts', status: 'Finalised- Reasonable assurance' })];
  return snapshotOf({ asOf, since: '2024-07-24', plan: { table: null, rows: plan }, actions: { table: null, rows: actions } });
}

describe('snapshotOf, over the engine rows of today', () => {
  it('keeps the paper’s dates and each audit’s stage and opinion', () => {
    const paper = snapshot([]);
    expect([paper.date, paper.since]).toEqual(['2024-10-31', '2024-07-24']);
    expect(paper.audits).toEqual([{ key: 'covertaccounts', audit: 'Covert Accounts', stage: 'final', opinion: 'Reasonable' }]);
  });

  it('makes an open action of one with no sign-off, keyed by its audit and recommendation, with its cell and priority', () => {
    expect(snapshot([{ row: 3, audit: 'Payroll', recommendation: '2', risk: 'High', deadline: '2024-09-30' }]).actions).toEqual([
      {
        key: actionKey('Payroll', '2'),
        audit: 'Payroll',
        recommendation: '2',
        disposition: 'open',
        deadline: '2024-09-30',
        revisions: 0,
        closed: null,
        cell: 'Actions!A4',
        priority: 'High',
        priorityRank: 1,
        owner: null,
        originalDeadline: '2024-09-30',
      },
    ]);
  });

  it('counts a revised deadline as one revision and keeps the first deadline as the original', () => {
    const [action] = snapshot([{ row: 1, deadline: '2024-06-30', revised: '2024-12-31' }]).actions;
    expect([action.deadline, action.originalDeadline, action.revisions]).toEqual(['2024-12-31', '2024-06-30', 1]);
  });

  it('takes the revised deadline as the original when the first one is not a date', () => {
    const [action] = snapshot([{ row: 1, deadline: { kind: 'placeholder', text: 'TBC' }, revised: '2024-12-31' }]).actions;
    expect([action.deadline, action.originalDeadline, action.revisions]).toEqual(['2024-12-31', '2024-12-31', 1]);
  });

  it('closes an action signed off with a date as implemented, and one whose sign-off says "Superseded" without implementation', () => {
    const actions = snapshot([
      { row: 1, deadline: '2024-06-30', signoff: '2024-08-20' },
      { row: 2, deadline: '2024-06-30', signoff: { kind: 'unreadable', text: 'Superseded by the 2024 review' } },
      { row: 3, deadline: '2024-06-30', signoff: { kind: 'unreadable', text: 'Risk accepted' } },
      { row: 4, deadline: '2024-06-30', signoff: { kind: 'unreadable', text: 'Done' } },
    ]).actions;
    expect(actions.map((action) => [action.disposition, action.closed])).toEqual([
      ['implemented', '2024-08-20'],
      ['closed-without-implementation', null],
      ['closed-without-implementation', null],
      ['implemented', null],
    ]);
  });

  it('keeps an unrecognised priority in the tracker’s own words, ranked last', () => {
    const [action] = snapshot([{ row: 1, risk: 'Meduim ' }]).actions;
    expect([action.priority, action.priorityRank]).toEqual(['Meduim', 5]);
  });
});
