/**
 * The one file that reads the engine's rows for the movement work: everything else (recording, comparing, the
 * committee's tables, the narrative, the committee's rules) works from the PaperSnapshot made here.
 *
 * - key: the audit and the recommendation's reference (its text when the tracker has no reference column), trimmed,
 *   case and spacing ignored, so an action is matched across papers by what identifies it;
 * - disposition, original deadline, revisions and owner: as the engine read them from the status, the closing date,
 *   the original and revised-date columns and the owner column;
 * - priority: the organisation's own grade word (or the cell's text when it is not one), with its rank across scales.
 */
import { GRADE_WORDS } from '../priorities';
import type { Analysis, ClassifiedAction, PlanRow } from '../types';
import { remembered } from '../remembered';
import { auditKey, joinKey, keyPart, referenceKey } from './actionKey';
import type { CurrentAction, PaperAudit, PaperSnapshot } from './paper';

/**
 * Priorities at this rank or above are "high priority" in the narrative ("overdue actions fell from 9 to 6, 2 of
 * them high priority"): High and Critical, and the grades other scales rank with them (Fundamental, Priority 1, Red).
 */
export const HIGH_PRIORITY_RANK = GRADE_WORDS.indexOf('High');

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

interface ActionKeys {
  audit: (text: string) => string;
  reference: (text: string) => string;
}

function currentAction(action: ClassifiedAction, keys: ActionKeys): CurrentAction {
  const riskText = action.riskText.trim();
  return {
    key: joinKey(keys.audit(action.audit), keys.reference(action.reference || action.recommendation)),
    audit: action.audit,
    recommendation: action.reference || action.recommendation,
    disposition: action.disposition,
    deadline: action.effectiveDeadline,
    revisions: action.revisionCount,
    closed: action.signoffDate,
    cell: action.ref.address,
    priority: action.risk ?? (riskText === '' ? null : riskText),
    priorityRank: action.riskRank,
    owner: action.owner === '' ? null : action.owner,
    // With no readable first deadline, the one in force is the earliest date known.
    originalDeadline: action.originalDeadline ?? action.effectiveDeadline,
  };
}

function paperAudit(row: PlanRow): PaperAudit {
  return { key: auditKey(row.audit), audit: row.audit, stage: row.stage, opinion: row.opinion };
}
