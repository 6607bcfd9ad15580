import { addDays, daysBetween } from './dates';
import type { ActionRow, ClassifiedAction, DateReading, Disposition, IsoDate } from './types';

/** How far ahead "due soon" looks: the committee meets roughly quarterly and asks what falls due before then. */
export const DUE_SOON_DAYS = 30;

function dateOf(reading: DateReading): IsoDate | null {
  return reading.kind === 'date' ? reading.date : null;
}

/**
 * Whether a sign-off cell closes the action. A readable date does; so does anything else a person typed there
 * ("Implemented", a mistyped date), because they meant it as signed off: counting it overdue would be a judgement
 * the data does not support, and validation reports the unreadable cell. Blank cells, placeholders such as "TBC" or
 * "N/A", and formulas never calculated (their value is unknown) leave the action open.
 */
function closesAction(signoff: DateReading): boolean {
  return signoff.kind !== 'blank' && signoff.kind !== 'placeholder' && signoff.kind !== 'uncalculated';
}

/**
 * The action's disposition: its status says, and a closing date closes it as it always has. A status that says
 * open beside a closing date is counted closed (implemented) and reported by status-contradicts-date; a status the
 * engine cannot read leaves the closing date to decide.
 */
export function dispositionOf(row: ActionRow): Disposition {
  const byStatus = row.status.disposition;
  if (byStatus !== null && byStatus !== 'open') return byStatus;
  return closesAction(row.signoff) ? 'implemented' : 'open';
}

/** The original deadline, the one in force now, and how many times it moved. */
export interface DeadlineHistory {
  original: IsoDate | null;
  effective: IsoDate | null;
  revisions: number;
}

/**
 * Walks the deadline cells left to right: the deadline column, then each revised column in order. The right-most
 * date wins; a revised column that is blank, "TBC" or unreadable leaves the previous date in force. A revised
 * column repeating the date before it is not a revision. A cell that says it holds a revision ("31 March 2025
 * (revised)", "March 2015 - revised target date October 2016") counts as one, with the date it names as the
 * original. A formula never calculated makes the deadline unknown (null) until a later column gives a date: its
 * value might have moved the deadline, and calling the action overdue on a guess would be worse than saying nothing
 * (uncalculated-formula reports the cell).
 *
 * @example deadlineHistory(row) // { original: '2024-03-31', effective: '2024-09-30', revisions: 2 }
 */
export function deadlineHistory(row: ActionRow): DeadlineHistory {
  let original: IsoDate | null = null;
  let effective: IsoDate | null = null;
  let revisions = 0;
  let started = false;
  const take = (reading: DateReading, revisionColumn: boolean) => {
    if (reading.kind === 'uncalculated') {
      started = true;
      effective = null;
      return;
    }
    if (reading.kind !== 'date') return;
    if (reading.earlier !== undefined) {
      if (!started) original = reading.earlier;
      revisions += 1;
    } else if (!revisionColumn && !started) {
      original = reading.date;
    } else if (reading.date !== effective) {
      revisions += 1;
    }
    started = true;
    effective = reading.date;
  };
  take(row.deadline, false);
  for (const revised of row.revisedDeadlines) take(revised.reading, true);
  return { original, effective, revisions };
}

/**
 * One action as of the paper's date.
 *
 * @param asOf the paper's date; overdue means the effective deadline is before it.
 * @param since the previous meeting's date; "signed off since" means after it and on or before asOf.
 * @param dueSoonLimit the last day counted as "due within 30 days"; worked out once when classifying many actions.
 */
export function classifyAction(
  row: ActionRow,
  asOf: IsoDate,
  since: IsoDate | null,
  dueSoonLimit: IsoDate = addDays(asOf, DUE_SOON_DAYS),
): ClassifiedAction {
  const { original, effective, revisions } = deadlineHistory(row);
  const signoffDate = dateOf(row.signoff);
  const disposition = dispositionOf(row);
  const open = disposition === 'open';
  const overdue = open && effective !== null && effective < asOf;
  // Built field by field rather than with a spread: one stable object shape keeps 20,000 actions fast.
  return {
    ref: row.ref,
    audit: row.audit,
    auditRef: row.auditRef,
    reference: row.reference,
    referenceRef: row.referenceRef,
    recommendation: row.recommendation,
    recommendationRef: row.recommendationRef,
    risk: row.risk,
    riskRank: row.riskRank,
    riskText: row.riskText,
    riskRef: row.riskRef,
    owner: row.owner,
    ownerRef: row.ownerRef,
    response: row.response,
    responseRef: row.responseRef,
    statusText: row.statusText,
    statusRef: row.statusRef,
    status: row.status,
    deadline: row.deadline,
    deadlineRef: row.deadlineRef,
    revisedDeadlines: row.revisedDeadlines,
    signoff: row.signoff,
    signoffRef: row.signoffRef,
    uncalculated: row.uncalculated,
    effectiveDeadline: effective,
    originalDeadline: original,
    revisionCount: revisions,
    daysAdded: original !== null && effective !== null ? daysBetween(original, effective) : null,
    signoffDate,
    disposition,
    open,
    overdue,
    daysOverdue: overdue && effective !== null ? daysBetween(effective, asOf) : 0,
    dueWithin30Days: open && !overdue && effective !== null && effective <= dueSoonLimit,
    // Signed off means closed on that date; "awaiting verification" is management's word, not yet a sign-off.
    signedOffSince:
      since !== null && signoffDate !== null && disposition !== 'awaiting-verification' && since < signoffDate && signoffDate <= asOf,
    implementedLate: signoffDate !== null && effective !== null && signoffDate > effective,
  };
}

/**
 * Every action as of the paper's date, in the order given.
 *
 * @example classifyActions(rows, '2024-10-31', '2024-07-24')
 */
export function classifyActions(rows: readonly ActionRow[], asOf: IsoDate, since: IsoDate | null): ClassifiedAction[] {
  return rows.map(actionClassifier(asOf, since));
}

/**
 * classifyAction with the paper's dates fixed and the due-soon limit worked out once, for classifying rows one at a
 * time as they are read (mapActionRows).
 */
export function actionClassifier(asOf: IsoDate, since: IsoDate | null): (row: ActionRow) => ClassifiedAction {
  const dueSoonLimit = addDays(asOf, DUE_SOON_DAYS);
  return (row) => classifyAction(row, asOf, since, dueSoonLimit);
}
