import { daysBetween } from '../calendar';
import { formatUkDate } from '../ukDates';
import { columns } from '../summaryValues';
import { listWithAnd, plural } from '../wording';
import type { SummaryTable, SummaryValue } from '../types';
import type { CurrentAction, PaperSnapshot } from './paper';
import { byPriority, dateCell, paperPriorityOrder, priorityLabel } from './tableParts';

/**
 * What a committee accepts of revised deadlines (settings, unset by default): the most revisions of one action's
 * deadline, and the longest extension past its original deadline, in days. They are the committee's rules, not
 * data problems, so open actions beyond them are listed for the committee's attention rather than reported as
 * findings.
 */
export interface CommitteeRules {
  mostRevisions: number | null;
  longestExtensionDays: number | null;
}

export const NO_COMMITTEE_RULES: CommitteeRules = { mostRevisions: null, longestExtensionDays: null };

/** Days an action's deadline has been put back past its original one (0 when it has not). */
export function daysAdded(action: CurrentAction): number {
  if (action.originalDeadline === null || action.deadline === null) return 0;
  return Math.max(0, daysBetween(action.originalDeadline, action.deadline));
}

/** Why an open action is beyond the rules, or null when it is not. */
function beyondRules(action: CurrentAction, rules: CommitteeRules): string | null {
  if (action.disposition !== 'open') return null;
  const reasons: string[] = [];
  if (rules.mostRevisions !== null && action.revisions > rules.mostRevisions) {
    reasons.push(`${plural(action.revisions, 'revision')}, more than the ${rules.mostRevisions} accepted`);
  }
  const added = daysAdded(action);
  if (rules.longestExtensionDays !== null && added > rules.longestExtensionDays) {
    reasons.push(`extended by ${plural(added, 'day')}, more than the ${rules.longestExtensionDays} accepted`);
  }
  return reasons.length > 0 ? reasons.join('; ') : null;
}

/** The open actions beyond the committee's rules, highest priority first. */
export function actionsBeyondRules(snapshot: PaperSnapshot, rules: CommitteeRules): { action: CurrentAction; reason: string }[] {
  const beyond: { action: CurrentAction; reason: string }[] = [];
  if (rules.mostRevisions === null && rules.longestExtensionDays === null) return beyond;
  for (const [, group] of byPriority(snapshot.actions, paperPriorityOrder(snapshot))) {
    for (const action of group) {
      const reason = beyondRules(action, rules);
      if (reason !== null) beyond.push({ action, reason });
    }
  }
  return beyond;
}

function rulesText(rules: CommitteeRules): string {
  const parts: string[] = [];
  if (rules.mostRevisions !== null) parts.push(`at most ${plural(rules.mostRevisions, 'revision')} of a deadline`);
  if (rules.longestExtensionDays !== null)
    parts.push(`extensions of at most ${plural(rules.longestExtensionDays, 'day')} past the original deadline`);
  return listWithAnd(parts);
}

/**
 * The committee's-attention block, with the owner (committees ask who), or null when no rule is set.
 *
 * @example committeeAttention(snapshot, { mostRevisions: 2, longestExtensionDays: null })?.rows.length // 1
 */
export function committeeAttention(snapshot: PaperSnapshot, rules: CommitteeRules): SummaryTable | null {
  if (rules.mostRevisions === null && rules.longestExtensionDays === null) return null;
  const beyond = actionsBeyondRules(snapshot, rules);
  const rows: SummaryValue[][] = beyond.map(({ action, reason }) => [
    action.audit,
    action.recommendation,
    priorityLabel(action),
    action.owner,
    dateCell(action.originalDeadline),
    dateCell(action.deadline),
    action.revisions,
    daysAdded(action),
    reason,
  ]);
  return {
    kind: 'table',
    id: 'committee-attention',
    title: "For the committee's attention: deadlines revised beyond its rules",
    columns: columns(
      [
        ['Audit Name', 'text'],
        ['Recommendation', 'text'],
        ['Priority', 'text'],
        ['Owner', 'text'],
        ['Original deadline', 'date'],
        ['Deadline', 'date'],
        ['Revisions', 'number'],
        ['Days added', 'number'],
        ['Why', 'text'],
      ],
      rows,
    ),
    rows,
    sources: beyond.map(({ action }) => action.cell),
    emptyText: `No open action goes beyond the committee's rules (${rulesText(rules)}) as at ${formatUkDate(snapshot.date)}.`,
  };
}
