import { formatUkDate } from './dates';
import { narrative } from './narrative';
import { STAGE_LABELS } from './status';
import { riskLabel, riskRows, summaryFacts, type SummaryFacts } from './summaryFacts';
import { riskRank } from './vocabulary';
import type {
  ClassifiedAction,
  DateReading,
  IsoDate,
  PlanRow,
  RowTone,
  SummaryColumn,
  SummaryModel,
  SummaryParagraph,
  SummaryTable,
  SummaryValue,
} from './types';

export const SUMMARY_TITLE = 'Joint Audit Committee: internal audit summary';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** How many characters a value takes when shown, for suggesting column widths. */
function shownLength(value: SummaryValue, type: SummaryColumn['type']): number {
  if (value === null) return 0;
  if (typeof value === 'object') return 10;
  if (type === 'percent' && typeof value === 'number') return 4;
  return String(value).length;
}

/** Columns with widths that fit their header and values, within 8 to 60 characters. */
function columns(specs: [header: string, type: SummaryColumn['type']][], rows: SummaryValue[][]): SummaryColumn[] {
  return specs.map(([header, type], index) => {
    // A loop, not Math.max(...rows.map(...)): the overdue table can have thousands of rows.
    let longest = header.length;
    for (const row of rows) longest = Math.max(longest, shownLength(row[index], type));
    return { header, type, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
}

/** Tags ISO dates as summary values, one shared `{ date }` per distinct date. */
type DateTag = (date: IsoDate) => SummaryValue;

/**
 * A tagger for one summary: thousands of rows carry the same few hundred deadlines and sign-off dates, and the values
 * are plain data no renderer changes, so each date is tagged once per summary rather than once per cell.
 */
function dateTagger(): DateTag {
  const tags = new Map<IsoDate, SummaryValue>();
  return (date) => {
    let tag = tags.get(date);
    if (tag === undefined) {
      tag = { date };
      tags.set(date, tag);
    }
    return tag;
  };
}

/** A date cell as a tagged date, or the words the person typed ("TBC"), or null when blank. */
function dateValue(reading: DateReading, tag: DateTag): SummaryValue {
  if (reading.kind === 'date') return tag(reading.date);
  return reading.kind === 'blank' ? null : reading.text;
}

/** The deadline the committee holds the action to: the effective one when there is one, else what was typed. */
function deadlineValue(action: ClassifiedAction, tag: DateTag): SummaryValue {
  return action.effectiveDeadline !== null ? tag(action.effectiveDeadline) : dateValue(action.deadline, tag);
}

function planTable(plan: readonly PlanRow[]): SummaryTable {
  const rows: SummaryValue[][] = plan.map((row) => [
    row.audit,
    row.plannedStart.kind === 'date' ? { date: row.plannedStart.date } : row.plannedStartText || null,
    row.statusText.trim(),
  ]);
  return {
    kind: 'table',
    id: 'plan',
    title: 'Internal audit plan: latest position',
    columns: columns([['Audit', 'text'], ['Planned start', 'date'], ['Status', 'text']], rows),
    rows,
    sources: plan.map((row) => row.ref.address),
    emptyText: 'No audits were found in the internal audit plan.',
  };
}

function glanceTable(facts: SummaryFacts): SummaryTable {
  const share = (count: number) => (facts.audits > 0 ? count / facts.audits : null);
  const rows: SummaryValue[][] = [
    ...facts.byStage.map(([stage, count]): SummaryValue[] => [STAGE_LABELS.get(stage) ?? stage, count, share(count)]),
    ['Total audits', facts.audits, facts.audits > 0 ? 1 : null],
    ...facts.opinions.map(([word, count]): SummaryValue[] => [`Opinion issued: ${word}`, count, null]),
  ];
  if (facts.delivered !== null) {
    const finals = facts.byStage.find(([stage]) => stage === 'final')?.[1] ?? 0;
    const label = facts.deliveredExcludes ? 'Plan delivered (excluding cancelled and deferred audits)' : 'Plan delivered';
    rows.push([label, finals, facts.delivered]);
  }
  return {
    kind: 'table',
    id: 'plan-at-a-glance',
    title: 'The plan at a glance',
    columns: columns([['Measure', 'text'], ['Audits', 'number'], ['Share of plan', 'percent']], rows),
    rows: facts.audits === 0 ? [] : rows,
    emptyText: 'No audits were found in the internal audit plan.',
    // The stage rows come first: the chart plots those, not the totals, opinions and share below them.
    chart: { title: 'The plan by stage', type: 'column-clustered', rows: [0, facts.byStage.length], categoryColumn: 0, series: [{ column: 1, tone: 'plan' }] },
  };
}

const ACTION_COLUMNS: [string, SummaryColumn['type']][] = [
  ['Audit Name', 'text'],
  ['Recommendation', 'text'],
  ['Risk', 'text'],
  ['Deadline', 'date'],
];

/** An action's row in the signed-off and overdue tables: the four shared columns, then the table's own last one. */
function actionValues(action: ClassifiedAction, tag: DateTag, last: SummaryValue): SummaryValue[] {
  return [action.audit, action.recommendation, action.riskText.trim() || null, deadlineValue(action, tag), last];
}

function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function signedOffTable(actions: readonly ClassifiedAction[], since: IsoDate | null, tag: DateTag): SummaryTable {
  // Array.prototype.sort is stable, so actions signed off on the same day keep the sheet's order.
  const signed = actions.filter((action) => action.signedOffSince).sort((a, b) => compareDates(a.signoffDate ?? '', b.signoffDate ?? ''));
  const rows: SummaryValue[][] = [];
  const sources: string[] = [];
  for (const action of signed) {
    rows.push(actionValues(action, tag, tag(action.signoffDate!)));
    sources.push(action.ref.address);
  }
  return {
    kind: 'table',
    id: 'signed-off-since',
    title: since ? `Actions signed off since the previous meeting (${formatUkDate(since)})` : 'Actions signed off since the previous meeting',
    columns: columns([...ACTION_COLUMNS, ['Signoff Date', 'date']], rows),
    rows,
    sources,
    emptyText: since
      ? 'No actions were signed off since the previous meeting.'
      : 'Set the previous meeting date to list actions signed off since then.',
  };
}

/**
 * Overdue actions, highest risk first, then earliest deadline, then sheet order. Risk has a handful of ranks, so the
 * actions are put into one bucket per rank (riskRank looked up once per action) and each bucket is sorted by
 * deadline (a stable sort): the same order as one sort on both keys, without an object per action to sort by.
 */
function overdueByRiskThenDeadline(actions: readonly ClassifiedAction[]): ClassifiedAction[] {
  const buckets: ClassifiedAction[][] = [];
  for (const action of actions) {
    if (!action.overdue) continue;
    const rank = riskRank(action.risk);
    (buckets[rank] ??= []).push(action);
  }
  const sorted: ClassifiedAction[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    bucket.sort((a, b) => compareDates(a.effectiveDeadline ?? '', b.effectiveDeadline ?? ''));
    for (const action of bucket) sorted.push(action);
  }
  return sorted;
}

function overdueTable(actions: readonly ClassifiedAction[], tag: DateTag): SummaryTable {
  const overdue = overdueByRiskThenDeadline(actions);
  const rows: SummaryValue[][] = [];
  const tones: RowTone[] = [];
  const sources: string[] = [];
  for (const action of overdue) {
    rows.push(actionValues(action, tag, action.daysOverdue));
    tones.push('overdue');
    sources.push(action.ref.address);
  }
  return {
    kind: 'table',
    id: 'overdue',
    title: 'Overdue actions',
    columns: columns([...ACTION_COLUMNS, ['Days overdue', 'number']], rows),
    rows,
    tones,
    sources,
    emptyText: 'No actions are overdue.',
  };
}

function openByRiskTable(actions: readonly ClassifiedAction[]): SummaryTable {
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
  // byRisk's keys are every risk label the open actions have, so they stand in for the actions' risks.
  const rows: SummaryValue[][] = riskRows(byRisk.keys()).map((risk) => [risk, ...tally(byRisk.get(risk) ?? [])]);
  rows.push(['Total', ...tally(open)]);
  const specs: [string, SummaryColumn['type']][] = [
    ['Risk', 'text'],
    ['Overdue', 'number'],
    ['Due within 30 days', 'number'],
    ['Not yet due', 'number'],
    ...(withoutDeadline ? [['No deadline', 'number'] as [string, SummaryColumn['type']]] : []),
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

/**
 * The committee's tables and paragraph, in the paper's order: the plan as the seed shows it, the plan at a glance,
 * actions signed off since the previous meeting, overdue actions, open actions by risk, and the narrative.
 *
 * @example buildSummary(planRows, classifyActions(actionRows, '2024-10-31', '2024-07-24'), '2024-10-31', '2024-07-24')
 */
export function buildSummary(
  plan: readonly PlanRow[],
  actions: readonly ClassifiedAction[],
  asOf: IsoDate,
  since: IsoDate | null,
): SummaryModel {
  const facts = summaryFacts(plan, actions, asOf, since);
  const tag = dateTagger();
  const paragraph: SummaryParagraph = { kind: 'paragraph', id: 'narrative', title: 'Summary', text: narrative(facts) };
  return {
    title: SUMMARY_TITLE,
    asOf,
    since,
    blocks: [
      planTable(plan),
      glanceTable(facts),
      signedOffTable(actions, since, tag),
      overdueTable(actions, tag),
      openByRiskTable(actions),
      paragraph,
    ],
  };
}
