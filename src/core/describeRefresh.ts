import { formatUkDate } from './ukDates';
import { plural } from './wording';
import type { Analysis } from './types';

/**
 * The one line the pane shows after a refresh. A workbook with one table is described by that table alone, and a
 * tracker without sign-off dates says nothing about what was signed off.
 *
 * @example describeRefresh(analysis) // '16 audits, 11 actions: 3 overdue, 7 signed off since 24/07/2024'
 */
export function describeRefresh(analysis: Analysis): string {
  const actions = analysis.actions.rows;
  const audits = plural(analysis.plan.rows.length, 'audit');
  if (analysis.actions.table === null && analysis.plan.table !== null) return `${audits}; no action tracker found`;
  const overdue = actions.filter((action) => action.overdue).length;
  const waiting = actions.filter((action) => action.disposition === 'awaiting-verification').length;
  const counts = `${plural(actions.length, 'action')}: ${overdue} overdue`;
  const parts = [analysis.plan.table === null && analysis.actions.table !== null ? counts : `${audits}, ${counts}`];
  if (waiting > 0) parts.push(`${waiting} awaiting verification`);
  // A tracker with no sign-off dates cannot say what was signed off since; saying "0" would mislead.
  const closingDates = actions.length === 0 || actions[0].columns.signoff !== null;
  if (analysis.since !== null && closingDates) {
    const signed = actions.filter((action) => action.signedOffSince).length;
    parts.push(`${signed} signed off since ${formatUkDate(analysis.since)}`);
  }
  return parts.join(', ');
}
