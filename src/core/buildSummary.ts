import { actionLists, awaitingVerificationTable, openByRiskTable, overdueTable, signedOffTable } from './actionTables';
import { narrative } from './narrative';
import { STAGE_LABELS } from './status';
import { summaryFacts, type SummaryFacts, type TablesFound } from './summaryFacts';
import { columns, dateTagger } from './summaryValues';
import type { ClassifiedAction, IsoDate, PlanRow, SummaryBlock, SummaryModel, SummaryParagraph, SummaryTable, SummaryValue } from './types';
import { NO_USER_WORDS, type UserWords } from './userWords';

export const SUMMARY_TITLE = 'Joint Audit Committee: internal audit summary';

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
    columns: columns(
      [
        ['Audit', 'text'],
        ['Planned start', 'date'],
        ['Status', 'text'],
      ],
      rows,
    ),
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
    columns: columns(
      [
        ['Measure', 'text'],
        ['Audits', 'number'],
        ['Share of plan', 'percent'],
      ],
      rows,
    ),
    rows: facts.audits === 0 ? [] : rows,
    emptyText: 'No audits were found in the internal audit plan.',
    // The stage rows come first: the chart plots those, not the totals, opinions and share below them.
    chart: {
      title: 'The plan by stage',
      type: 'column-clustered',
      rows: [0, facts.byStage.length],
      categoryColumn: 0,
      series: [{ column: 1, tone: 'plan' }],
    },
  };
}

/** The one line that says which table the workbook lacks, so a reader knows why its blocks are missing. */
function missingTableNotes(found: TablesFound): string[] {
  const notes: string[] = [];
  if (!found.plan) notes.push('No audit plan was found in this workbook, so the plan\u2019s tables are left out.');
  if (!found.actions) notes.push('No action tracker was found in this workbook, so the tables of actions are left out.');
  return notes;
}

export interface SummaryOptions {
  /** Which tables the workbook has; both by default. */
  tablesFound?: TablesFound;
  /** The organisation's own words, which order its opinions. */
  words?: UserWords;
}

/**
 * The committee's tables and paragraph, in the paper's order: the plan as the seed shows it, the plan at a glance,
 * actions signed off since the previous meeting, overdue actions, actions awaiting verification (when there are
 * any), open actions by risk, and the narrative. A table the workbook lacks has its blocks left out, with a note.
 *
 * @example buildSummary(planRows, classifyActions(actionRows, '2024-10-31', '2024-07-24'), '2024-10-31', '2024-07-24')
 */
export function buildSummary(
  plan: readonly PlanRow[],
  actions: readonly ClassifiedAction[],
  asOf: IsoDate,
  since: IsoDate | null,
  { tablesFound = { plan: true, actions: true }, words = NO_USER_WORDS }: SummaryOptions = {},
): SummaryModel {
  const facts = summaryFacts(plan, actions, asOf, since, tablesFound, words);
  const tag = dateTagger();
  const paragraph: SummaryParagraph = { kind: 'paragraph', id: 'narrative', title: 'Summary', text: narrative(facts) };
  const blocks: SummaryBlock[] = [];
  if (tablesFound.plan) blocks.push(planTable(plan), glanceTable(facts));
  if (tablesFound.actions) {
    const lists = actionLists(actions);
    blocks.push(signedOffTable(actions, lists, since, tag), overdueTable(actions, lists, tag));
    const waiting = awaitingVerificationTable(actions, lists, tag);
    if (waiting) blocks.push(waiting);
    blocks.push(openByRiskTable(actions, lists));
  }
  // A workbook with neither table has nothing to describe; its notes say so.
  if (paragraph.text !== '') blocks.push(paragraph);
  const notes = missingTableNotes(tablesFound);
  return { title: SUMMARY_TITLE, asOf, since, ...(notes.length > 0 ? { notes } : {}), blocks };
}
