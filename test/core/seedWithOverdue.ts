/**
 * The seed paper's tables as at 15/08/2024, previous meeting 24/04/2024, with three of its Procurement actions not
 * yet signed off: they fell due on 30/07/2024, so the summary has overdue actions, open actions by risk and both
 * charts, as a committee in the middle of the year would see them.
 */
import { buildSummary } from '../../src/core/buildSummary';
import { classifyActions } from '../../src/core/classifyActions';
import type { ActionRow, SummaryModel } from '../../src/core/types';
import { seedActionRows, seedPlanRows } from './seedRows';

export const MID_YEAR = { asOf: '2024-08-15', since: '2024-04-24' } as const;

export function seedSummaryWithOverdue(actions: ActionRow[] = seedActionRows()): SummaryModel {
  const open = actions.map((action, index) => (index >= 1 && index <= 3 ? { ...action, signoff: { kind: 'blank' as const } } : action));
  return buildSummary(seedPlanRows(), classifyActions(open, MID_YEAR.asOf, MID_YEAR.since), MID_YEAR.asOf, MID_YEAR.since);
}
