import { summaryFacts } from './summaryFacts';
import type { Analysis } from './types';

/**
 * The headline figures of a refresh, for the pane's visual summary: what a committee member looks at first. Only
 * counts the engine computed (summaryFacts, the same facts the tables and narrative are written from); the
 * priority words are the organisation's own, as the facts carry them.
 */
export interface RefreshHeadline {
  /** Which tables the refresh found: a workbook may hold only one of them. */
  tablesFound: { plan: boolean; actions: boolean };
  actions: number;
  open: number;
  overdue: number;
  /** Overdue actions per priority, highest first, only priorities that have some. */
  overdueByPriority: { priority: string; count: number }[];
  /** Open and falling due within the next DUE_SOON_DAYS days (dueSoon.ts). */
  dueSoon: number;
  audits: number;
  /** Final reports over the audits still in the plan (not cancelled or deferred); null when none remain. */
  delivered: { share: number; finals: number; of: number; excludesCancelledOrDeferred: boolean } | null;
}

/**
 * @example refreshHeadline(analysis) // { overdue: 3, overdueByPriority: [{ priority: 'Medium', count: 1 }, { priority: 'Low', count: 2 }], ... }
 */
export function refreshHeadline(analysis: Analysis): RefreshHeadline {
  const facts = summaryFacts(analysis.plan.rows, analysis.actions.rows, analysis.asOf, analysis.since);
  const count = (stage: string) => facts.byStage.find(([candidate]) => candidate === stage)?.[1] ?? 0;
  const remaining = facts.audits - count('cancelled') - count('deferred');
  return {
    tablesFound: { plan: analysis.plan.table !== null, actions: analysis.actions.table !== null },
    actions: facts.actions,
    open: facts.open,
    overdue: facts.overdue,
    overdueByPriority: facts.overdueByRisk.map(([priority, count]) => ({ priority, count })),
    dueSoon: facts.dueSoon,
    audits: facts.audits,
    delivered:
      facts.delivered === null
        ? null
        : { share: facts.delivered, finals: count('final'), of: remaining, excludesCancelledOrDeferred: facts.deliveredExcludes },
  };
}
