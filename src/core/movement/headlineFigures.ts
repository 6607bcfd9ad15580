import { isOverdue, type HeadlineFigures, type PaperSnapshot } from './paper';
import type { PeriodImplementation } from './periodImplementation';

/**
 * The numbers recorded with a paper, for the next paper to compare with and for the pane's list of papers. The loop
 * over actions is indexed: it runs once per paper, and for...of would step an iterator per action before the
 * function is optimised.
 *
 * @example headlineFigures(snapshot, period) // { audits: 16, finalised: 2, actions: 7, open: 0, overdue: 0, implementationRate: 0.25 }
 */
export function headlineFigures(snapshot: PaperSnapshot, period: PeriodImplementation | null): HeadlineFigures {
  let open = 0;
  let overdue = 0;
  const { actions } = snapshot;
  for (let i = 0; i < actions.length; i++) {
    if (actions[i].disposition === 'open') open++;
    if (isOverdue(actions[i], snapshot.date)) overdue++;
  }
  return {
    audits: snapshot.audits.length,
    finalised: snapshot.audits.filter((audit) => audit.stage === 'final').length,
    actions: snapshot.actions.length,
    open,
    overdue,
    implementationRate: period?.rate ?? null,
  };
}
