import { actionRow, planRow } from '@test/core/rows';
import { seedActionRows, seedPlanRows } from '@test/core/seedRows';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import { comparePaper } from './movement/comparePaper';
import { snapshotOf } from './movement/snapshotOf';
import { refreshHeadline } from './refreshHeadline';
import type { ActionRow, Analysis, LocatedTable, PlanRow } from './types';

const ASOF = '2024-10-31';

function analysis(plan: PlanRow[], actionRows: ActionRow[], found = { plan: true, actions: true }): Analysis {
  const actions = classifyActions(actionRows, ASOF, '2024-07-24');
  const table = (kind: 'plan' | 'actions') => ({ kind, sheet: kind }) as unknown as LocatedTable<never>;
  const tables = {
    asOf: ASOF,
    since: '2024-07-24',
    plan: { table: found.plan ? table('plan') : null, rows: plan },
    actions: { table: found.actions ? table('actions') : null, rows: actions },
  };
  return { ...tables, findings: [], summary: buildSummary(plan, actions, ASOF, '2024-07-24'), paper: comparePaper(snapshotOf(tables), []) };
}

describe('refreshHeadline', () => {
  it('gives overdue actions by priority in the tracker’s own words, highest first, with due soon and the plan delivered', () => {
    const actions = [
      actionRow({ row: 1, risk: 'Low', deadline: '2024-09-30' }),
      actionRow({ row: 2, risk: 'High', deadline: '2024-10-01' }),
      actionRow({ row: 3, risk: 'Low', deadline: '2024-08-31' }),
      actionRow({ row: 4, risk: 'Meduim', deadline: '2024-08-31' }),
      actionRow({ row: 5, risk: 'Medium', deadline: '2024-11-15' }),
      actionRow({ row: 6, risk: 'High', deadline: '2024-12-31' }),
      actionRow({ row: 7, risk: 'High', deadline: '2024-06-30', signoff: '2024-08-01' }),
    ];
    expect(refreshHeadline(analysis(seedPlanRows(), actions))).toEqual({
      tablesFound: { plan: true, actions: true },
      actions: 7,
      open: 6,
      overdue: 4,
      overdueByPriority: [
        { priority: 'High', count: 1 },
        { priority: 'Low', count: 2 },
        { priority: 'Not graded', count: 1 },
      ],
      dueSoon: 1,
      audits: 16,
      delivered: { share: 0.125, finals: 2, of: 16, excludesCancelledOrDeferred: false },
    });
  });

  it('leaves cancelled and deferred audits out of the plan delivered, and says so', () => {
    const plan = [
      planRow({ row: 1, status: 'Final report issued' }),
      planRow({ row: 2, status: 'Fieldwork' }),
      planRow({ row: 3, status: 'Cancelled' }),
      planRow({ row: 4, status: 'Deferred to 2025/26' }),
    ];
    expect(refreshHeadline(analysis(plan, seedActionRows())).delivered).toEqual({ share: 0.5, finals: 1, of: 2, excludesCancelledOrDeferred: true });
  });

  it('has no plan delivered and no overdue actions for a workbook that holds only a tracker with everything signed off', () => {
    const headline = refreshHeadline(analysis([], seedActionRows(), { plan: false, actions: true }));
    expect([headline.tablesFound, headline.delivered, headline.overdue, headline.overdueByPriority]).toEqual([
      { plan: false, actions: true },
      null,
      0,
      [],
    ]);
  });
});
