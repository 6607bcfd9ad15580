/**
 * The one file that reads the engine's rows for the movement work: everything else (recording, comparing, the
 * committee's tables, the narrative, the committee's rules) works from the PaperSnapshot made here.
 *
 * Today's rows carry no action status, owner, reference column or list of revised dates, so the snapshot fills
 * those fields as well as today's types allow, and this file is where they will be read once the engine has them
 * (issue 7: status column and dispositions, original and revised-date columns, owner, reference beside the text,
 * priorities in the organisation's words with one rank):
 * - disposition: an action with no sign-off is open; signed off with a date, implemented; a sign-off cell that says
 *   "Superseded", "Not adopted", "Risk accepted", "Withdrawn" or "No longer applicable" closes it without
 *   implementation; any other text there closes it as implemented (as classifyActions reads it);
 * - original deadline: the deadline column; revisions: 1 when a revised deadline holds a date other than it;
 * - owner: null; key: the audit and the recommendation column (the reference, when issue 7 reads one);
 * - priority: the recognised risk word, or the cell's own text when it is not one; rank from riskRank.
 */
import { riskRank } from '../vocabulary';
import type { Analysis, ClassifiedAction, DateReading, IsoDate, PlanRow } from '../types';
import { auditKey, joinKey, keyPart, referenceKey, remembered } from './actionKey';
import type { CurrentAction, Disposition, PaperAudit, PaperSnapshot } from './paper';

/**
 * Priorities at this rank or above are "high priority" in the narrative ("overdue actions fell from 9 to 6, 2 of
 * them high priority"): High and Critical on today's scale.
 */
export const HIGH_PRIORITY_RANK = riskRank('High');

/** The parts of an analysis a snapshot is made from (the summary is built after it). */
export type SnapshotSource = Pick<Analysis, 'asOf' | 'since' | 'plan' | 'actions'>;

/** @example snapshotOf(analyseWorkbook(cells, options)).actions[0].disposition // 'implemented' */
export function snapshotOf(source: SnapshotSource): PaperSnapshot {
  const keys: ActionKeys = { audit: remembered(keyPart), reference: remembered(referenceKey) };
  return {
    date: source.asOf,
    since: source.since,
    actions: source.actions.rows.map((action) => currentAction(action, keys)),
    audits: source.plan.rows.map(paperAudit),
  };
}

const CLOSED_WITHOUT_IMPLEMENTATION = /\b(superseded|not adopted|risk accepted|withdrawn|no longer (applicable|required|relevant))\b/i;

function disposition(action: ClassifiedAction): Disposition {
  if (action.open) return 'open';
  const { signoff } = action;
  if (signoff.kind === 'unreadable' && CLOSED_WITHOUT_IMPLEMENTATION.test(signoff.text)) return 'closed-without-implementation';
  return 'implemented';
}

function dateOf(reading: DateReading): IsoDate | null {
  return reading.kind === 'date' ? reading.date : null;
}

interface ActionKeys {
  audit: (text: string) => string;
  reference: (text: string) => string;
}

function currentAction(action: ClassifiedAction, keys: ActionKeys): CurrentAction {
  const original = dateOf(action.deadline);
  const revised = dateOf(action.revisedDeadline);
  const riskText = action.riskText.trim();
  return {
    key: joinKey(keys.audit(action.audit), keys.reference(action.recommendation)),
    audit: action.audit,
    recommendation: action.recommendation,
    disposition: disposition(action),
    deadline: action.effectiveDeadline,
    revisions: revised !== null && revised !== original ? 1 : 0,
    closed: action.signoffDate,
    cell: action.ref.address,
    priority: action.risk ?? (riskText === '' ? null : riskText),
    priorityRank: riskRank(action.risk),
    owner: null,
    // With no readable first deadline, the revised one is the earliest date known.
    originalDeadline: original ?? action.effectiveDeadline,
  };
}

function paperAudit(row: PlanRow): PaperAudit {
  return { key: auditKey(row.audit), audit: row.audit, stage: row.stage, opinion: row.opinion };
}
