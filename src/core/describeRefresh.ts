import { formatUkDate } from './dates';
import { plural } from './narrative';
import type { Analysis } from './types';

/**
 * The one line the pane shows after a refresh.
 *
 * @example describeRefresh(analysis) // '16 audits, 11 actions: 3 overdue, 7 signed off since 24/07/2024'
 */
export function describeRefresh(analysis: Analysis): string {
  const actions = analysis.actions.rows;
  const overdue = actions.filter((action) => action.overdue).length;
  const counts = `${plural(analysis.plan.rows.length, 'audit')}, ${plural(actions.length, 'action')}: ${overdue} overdue`;
  if (analysis.since === null) return counts;
  const signed = actions.filter((action) => action.signedOffSince).length;
  return `${counts}, ${signed} signed off since ${formatUkDate(analysis.since)}`;
}
