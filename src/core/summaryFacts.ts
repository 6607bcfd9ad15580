/**
 * Counting the plan and the actions for the summary (SummaryFacts), and the order of a tracker's grades.
 *
 * Speed: the actions are counted in one pass with counters (a filter per count would build arrays of up to 20,000
 * actions only to measure them), and the grades a list of actions uses are gathered once per list (gradeOrder),
 * skipping any row whose grade is the row before's.
 */
import { opinionRank } from './opinions';
import { priorityOrder, UNGRADED_RANK, type PriorityOrder } from './priorities';
import type { ClassifiedAction, IsoDate, PlanRow, Stage } from './types';
import { NO_USER_WORDS, type UserWords } from './userWords';

/** The order audits move through, used for every count by stage. */
export const STAGE_ORDER: readonly Stage[] = ['final', 'draft', 'fieldwork', 'planning', 'not-started', 'deferred', 'cancelled', 'other'];

/** What a risk is called in tables when the action has none the engine recognises. */
export const NOT_GRADED = 'Not graded';

/** Which of the two tables the workbook has: the summary leaves out the blocks of a table it does not have. */
export interface TablesFound {
  plan: boolean;
  actions: boolean;
}

/** Counts the summary's tables and narrative are written from, computed once so they cannot disagree. */
export interface SummaryFacts {
  asOf: IsoDate;
  since: IsoDate | null;
  tablesFound: TablesFound;
  audits: number;
  /** Audits per stage, in STAGE_ORDER, stages with none left out. */
  byStage: [Stage, number][];
  /** Opinions given in final reports, per opinion word (the organisation's), highest assurance first. */
  opinions: [string, number][];
  finalWithoutOpinion: number;
  /** Final reports over audits still in the plan (all but cancelled and deferred); null when none remain. */
  delivered: number | null;
  /** True when cancelled or deferred audits were left out of `delivered`. */
  deliveredExcludes: boolean;
  actions: number;
  open: number;
  /** The tracker has a sign-off (closing) date column, so "signed off since" can be counted. */
  closingDates: boolean;
  signedOffSince: number;
  overdue: number;
  /**
   * Overdue actions per grade word (the organisation's; NOT_GRADED for none), by rank across scales, as the overdue
   * table lists the actions (two grades of one rank in the tracker's order).
   */
  overdueByRisk: [string, number][];
  dueSoon: number;
  awaitingVerification: number;
  closedWithoutImplementation: number;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function riskLabel(risk: string | null): string {
  return risk ?? NOT_GRADED;
}

/** The order of the grades a list of actions uses (priorities.ts priorityOrder), made once per list. */
export function gradeOrder(actions: readonly ClassifiedAction[]): PriorityOrder {
  let order = gradeOrders.get(actions);
  if (!order) {
    const used = new Map<string, number>();
    let last: string | null = null;
    for (let i = 0; i < actions.length; i += 1) {
      const { risk } = actions[i];
      if (risk === null || risk === last) continue;
      last = risk;
      if (!used.has(risk)) used.set(risk, actions[i].riskRank);
    }
    order = priorityOrder(used);
    gradeOrders.set(actions, order);
  }
  return order;
}

const gradeOrders = new WeakMap<readonly ClassifiedAction[], PriorityOrder>();

/**
 * The grade rows a table shows: every grade of the scales the tracker uses, scale by scale, even with no actions
 * (High, Medium and Low when it uses none; priorities.ts scaleWords), then any other label listed ("Not graded").
 */
export function riskRows(actions: readonly ClassifiedAction[], listed: Iterable<string>): string[] {
  const { words } = gradeOrder(actions);
  const extra = [...listed].filter((label) => !words.includes(label));
  return [...words, ...extra];
}

/** Grouped with Maps: opinion words and risk text come from cells and may be anything. */
export function summaryFacts(
  plan: readonly PlanRow[],
  actions: readonly ClassifiedAction[],
  asOf: IsoDate,
  since: IsoDate | null,
  tablesFound: TablesFound = { plan: true, actions: true },
  words: UserWords = NO_USER_WORDS,
): SummaryFacts {
  const stages = new Map<Stage, number>();
  const opinions = new Map<string, number>();
  let finalWithoutOpinion = 0;
  for (const row of plan) {
    increment(stages, row.stage);
    if (row.stage !== 'final') continue;
    if (row.opinion === null) finalWithoutOpinion++;
    else increment(opinions, row.opinion);
  }
  const count = (stage: Stage) => stages.get(stage) ?? 0;
  const remaining = plan.length - count('cancelled') - count('deferred');

  // Overdue counts by grade, with the grade's rank: listed most severe first, as the overdue table lists the actions.
  const overdueByRisk = new Map<string, { count: number; rank: number }>();
  let open = 0;
  let signedOffSince = 0;
  let overdue = 0;
  let dueSoon = 0;
  let awaitingVerification = 0;
  let closedWithoutImplementation = 0;
  for (const action of actions) {
    if (action.open) open++;
    if (action.signedOffSince) signedOffSince++;
    if (action.dueSoon) dueSoon++;
    if (action.disposition === 'awaiting-verification') awaitingVerification++;
    else if (action.disposition === 'closed-without-implementation') closedWithoutImplementation++;
    if (action.overdue) {
      overdue++;
      const label = riskLabel(action.risk);
      const counted = overdueByRisk.get(label);
      if (counted) counted.count++;
      else overdueByRisk.set(label, { count: 1, rank: action.risk === null ? UNGRADED_RANK : action.riskRank });
    }
  }
  const rankOf = (word: string) => opinionRank(word, words.opinionRanks);

  return {
    asOf,
    since,
    tablesFound,
    audits: plan.length,
    byStage: STAGE_ORDER.filter((stage) => count(stage) > 0).map((stage) => [stage, count(stage)]),
    opinions: [...opinions].sort((a, b) => rankOf(a[0]) - rankOf(b[0]) || (a[0] < b[0] ? -1 : 1)),
    finalWithoutOpinion,
    delivered: remaining > 0 ? count('final') / remaining : null,
    deliveredExcludes: count('cancelled') + count('deferred') > 0,
    actions: actions.length,
    open,
    closingDates: actions.length === 0 || actions[0].columns.signoff !== null,
    signedOffSince,
    overdue,
    overdueByRisk: [...overdueByRisk].sort((a, b) => a[1].rank - b[1].rank).map(([label, { count }]) => [label, count]),
    dueSoon,
    awaitingVerification,
    closedWithoutImplementation,
  };
}
