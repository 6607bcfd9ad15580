import { actionRow, planRow } from '@test/core/rows';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import { describeRefresh } from './describeRefresh';
import { comparePaper } from './movement/comparePaper';
import { snapshotOf } from './movement/snapshotOf';
import type { Analysis } from './types';

function analysis(audits: number, specs: Parameters<typeof actionRow>[0][], since: string | null): Analysis {
  const asOf = '2024-10-31';
  const plan = Array.from({ length: audits }, (_, i) => planRow({ row: i + 1, status: 'Planning' }));
  const actions = classifyActions(specs.map(actionRow), asOf, since);
  const tables = { asOf, since, plan: { table: null, rows: plan }, actions: { table: null, rows: actions } };
  return { ...tables, findings: [], summary: buildSummary(plan, actions, asOf, since), paper: comparePaper(snapshotOf(tables), []) };
}

const overdue = { row: 1, deadline: '2024-09-30' };
const signed = { row: 2, deadline: '2024-09-30', signoff: '2024-08-20' };

test('says how many audits and actions, how many are overdue and how many were signed off since', () => {
  expect(describeRefresh(analysis(16, [overdue, overdue, overdue, ...Array(7).fill(signed), { row: 3 }], '2024-07-24'))).toBe(
    '16 audits, 11 actions: 3 overdue, 7 signed off since 24/07/2024',
  );
});

test('uses the singular for one', () => {
  expect(describeRefresh(analysis(1, [overdue], '2024-07-24'))).toBe('1 audit, 1 action: 1 overdue, 0 signed off since 24/07/2024');
});

test('leaves out "signed off since" when there is no previous meeting date', () => {
  expect(describeRefresh(analysis(16, [overdue, signed], null))).toBe('16 audits, 2 actions: 1 overdue');
  expect(describeRefresh(analysis(0, [], null))).toBe('0 audits, 0 actions: 0 overdue');
});
