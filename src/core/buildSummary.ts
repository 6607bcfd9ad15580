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
    const longest = Math.max(header.length, ...rows.map((row) => shownLength(row[index], type)));
    return { header, type, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
}

/** A date cell as a tagged date, or the words the person typed ("TBC"), or null when blank. */
function dateValue(reading: DateReading): SummaryValue {
  if (reading.kind === 'date') return { date: reading.date };
  return reading.kind === 'blank' ? null : reading.text;
}

/** The deadline the committee holds the action to: the effective one when there is one, else what was typed. */
function deadlineValue(action: ClassifiedAction): SummaryValue {
  return action.effectiveDeadline !== null ? { date: action.effectiveDeadline } : dateValue(action.deadline);
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
  };
}

const ACTION_COLUMNS: [string, SummaryColumn['type']][] = [
  ['Audit Name', 'text'],
  ['Recommendation', 'text'],
  ['Risk', 'text'],
  ['Deadline', 'date'],
];

function actionValues(action: ClassifiedAction): SummaryValue[] {
  return [action.audit, action.recommendation, action.riskText.trim() || null, deadlineValue(action)];
}

function signedOffTable(actions: readonly ClassifiedAction[], since: IsoDate | null): SummaryTable {
  // Array.prototype.sort is stable, so actions signed off on the same day keep the sheet's order.
  const signed = actions
    .filter((action) => action.signedOffSince)
    .sort((a, b) => ((a.signoffDate ?? '') < (b.signoffDate ?? '') ? -1 : (a.signoffDate ?? '') > (b.signoffDate ?? '') ? 1 : 0));
  const rows = signed.map((action): SummaryValue[] => [...actionValues(action), { date: action.signoffDate! }]);
  return {
    kind: 'table',
    id: 'signed-off-since',
    title: since ? `Actions signed off since the previous meeting (${formatUkDate(since)})` : 'Actions signed off since the previous meeting',
    columns: columns([...ACTION_COLUMNS, ['Signoff Date', 'date']], rows),
    rows,
    sources: signed.map((action) => action.ref.address),
    emptyText: since
      ? 'No actions were signed off since the previous meeting.'
      : 'Set the previous meeting date to list actions signed off since then.',
  };
}

function overdueTable(actions: readonly ClassifiedAction[]): SummaryTable {
  // Rank once per action, then sort: comparing through riskRank in the comparator costs n log n look-ups.
  const overdue = actions
    .filter((action) => action.overdue)
    .map((action) => ({ action, rank: riskRank(action.risk), deadline: action.effectiveDeadline ?? '' }))
    .sort((a, b) => a.rank - b.rank || (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
    .map(({ action }) => action);
  const rows = overdue.map((action): SummaryValue[] => [...actionValues(action), action.daysOverdue]);
  return {
    kind: 'table',
    id: 'overdue',
    title: 'Overdue actions',
    columns: columns([...ACTION_COLUMNS, ['Days overdue', 'number']], rows),
    rows,
    tones: overdue.map((): RowTone => 'overdue'),
    sources: overdue.map((action) => action.ref.address),
    emptyText: 'No actions are overdue.',
  };
}

function openByRiskTable(actions: readonly ClassifiedAction[]): SummaryTable {
  const open = actions.filter((action) => action.open);
  const withoutDeadline = open.some((action) => action.effectiveDeadline === null);
  // One counter per row; the "No deadline" column appears only when some open action has none, so "Not yet due"
  // never hides an action that has no date at all.
  const tally = (subset: readonly ClassifiedAction[]): number[] => {
    const overdue = subset.filter((action) => action.overdue).length;
    const soon = subset.filter((action) => action.dueWithin30Days).length;
    const none = subset.filter((action) => action.effectiveDeadline === null).length;
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
  const rows: SummaryValue[][] = riskRows(open.map((action) => action.risk)).map((risk) => [risk, ...tally(byRisk.get(risk) ?? [])]);
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
  const paragraph: SummaryParagraph = { kind: 'paragraph', id: 'narrative', title: 'Summary', text: narrative(facts) };
  return {
    title: SUMMARY_TITLE,
    asOf,
    since,
    blocks: [
      planTable(plan),
      glanceTable(facts),
      signedOffTable(actions, since),
      overdueTable(actions),
      openByRiskTable(actions),
      paragraph,
    ],
  };
}
