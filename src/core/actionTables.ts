/**
 * The summary's tables of actions: signed off since the previous meeting, overdue (with who owns each, because
 * committees ask who), implemented and awaiting verification, and open actions by risk. Which optional columns a
 * table has follows the tracker: a reference, an owner, a status, revised deadlines.
 */
import { riskLabel, riskRows } from './summaryFacts';
import { columns, deadlineValue, inDateOrder, type ColumnSpec, type DateTag } from './summaryValues';
import { formatUkDate } from './dates';
import type { ClassifiedAction, IsoDate, RowTone, SummaryTable, SummaryValue } from './types';

/** The columns that name an action and say who holds it, as the tracker has them. */
interface ActionColumns {
  specs: ColumnSpec[];
  values: (action: ClassifiedAction, tag: DateTag) => SummaryValue[];
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
    values: (action, tag) => {
      const values: SummaryValue[] = [action.audit];
      if (hasRef) values.push(action.reference || null);
      if (hasText) values.push(action.recommendation);
      values.push(action.riskText.trim() || null);
      if (hasOwner) values.push(action.owner || null);
      values.push(deadlineValue(action, tag));
      return values;
    },
  };
}

export function signedOffTable(actions: readonly ClassifiedAction[], since: IsoDate | null, tag: DateTag): SummaryTable {
  // Array.prototype.sort is stable, so actions signed off on the same day keep the sheet's order.
  const signed = inDateOrder(actions.filter((action) => action.signedOffSince), (action) => action.signoffDate ?? '');
  const named = actionColumns(actions);
  // The tracker's own word says how each closed: Implemented, Superseded, Risk accepted.
  const hasStatus = actions.length > 0 && actions[0].columns.status !== null;
  const rows: SummaryValue[][] = [];
  const sources: string[] = [];
  for (const action of signed) {
    const values = named.values(action, tag);
    if (hasStatus) values.push(action.statusText || null);
    values.push(tag(action.signoffDate!));
    rows.push(values);
    sources.push(action.ref.address);
  }
  const specs: ColumnSpec[] = [...named.specs, ...(hasStatus ? [['Status', 'text'] as ColumnSpec] : []), ['Signoff Date', 'date']];
  return {
    kind: 'table',
    id: 'signed-off-since',
    title: since ? `Actions signed off since the previous meeting (${formatUkDate(since)})` : 'Actions signed off since the previous meeting',
    columns: columns(specs, rows),
    rows,
    sources,
    emptyText: actions.length > 0 && actions[0].columns.signoff === null
      ? 'The tracker has no sign-off date column, so actions signed off since the previous meeting cannot be listed.'
      : since
        ? 'No actions were signed off since the previous meeting.'
        : 'Set the previous meeting date to list actions signed off since then.',
  };
}

/**
 * Overdue actions, highest risk first, then earliest deadline, then sheet order. Risk has a handful of ranks, so the
 * actions are put into one bucket per rank and each bucket is put in deadline order (inDateOrder): the same order as
 * one stable sort on both keys, without an object per action to sort by. Two providers' grades of one rank (High
 * and Fundamental) share a bucket.
 */
function overdueByRiskThenDeadline(actions: readonly ClassifiedAction[]): ClassifiedAction[] {
  const buckets: ClassifiedAction[][] = [];
  for (const action of actions) {
    if (!action.overdue) continue;
    (buckets[action.riskRank] ??= []).push(action);
  }
  const sorted: ClassifiedAction[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    for (const action of inDateOrder(bucket, (overdue) => overdue.effectiveDeadline ?? '')) sorted.push(action);
  }
  return sorted;
}

export function overdueTable(actions: readonly ClassifiedAction[], tag: DateTag): SummaryTable {
  const overdue = overdueByRiskThenDeadline(actions);
  const named = actionColumns(actions);
  // Committees challenge extensions: when any overdue action's deadline was moved, show where it started.
  const revised = overdue.some((action) => action.revisionCount > 0);
  const rows: SummaryValue[][] = [];
  const tones: RowTone[] = [];
  const sources: string[] = [];
  for (const action of overdue) {
    const values = named.values(action, tag);
    if (revised) {
      values.push(action.revisionCount > 0 && action.originalDeadline !== null ? tag(action.originalDeadline) : null, action.revisionCount);
    }
    values.push(action.daysOverdue);
    rows.push(values);
    tones.push('overdue');
    sources.push(action.ref.address);
  }
  const specs: ColumnSpec[] = [
    ...named.specs,
    ...(revised ? ([['Original deadline', 'date'], ['Times revised', 'number']] as ColumnSpec[]) : []),
    ['Days overdue', 'number'],
  ];
  return {
    kind: 'table',
    id: 'overdue',
    title: 'Overdue actions',
    columns: columns(specs, rows),
    rows,
    tones,
    sources,
    emptyText: 'No actions are overdue.',
  };
}

/**
 * Actions management says are done and internal audit has not yet verified: neither open (so never overdue) nor
 * closed, listed apart as committees do. Null when there are none, so trackers without the idea get no empty table.
 */
export function awaitingVerificationTable(actions: readonly ClassifiedAction[], tag: DateTag): SummaryTable | null {
  const waiting = actions.filter((action) => action.disposition === 'awaiting-verification');
  if (waiting.length === 0) return null;
  const named = actionColumns(actions);
  const rows = waiting.map((action) => [...named.values(action, tag), action.signoffDate ? tag(action.signoffDate) : null]);
  return {
    kind: 'table',
    id: 'awaiting-verification',
    title: 'Implemented, awaiting verification by internal audit',
    columns: columns([...named.specs, ['Date implemented', 'date']], rows),
    rows,
    sources: waiting.map((action) => action.ref.address),
    emptyText: 'No actions are awaiting verification.',
  };
}

export function openByRiskTable(actions: readonly ClassifiedAction[]): SummaryTable {
  const open = actions.filter((action) => action.open);
  const withoutDeadline = open.some((action) => action.effectiveDeadline === null);
  // One counter per row; the "No deadline" column appears only when some open action has none, so "Not yet due"
  // never hides an action that has no date at all.
  const tally = (subset: readonly ClassifiedAction[]): number[] => {
    let overdue = 0;
    let soon = 0;
    let none = 0;
    for (const action of subset) {
      if (action.overdue) overdue++;
      if (action.dueWithin30Days) soon++;
      if (action.effectiveDeadline === null) none++;
    }
    const later = subset.length - overdue - soon - none;
    return withoutDeadline ? [overdue, soon, later, none, subset.length] : [overdue, soon, later, subset.length];
  };
  const byRisk = new Map<string, ClassifiedAction[]>();
  for (const action of open) {
    const label = riskLabel(action.risk);
    const group = byRisk.get(label);
    if (group) group.push(action);
    else byRisk.set(label, [action]);
  }
  // The organisation's own grades, ordered by rank; the scales' other grades show with 0.
  const rows: SummaryValue[][] = riskRows(actions, byRisk.keys()).map((risk) => [risk, ...tally(byRisk.get(risk) ?? [])]);
  rows.push(['Total', ...tally(open)]);
  const specs: ColumnSpec[] = [
    ['Risk', 'text'],
    ['Overdue', 'number'],
    ['Due within 30 days', 'number'],
    ['Not yet due', 'number'],
    ...(withoutDeadline ? [['No deadline', 'number'] as ColumnSpec] : []),
    ['Total', 'number'],
  ];
  return {
    kind: 'table',
    id: 'open-by-risk',
    title: 'Open actions by risk',
    columns: columns(specs, rows),
    rows: open.length === 0 ? [] : rows,
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
