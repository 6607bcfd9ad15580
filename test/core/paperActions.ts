/**
 * Hand-built paper snapshots for the movement work's unit tests: an action needs only what the test is about, and
 * the rest takes the values of an open, ungraded-free "Payroll 1" with no deadline revised.
 */
import { actionKey, auditKey } from '../../src/core/movement/actionKey';
import type { CurrentAction, PaperAudit, PaperSnapshot, RecordedPaper } from '../../src/core/movement/paper';
import type { IsoDate } from '../../src/core/types';

export function current(spec: Partial<CurrentAction> & { row: number }): CurrentAction {
  const audit = spec.audit ?? 'Payroll';
  const recommendation = spec.recommendation ?? '1';
  const { row, ...rest } = spec;
  return {
    key: actionKey(audit, recommendation),
    audit,
    recommendation,
    disposition: 'open',
    deadline: null,
    revisions: 0,
    closed: null,
    cell: `Actions!A${row + 1}`,
    priority: 'Medium',
    priorityRank: 2,
    owner: null,
    originalDeadline: spec.deadline ?? null,
    ...rest,
  };
}

export function audit(name: string, stage: string, opinion: string | null = null): PaperAudit {
  return { key: auditKey(name), audit: name, stage, opinion };
}

export function snapshot(date: IsoDate, actions: CurrentAction[], audits: PaperAudit[] = [], since: IsoDate | null = null): PaperSnapshot {
  return { date, since, actions, audits };
}

/** A recorded paper as the reader gives it back: the snapshot without what is not recorded. */
export function recorded(paper: PaperSnapshot, implementationRate: number | null = null): RecordedPaper {
  return {
    date: paper.date,
    since: paper.since,
    figures: { audits: paper.audits.length, finalised: 0, actions: paper.actions.length, open: 0, overdue: 0, implementationRate },
    actions: paper.actions.map(({ key, audit, recommendation, disposition, deadline, revisions, closed }) => ({
      key,
      audit,
      recommendation,
      disposition,
      deadline,
      revisions,
      closed,
    })),
    audits: paper.audits,
  };
}
