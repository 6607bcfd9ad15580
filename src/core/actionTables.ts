/**
 * The summary's tables of actions: signed off since the previous meeting, overdue (with who owns each, because
 * committees ask who), implemented and awaiting verification, and open actions by risk. Which optional columns a
 * table has follows the tracker: a reference, an owner, a status, revised deadlines.
 *
 * The actions each table needs are sorted out in one pass over the tracker (actionLists), and each table's rows are
 * made at their final length: at 20,000 actions, a filter per table and rows grown a cell at a time would be a good
 * part of the summary's time and garbage.
 */
import { riskLabel, riskRows } from './summaryFacts';
import { columns, deadlineValue, inDateOrder, type ColumnSpec, type DateTag } from './summaryValues';
import { formatUkDate } from './ukDates';
import { DUE_SOON_HEADER } from './dueSoon';
import type { ClassifiedAction, IsoDate, RowTone, SummaryTable, SummaryValue } from './types';

/** Open actions of one risk (or all of them), counted by when they fall due. */
interface DueCounts {
  overdue: number;
  soon: number;
  none: number;
  total: number;
}

/** The actions each table lists, in sheet order, and the open actions counted by risk. */
export interface ActionLists {
  signedOffSince: ClassifiedAction[];
  /** Overdue actions, one bucket per risk rank (highest first; a rank with none has no bucket). */
  overdueByRank: ClassifiedAction[][];
  awaitingVerification: ClassifiedAction[];
  /** Per risk label, in the order the open actions first use them. */
  openByRisk: Map<string, DueCounts>;
  open: DueCounts;
}

function dueCounts(): DueCounts {
  return { overdue: 0, soon: 0, none: 0, total: 0 };
}

function countDue(counts: DueCounts, action: ClassifiedAction): void {
  counts.total++;
  if (action.overdue) counts.overdue++;
  if (action.dueSoon) counts.soon++;
  if (action.effectiveDeadline === null) counts.none++;
}

/** One pass over the actions: what every table of actions lists or counts. */
export function actionLists(actions: readonly ClassifiedAction[]): ActionLists {
  const lists: ActionLists = { signedOffSince: [], overdueByRank: [], awaitingVerification: [], openByRisk: new Map(), open: dueCounts() };
  for (let i = 0; i < actions.length; i += 1) {
    const action = actions[i];
    if (action.signedOffSince) lists.signedOffSince.push(action);
    if (action.disposition === 'awaiting-verification') lists.awaitingVerification.push(action);
    if (action.overdue) (lists.overdueByRank[action.riskRank] ??= []).push(action);
    if (!action.open) continue;
    const label = riskLabel(action.risk);
    let counts = lists.openByRisk.get(label);
    if (!counts) lists.openByRisk.set(label, (counts = dueCounts()));
    countDue(counts, action);
    countDue(lists.open, action);
  }
  return lists;
}

/** The columns that name an action and say who holds it, as the tracker has them. */
interface ActionColumns {
  specs: ColumnSpec[];
  /** Writes an action's cells for these columns at the start of `row` (made at the table's full width). */
  write: (row: SummaryValue[], action: ClassifiedAction, tag: DateTag) => void;
}

/**
 * Audit Name, then Ref when the tracker has references, Recommendation when it has the column (or nothing else
 * names the action), Risk, Owner when it has owners, and the deadline in force.
 */
function actionColumns(actions: readonly ClassifiedAction[]): ActionColumns {
  const columns = actions[0]?.columns;
  const hasRef = columns !== undefined && columns.reference !== null;
  const hasText = columns === undefined || columns.recommendation !== null || !hasRef;
  const hasOwner = columns !== undefined && columns.owner !== null;
  const specs: ColumnSpec[] = [['Audit Name', 'text']];
  if (hasRef) specs.push(['Ref', 'text']);
  if (hasText) specs.push(['Recommendation', 'text']);
  specs.push(['Risk', 'text']);
  if (hasOwner) specs.push(['Owner', 'text']);
  specs.push(['Deadline', 'date']);
  return {
    specs,
    write: (row, action, tag) => {
      let at = 0;
      row[at++] = action.audit;
      if (hasRef) row[at++] = action.reference || null;
      if (hasText) row[at++] = action.recommendation;
      row[at++] = action.riskText.trim() || null;
      if (hasOwner) row[at++] = action.owner || null;
      row[at] = deadlineValue(action, tag);
    },
  };
}

/**
 * A table's rows and the cell each came from: one row per action, `width` cells wide, the action's own columns
 * first and then what `rest` writes from `at` on.
 */
function actionRows(
  listed: readonly ClassifiedAction[],
  named: ActionColumns,
  width: number,
  tag: DateTag,
  rest: (row: SummaryValue[], at: number, action: ClassifiedAction) => void,
): { rows: SummaryValue[][]; sources: string[] } {
  const rows = new Array<SummaryValue[]>(listed.length);
  const sources = new Array<string>(listed.length);
  const at = named.specs.length;
  for (let i = 0; i < listed.length; i += 1) {
    const action = listed[i];
    const row = new Array<SummaryValue>(width);
    named.write(row, action, tag);
    rest(row, at, action);
    rows[i] = row;
    sources[i] = action.ref.address;
  }
  return { rows, sources };
}

export function signedOffTable(actions: readonly ClassifiedAction[], lists: ActionLists, since: IsoDate | null, tag: DateTag): SummaryTable {
  // Actions signed off on the same day keep the sheet's order.
  const signed = inDateOrder(lists.signedOffSince, (action) => action.signoffDate ?? '');
  const named = actionColumns(actions);
  // The tracker's own word says how each closed: Implemented, Superseded, Risk accepted.
  const hasStatus = actions.length > 0 && actions[0].columns.status !== null;
  const specs: ColumnSpec[] = [...named.specs, ...(hasStatus ? [['Status', 'text'] as ColumnSpec] : []), ['Signoff Date', 'date']];
  const { rows, sources } = actionRows(signed, named, specs.length, tag, (row, at, action) => {
    if (hasStatus) row[at++] = action.statusText || null;
    row[at] = tag(action.signoffDate!);
  });
  return {
    kind: 'table',
    id: 'signed-off-since',
    title: since ? `Actions signed off since the previous meeting (${formatUkDate(since)})` : 'Actions signed off since the previous meeting',
    columns: columns(specs, rows),
    rows,
    sources,
    emptyText:
      actions.length > 0 && actions[0].columns.signoff === null
        ? 'The tracker has no sign-off date column, so actions signed off since the previous meeting cannot be listed.'
        : since
          ? 'No actions were signed off since the previous meeting.'
          : 'Set the previous meeting date to list actions signed off since then.',
  };
}

/**
 * Overdue actions, highest risk first, then earliest deadline, then sheet order: each rank's bucket put in deadline
 * order (inDateOrder), which is the order of one stable sort on both keys without an object per action to sort
 * by. Two providers' grades of one rank (High and Fundamental) share a bucket.
 */
function overdueByRiskThenDeadline(lists: ActionLists): ClassifiedAction[] {
  const sorted: ClassifiedAction[] = [];
  for (const bucket of lists.overdueByRank) {
    if (!bucket) continue;
    for (const action of inDateOrder(bucket, (overdue) => overdue.effectiveDeadline ?? '')) sorted.push(action);
  }
  return sorted;
}

export function overdueTable(actions: readonly ClassifiedAction[], lists: ActionLists, tag: DateTag): SummaryTable {
  const overdue = overdueByRiskThenDeadline(lists);
  const named = actionColumns(actions);
  // Committees challenge extensions: when any overdue action's deadline was moved, show where it started.
  const revised = overdue.some((action) => action.revisionCount > 0);
  const specs: ColumnSpec[] = [
    ...named.specs,
    ...(revised
      ? ([
          ['Original deadline', 'date'],
          ['Times revised', 'number'],
        ] as ColumnSpec[])
      : []),
    ['Days overdue', 'number'],
  ];
  const { rows, sources } = actionRows(overdue, named, specs.length, tag, (row, at, action) => {
    if (revised) {
      row[at++] = action.revisionCount > 0 && action.originalDeadline !== null ? tag(action.originalDeadline) : null;
      row[at++] = action.revisionCount;
    }
    row[at] = action.daysOverdue;
  });
  return {
    kind: 'table',
    id: 'overdue',
    title: 'Overdue actions',
    columns: columns(specs, rows),
    rows,
    tones: new Array<RowTone>(rows.length).fill('overdue'),
    sources,
    emptyText: 'No actions are overdue.',
  };
}

/**
 * Actions management says are done and internal audit has not yet verified: neither open (so never overdue) nor
 * closed, listed apart as committees do. Null when there are none, so trackers without the idea get no empty table.
 */
export function awaitingVerificationTable(actions: readonly ClassifiedAction[], lists: ActionLists, tag: DateTag): SummaryTable | null {
  const waiting = lists.awaitingVerification;
  if (waiting.length === 0) return null;
  const named = actionColumns(actions);
  const specs: ColumnSpec[] = [...named.specs, ['Date implemented', 'date']];
  const { rows, sources } = actionRows(waiting, named, specs.length, tag, (row, at, action) => {
    row[at] = action.signoffDate ? tag(action.signoffDate) : null;
  });
  return {
    kind: 'table',
    id: 'awaiting-verification',
    title: 'Implemented, awaiting verification by internal audit',
    columns: columns(specs, rows),
    rows,
    sources,
    emptyText: 'No actions are awaiting verification.',
  };
}

export function openByRiskTable(actions: readonly ClassifiedAction[], lists: ActionLists): SummaryTable {
  const { open, openByRisk } = lists;
  // The "No deadline" column appears only when some open action has none, so "Not yet due" never hides an action
  // that has no date at all.
  const withoutDeadline = open.none > 0;
  const cells = ({ overdue, soon, none, total }: DueCounts): number[] => {
    const later = total - overdue - soon - none;
    return withoutDeadline ? [overdue, soon, later, none, total] : [overdue, soon, later, total];
  };
  // The organisation's own grades, ordered by rank; the scales' other grades show with 0.
  const rows: SummaryValue[][] = riskRows(actions, openByRisk.keys()).map((risk) => [risk, ...cells(openByRisk.get(risk) ?? dueCounts())]);
  rows.push(['Total', ...cells(open)]);
  const specs: ColumnSpec[] = [
    ['Risk', 'text'],
    ['Overdue', 'number'],
    [DUE_SOON_HEADER, 'number'],
    ['Not yet due', 'number'],
    ...(withoutDeadline ? [['No deadline', 'number'] as ColumnSpec] : []),
    ['Total', 'number'],
  ];
  return {
    kind: 'table',
    id: 'open-by-risk',
    title: 'Open actions by risk',
    columns: columns(specs, rows),
    rows: open.total === 0 ? [] : rows,
    emptyText: 'There are no open actions.',
    // One bar per risk (not the Total row), split by when the actions fall due.
    chart: {
      title: 'Open actions by risk and due date',
      type: 'column-stacked',
      rows: [0, rows.length - 1],
      categoryColumn: 0,
      series: [
        { column: 1, tone: 'overdue' },
        { column: 2, tone: 'due-soon' },
        { column: 3, tone: 'not-yet-due' },
        ...(withoutDeadline ? [{ column: 4, tone: 'no-deadline' as const }] : []),
      ],
    },
  };
}
