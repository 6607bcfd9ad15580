/**
 * What moved between the last recorded paper and this one. Actions are matched by key (actionKey.ts) and nothing
 * else: an action whose reference changed is reported as removed and added, never guessed at. When a key appears
 * more than once (the same recommendation twice, which a check reports), the first on each paper are matched,
 * then the second, and so on.
 */
import { daysBetween } from '../calendar';
import type { IsoDate } from '../types';
import { isOverdue, type CurrentAction, type PaperAction, type PaperAudit, type PaperSnapshot, type RecordedPaper } from './paper';

export interface MovedDeadline {
  action: CurrentAction;
  from: IsoDate;
  to: IsoDate;
  /** Positive for an extension, negative for a deadline brought forward. */
  days: number;
}

/** What became of the actions that were overdue on the last paper (Herefordshire's cohorts). */
export interface OverdueCohort {
  then: number;
  implemented: number;
  awaitingVerification: number;
  closedWithoutImplementation: number;
  /** Open, and no longer overdue because the deadline was moved (or cleared). */
  redated: number;
  /** Open and overdue still, whether or not the deadline was moved meanwhile. */
  stillOverdue: number;
  /** No longer in the tracker (or re-keyed). */
  removed: number;
}

/** An audit whose stage changed; `from` null means added to the plan, `to` null removed from it. */
export interface AuditChange {
  audit: string;
  from: string | null;
  to: string | null;
  /** The opinion now (or, for a removed audit, the last one recorded). */
  opinion: string | null;
}

export interface Movement {
  previousPaper: IsoDate;
  added: CurrentAction[];
  /** Actions on the last paper that this one does not have, as recorded then. */
  removed: PaperAction[];
  /** Closed since the last paper: open then, or added since and closed after it. */
  closed: CurrentAction[];
  /** Closed on the last paper and open again now. */
  reopened: CurrentAction[];
  /** Deadlines that moved, both then and now a date. */
  moved: MovedDeadline[];
  newlyOverdue: CurrentAction[];
  stillOverdue: CurrentAction[];
  overdueThen: number;
  overdueNow: number;
  cohort: OverdueCohort;
  audits: AuditChange[];
}

/**
 * @example compareWithPrevious(julyPaper, snapshotOf(analysis)).overdueThen // 9
 */
export function compareWithPrevious(previous: RecordedPaper, current: PaperSnapshot): Movement {
  const then = previous.date;
  const now = current.date;
  const pairs = matchByKey(previous.actions, current.actions);
  const movement: Movement = {
    previousPaper: then,
    added: [],
    removed: pairs.unmatched,
    closed: [],
    reopened: [],
    moved: [],
    newlyOverdue: [],
    stillOverdue: [],
    overdueThen: 0,
    overdueNow: 0,
    cohort: { then: 0, implemented: 0, awaitingVerification: 0, closedWithoutImplementation: 0, redated: 0, stillOverdue: 0, removed: 0 },
    audits: auditChanges(previous.audits, current.audits),
  };
  const { cohort } = movement;
  for (const action of previous.actions) {
    if (isOverdue(action, then)) movement.overdueThen++;
  }
  for (const old of pairs.unmatched) {
    if (isOverdue(old, then)) cohort.removed++;
  }
  for (let index = 0; index < current.actions.length; index++) {
    const action = current.actions[index];
    const old = pairs.matched[index];
    const overdueNow = isOverdue(action, now);
    if (overdueNow) movement.overdueNow++;
    if (old === undefined) {
      movement.added.push(action);
      if (overdueNow) movement.newlyOverdue.push(action);
      if (action.disposition !== 'open' && action.closed !== null && action.closed > then) movement.closed.push(action);
      continue;
    }
    if (old.disposition === 'open' && action.disposition !== 'open') movement.closed.push(action);
    if (old.disposition !== 'open' && action.disposition === 'open') movement.reopened.push(action);
    if (old.deadline !== null && action.deadline !== null && old.deadline !== action.deadline) {
      movement.moved.push({ action, from: old.deadline, to: action.deadline, days: daysBetween(old.deadline, action.deadline) });
    }
    const overdueThen = isOverdue(old, then);
    if (overdueNow) (overdueThen ? movement.stillOverdue : movement.newlyOverdue).push(action);
    if (!overdueThen) continue;
    if (action.disposition === 'implemented') cohort.implemented++;
    else if (action.disposition === 'awaiting-verification') cohort.awaitingVerification++;
    else if (action.disposition === 'closed-without-implementation') cohort.closedWithoutImplementation++;
    else if (overdueNow) cohort.stillOverdue++;
    else cohort.redated++;
  }
  cohort.then = movement.overdueThen;
  return movement;
}

/** True when nothing moved: what comparing an unchanged workbook with its own record must give. */
export function isStill(movement: Movement): boolean {
  return (
    movement.added.length === 0 &&
    movement.removed.length === 0 &&
    movement.closed.length === 0 &&
    movement.reopened.length === 0 &&
    movement.moved.length === 0 &&
    movement.newlyOverdue.length === 0 &&
    movement.overdueThen === movement.overdueNow &&
    movement.audits.length === 0
  );
}

interface Matching<T> {
  /** Parallel to the current list: the earlier item with the same key, or undefined. */
  matched: (T | undefined)[];
  /** Earlier items nothing matched, in their order. */
  unmatched: T[];
}

/**
 * Pairs each current item with the earlier item of the same key: the first of a key on each paper, then the second,
 * and so on.
 *
 * A tracker keeps its rows in order from one meeting to the next, so the two papers usually agree item for item up
 * to the first action added or taken out (to the end, when nothing was): those are paired by position, comparing
 * keys in place, which is exactly what pairing by key gives there (each key has come up as often on both papers).
 * Only the items after the first difference are looked up by key; at 20,000 actions, putting every key through a
 * Map (each a new string to hash) would be most of the cost of comparing two papers.
 */
function matchByKey<T extends { key: string }>(earlier: readonly T[], current: readonly { key: string }[]): Matching<T> {
  const matched: (T | undefined)[] = new Array(current.length);
  const shared = Math.min(earlier.length, current.length);
  let start = 0;
  while (start < shared && earlier[start].key === current[start].key) {
    matched[start] = earlier[start];
    start++;
  }
  if (start === earlier.length && start === current.length) return { matched, unmatched: [] };
  // The rest by key. For each key its first earlier position, and for each position the next one with the same key
  // (-1 for none): built back to front, so a key's positions come out in order. No array per key, as almost every
  // key is unique.
  const first = new Map<string, number>();
  const next = new Int32Array(earlier.length);
  for (let index = earlier.length - 1; index >= start; index--) {
    const key = earlier[index].key;
    next[index] = first.get(key) ?? -1;
    first.set(key, index);
  }
  const used = new Uint8Array(earlier.length);
  for (let i = start; i < current.length; i++) {
    const key = current[i].key;
    const index = first.get(key);
    if (index === undefined || index === -1) continue;
    first.set(key, next[index]);
    used[index] = 1;
    matched[i] = earlier[index];
  }
  const unmatched: T[] = [];
  for (let index = start; index < earlier.length; index++) if (used[index] === 0) unmatched.push(earlier[index]);
  return { matched, unmatched };
}

function auditChanges(earlier: readonly PaperAudit[], current: readonly PaperAudit[]): AuditChange[] {
  const { matched, unmatched } = matchByKey(earlier, current);
  const changes: AuditChange[] = [];
  current.forEach((audit, index) => {
    const old = matched[index];
    if (old === undefined) changes.push({ audit: audit.audit, from: null, to: audit.stage, opinion: audit.opinion });
    else if (old.stage !== audit.stage) changes.push({ audit: audit.audit, from: old.stage, to: audit.stage, opinion: audit.opinion });
  });
  for (const old of unmatched) changes.push({ audit: old.audit, from: old.stage, to: null, opinion: old.opinion });
  return changes;
}
