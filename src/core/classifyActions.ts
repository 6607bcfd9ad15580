import { readActionStatus } from './actionStatus';
import { addDays, daysBetween } from './calendar';
import { DUE_SOON_DAYS } from './dueSoon';
import type { ActionRow, ClassifiedAction, DateReading, Disposition, IsoDate } from './types';

function dateOf(reading: DateReading): IsoDate | null {
  return reading.kind === 'date' ? reading.date : null;
}

/**
 * Whether a sign-off cell closes the action. A readable date does; so does anything else a person typed there
 * ("Implemented", a mistyped date), because they meant it as signed off: counting it overdue would be a judgement
 * the data does not support, and a check reports the unreadable cell. Blank cells, placeholders such as "TBC" or
 * "N/A", and formulas never calculated (their value is unknown) leave the action open.
 */
function closesAction(signoff: DateReading): boolean {
  return signoff.kind !== 'blank' && signoff.kind !== 'placeholder' && signoff.kind !== 'uncalculated';
}

/**
 * The action's disposition: its status says, and a closing date closes it as it always has (words in the closing-date
 * column are read as a status would be). A status that says
 * open beside a closing date is counted closed (implemented) and reported by status-contradicts-date; a status the
 * engine cannot read leaves the closing date to decide.
 */
export function dispositionOf(row: Pick<ActionRow, 'status' | 'signoff'>): Disposition {
  const byStatus = row.status.disposition;
  if (byStatus !== null && byStatus !== 'open') return byStatus;
  if (!closesAction(row.signoff)) return 'open';
  // Words typed where the closing date goes say how the action ended ("Superseded", "Risk accepted") or that it has
  // not ("Ongoing"); anything else a person typed there still means signed off, as it always has.
  if (row.signoff.kind === 'unreadable') return readActionStatus(row.signoff.text).disposition ?? 'implemented';
  return 'implemented';
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
export function deadlineHistory(row: Pick<ActionRow, 'deadline' | 'revisedDeadlines'>, into?: DeadlineHistory): DeadlineHistory {
  // The classifier passes one object to fill for every action, so 20,000 actions make no garbage here.
  const history: DeadlineHistory = into ?? { original: null, effective: null, revisions: 0 };
  history.original = null;
  history.effective = null;
  history.revisions = 0;
  // A loop with no closure: this runs for every action, and a function made per call costs at 20,000 actions.
  const cells = row.revisedDeadlines;
  let started = false;
  for (let i = -1; i < cells.length; i += 1) {
    const reading = i < 0 ? row.deadline : cells[i];
    if (reading.kind === 'uncalculated') {
      started = true;
      history.effective = null;
      continue;
    }
    if (reading.kind !== 'date') continue;
    if (reading.earlier !== undefined) {
      if (!started) history.original = reading.earlier;
      history.revisions += 1;
    } else if (i < 0) {
      history.original = reading.date;
    } else if (!started || reading.date !== history.effective) {
      history.revisions += 1;
    }
    started = true;
    history.effective = reading.date;
  }
  return history;
}

/** What classifying adds to an action. Worked out into one reused object, then copied into the action. */
export type Classification = Omit<ClassifiedAction, keyof ActionRow>;

/** The cells classifying reads. */
type Classified = Pick<ActionRow, 'deadline' | 'revisedDeadlines' | 'signoff' | 'status'>;

/**
 * Classifies the cells of one action into `out` (reused across actions, so 20,000 actions make no garbage here).
 * One body of rules for classifyAction and for the reader that reads and classifies at once (readClassifiedActions).
 */
export function classifyInto(
  out: Classification,
  row: Classified,
  asOf: IsoDate,
  since: IsoDate | null,
  dueSoonLimit: IsoDate,
  scratch: DeadlineHistory,
): Classification {
  const { original, effective, revisions } = deadlineHistory(row, scratch);
  const signoffDate = dateOf(row.signoff);
  const disposition = dispositionOf(row);
  const open = disposition === 'open';
  const overdue = open && effective !== null && effective < asOf;
  out.effectiveDeadline = effective;
  out.originalDeadline = original;
  out.revisionCount = revisions;
  // A deadline never moved added no days: most actions, and no date arithmetic for them.
  out.daysAdded = original === null || effective === null ? null : original === effective ? 0 : daysBetween(original, effective);
  out.signoffDate = signoffDate;
  out.disposition = disposition;
  out.open = open;
  out.overdue = overdue;
  out.daysOverdue = overdue && effective !== null ? daysBetween(effective, asOf) : 0;
  out.dueSoon = open && !overdue && effective !== null && effective <= dueSoonLimit;
  // Signed off means closed on that date; "awaiting verification" is management's word, not yet a sign-off.
  out.signedOffSince =
    since !== null && signoffDate !== null && disposition !== 'awaiting-verification' && since < signoffDate && signoffDate <= asOf;
  return out;
}

/** A fresh object for classifyInto to fill. */
export function emptyClassification(): Classification {
  return {
    effectiveDeadline: null,
    originalDeadline: null,
    revisionCount: 0,
    daysAdded: null,
    signoffDate: null,
    disposition: 'open',
    open: true,
    overdue: false,
    daysOverdue: 0,
    dueSoon: false,
    signedOffSince: false,
  };
}

/**
 * An action's cells and its classification as one object, built field by field rather than with a spread: one
 * stable object shape keeps 20,000 actions fast.
 */
export function classifiedAction(row: ActionRow, c: Classification): ClassifiedAction {
  return {
    ref: row.ref,
    columns: row.columns,
    audit: row.audit,
    reference: row.reference,
    recommendation: row.recommendation,
    risk: row.risk,
    riskRank: row.riskRank,
    riskText: row.riskText,
    owner: row.owner,
    response: row.response,
    statusText: row.statusText,
    status: row.status,
    deadline: row.deadline,
    revisedDeadlines: row.revisedDeadlines,
    signoff: row.signoff,
    uncalculated: row.uncalculated,
    effectiveDeadline: c.effectiveDeadline,
    originalDeadline: c.originalDeadline,
    revisionCount: c.revisionCount,
    daysAdded: c.daysAdded,
    signoffDate: c.signoffDate,
    disposition: c.disposition,
    open: c.open,
    overdue: c.overdue,
    daysOverdue: c.daysOverdue,
    dueSoon: c.dueSoon,
    signedOffSince: c.signedOffSince,
  };
}

/**
 * One action as of the paper's date.
 *
 * @param asOf the paper's date; overdue means the effective deadline is before it.
 * @param since the previous meeting's date; "signed off since" means after it and on or before asOf.
 * @param dueSoonLimit the last day counted as due soon (DUE_SOON_DAYS after asOf); worked out once when classifying many actions.
 */
export function classifyAction(
  row: ActionRow,
  asOf: IsoDate,
  since: IsoDate | null,
  dueSoonLimit: IsoDate = addDays(asOf, DUE_SOON_DAYS),
  scratch: DeadlineHistory = { original: null, effective: null, revisions: 0 },
): ClassifiedAction {
  return classifiedAction(row, classifyInto(emptyClassification(), row, asOf, since, dueSoonLimit, scratch));
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
  const scratch: DeadlineHistory = { original: null, effective: null, revisions: 0 };
  return (row) => classifyAction(row, asOf, since, dueSoonLimit, scratch);
}
