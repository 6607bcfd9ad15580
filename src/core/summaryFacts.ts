import type { ClassifiedAction, IsoDate, PlanRow, Stage } from './types';
import { OPINION_WORDS, riskRank } from './vocabulary';

/** The order audits move through, used for every count by stage. */
export const STAGE_ORDER: readonly Stage[] = [
  'final',
  'draft',
  'fieldwork',
  'planning',
  'not-started',
  'deferred',
  'cancelled',
  'other',
];

/** What a risk is called in tables when the action has none the engine recognises. */
export const NOT_GRADED = 'Not graded';

/** Counts the summary's tables and narrative are written from, computed once so they cannot disagree. */
export interface SummaryFacts {
  asOf: IsoDate;
  since: IsoDate | null;
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
  signedOffSince: number;
  overdue: number;
  /** Overdue actions per risk word (NOT_GRADED for none), highest first. */
  overdueByRisk: [string, number][];
  dueWithin30Days: number;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Orders opinion words by the known scales (highest assurance first), then any others as written. */
function opinionRank(word: string): number {
  const index = OPINION_WORDS.indexOf(word);
  return index === -1 ? OPINION_WORDS.length : index;
}

export function riskLabel(risk: string | null): string {
  return risk ?? NOT_GRADED;
}

/** Risk rows for tables: High, Medium and Low always (the committee expects them), others when present. */
export function riskRows(risks: Iterable<string | null>): string[] {
  const present = new Set<string>(['High', 'Medium', 'Low']);
  for (const risk of risks) present.add(riskLabel(risk));
  return [...present].sort(compareRiskLabels);
}

/** Highest risk first; "Not graded" last. */
export function compareRiskLabels(a: string, b: string): number {
  return riskRank(a === NOT_GRADED ? null : a) - riskRank(b === NOT_GRADED ? null : b);
}

/** Grouped with Maps: opinion words and risk text come from cells and may be anything. */
export function summaryFacts(
  plan: readonly PlanRow[],
  actions: readonly ClassifiedAction[],
  asOf: IsoDate,
  since: IsoDate | null,
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

  // One pass with counters: a filter per count would build four arrays of up to 20,000 actions only to measure them.
  const overdueByRisk = new Map<string, number>();
  let open = 0;
  let signedOffSince = 0;
  let overdue = 0;
  let dueWithin30Days = 0;
  for (const action of actions) {
    if (action.open) open++;
    if (action.signedOffSince) signedOffSince++;
    if (action.dueWithin30Days) dueWithin30Days++;
    if (action.overdue) {
      overdue++;
      increment(overdueByRisk, riskLabel(action.risk));
    }
  }

  return {
    asOf,
    since,
    audits: plan.length,
    byStage: STAGE_ORDER.filter((stage) => count(stage) > 0).map((stage) => [stage, count(stage)]),
    opinions: [...opinions].sort((a, b) => opinionRank(a[0]) - opinionRank(b[0]) || (a[0] < b[0] ? -1 : 1)),
    finalWithoutOpinion,
    delivered: remaining > 0 ? count('final') / remaining : null,
    deliveredExcludes: count('cancelled') + count('deferred') > 0,
    actions: actions.length,
    open,
    signedOffSince,
    overdue,
    overdueByRisk: [...overdueByRisk].sort((a, b) => compareRiskLabels(a[0], b[0])),
    dueWithin30Days,
  };
}
