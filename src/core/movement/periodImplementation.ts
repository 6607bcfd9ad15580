import type { IsoDate } from '../types';
import type { CurrentAction } from './paper';

/**
 * What became of the actions due in the period between the last meeting and this paper: the figure committees
 * quote as "82% completed within timescale against 76% last period" (Herefordshire).
 */
export interface PeriodImplementation {
  /** The period is after `from`, up to and including `to`. */
  from: IsoDate;
  to: IsoDate;
  /** Actions whose deadline (the latest agreed one) falls in the period. */
  due: number;
  /** Of those: implemented on or before their deadline. */
  byDeadline: number;
  /** Implemented after their deadline. */
  late: number;
  /** Implemented, but the tracker does not say when. */
  dateUnknown: number;
  awaitingVerification: number;
  closedWithoutImplementation: number;
  open: number;
  /** byDeadline over due; null when nothing fell due. */
  rate: number | null;
}

/**
 * The period's figures, or null when the period has no start (no previous meeting and no earlier paper).
 *
 * @example periodImplementation(snapshot.actions, '2024-07-24', '2024-10-31')?.rate // 0.25
 */
export function periodImplementation(actions: readonly CurrentAction[], from: IsoDate | null, to: IsoDate): PeriodImplementation | null {
  if (from === null || from >= to) return null;
  const figures = { from, to, due: 0, byDeadline: 0, late: 0, dateUnknown: 0, awaitingVerification: 0, closedWithoutImplementation: 0, open: 0 };
  for (const action of actions) {
    const { deadline } = action;
    if (deadline === null || deadline <= from || deadline > to) continue;
    figures.due++;
    if (action.disposition === 'open') figures.open++;
    else if (action.disposition === 'awaiting-verification') figures.awaitingVerification++;
    else if (action.disposition === 'closed-without-implementation') figures.closedWithoutImplementation++;
    else if (action.closed === null) figures.dateUnknown++;
    else if (action.closed <= deadline) figures.byDeadline++;
    else figures.late++;
  }
  return { ...figures, rate: figures.due > 0 ? figures.byDeadline / figures.due : null };
}
