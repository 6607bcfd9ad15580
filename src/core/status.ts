import type { Stage } from './types';
import { closestWord, OPINION_WORDS, simplify } from './vocabulary';

/**
 * Turns an audit's status text (and its opinion column, when the plan has one) into a stage and an assurance
 * opinion. Organisations write statuses freely ("Finalised- Substantial assurance", "Terms of reference agreed;
 * fieldwork starts 3 June", "Deferred to the 2025/26 plan"), often with dates inside, so this reads for meaning
 * with ordered patterns rather than matching a fixed list.
 */
export interface StatusReading {
  stage: Stage;
  /** The organisation's opinion word, normalised in case ("Substantial"), or null. */
  opinion: string | null;
  /** False when the status text says nothing the engine understands (stage is then 'other'). */
  recognised: boolean;
  /** For an unrecognised status, the text with its misspelling put right ("Finalsed" -> "Finalised"), or null. */
  suggestion: string | null;
}

export interface OpinionReading {
  opinion: string | null;
  /** False when the text names something that is not an opinion word (a misspelling, usually). */
  recognised: boolean;
  /** The closest opinion word to an unrecognised one, or null. */
  suggestion: string | null;
}

/**
 * Ordered: the first pattern that matches decides. The order carries meaning: "cancelled" and "deferred" win over
 * anything else said about the audit; "draft" wins over "final" ("Draft report issued; final due March"); a
 * fieldwork start date in the future is still planning ("fieldwork starts 3 June").
 */
const STAGE_PATTERNS: readonly [Stage, RegExp][] = [
  ['cancelled', /\b(cancell?ed|cancell?ation|withdrawn|removed|dropped|abandoned|no longer (required|needed)|not required)\b/],
  [
    'deferred',
    /\b(deferr?ed|deferral|defer|postponed|carr(y|ied) forward|c ?\/? ?f|roll(ed)? forward|moved to (the )?(next|20\d\d|\d\d\/\d\d)|delayed (to|until)|pushed back|on hold|paused|suspended)\b/,
  ],
  ['not-started', /\b(not (yet )?(started|commenced|begun)|yet to (start|commence|begin)|not due|to be (scheduled|planned))\b|^planned$|^tb[ca]$/],
  ['draft', /\bdraft\b/],
  ['fieldwork', /\b(fieldwork|testing) (is )?(complete|completed|finished|done|closed)\b/],
  ['planning', /\b(planning|scoping|scope) (is )?(complete|completed|finished|done|in progress|underway|ongoing|started|commenced)\b/],
  ['final', /\b(final|finali[sz]ed|finali[sz]ing complete|complete|completed|closed|report issued|issued final|signed off)\b/],
  [
    'draft',
    /\b(quality review|qa|management respons\w*|awaiting respons\w*|reporting|report (being )?(written|prepared|drafted|in preparation|in progress)|exit meeting|closing meeting|debrief)\b/,
  ],
  [
    'planning',
    /\bfieldwork (starts?|starting|to start|due|planned|scheduled|begins?|commences?|booked|from|w ?\/? ?c|will)\b/,
  ],
  ['fieldwork', /\b(fieldwork|in progress|underway|under way|on ?going|testing|started|in hand|commenced|wip)\b/],
  [
    'planning',
    /\b(planning|scoping|scope|terms of reference|tor|timing agreed|dates agreed|scheduled|booked|engagement letter|audit brief|brief agreed|opening meeting|planned)\b/,
  ],
];

/** Words a status is made of, for putting right a misspelt one ("Finalsed" -> "Finalised"). */
const STATUS_KEYWORDS: readonly string[] = [
  'Finalised',
  'Final',
  'Complete',
  'Completed',
  'Draft',
  'Report',
  'Issued',
  'Fieldwork',
  'Progress',
  'Planning',
  'Scoping',
  'Scope',
  'Agreed',
  'Deferred',
  'Postponed',
  'Cancelled',
  'Withdrawn',
  'Started',
  'Underway',
  'Review',
];

/** Words that may sit before "assurance" without being an opinion ("overall assurance: limited"). */
const NOT_OPINIONS = new Set(['overall', 'an', 'the', 'with', 'of', 'level', 'opinion', 'and', 'audit', 'internal', 'gives', 'given', 'provides']);

/** Opinion words that also occur in ordinary wording, so they count only next to "assurance". */
const AMBIGUOUS_OPINIONS = new Set(['no', 'good', 'full', 'significant', 'moderate']);

/** Cells that mean "no opinion (yet)" in an opinion column. */
const NO_OPINION_YET = /^(n ?\/? ?a|none|tbc|tba|pending|not applicable|awaited)$/;

function opinionWord(word: string): string | null {
  const lower = word.toLowerCase();
  return OPINION_WORDS.find((known) => known.toLowerCase() === lower) ?? null;
}

function stageOf(simple: string): Stage | null {
  for (const [stage, pattern] of STAGE_PATTERNS) {
    if (pattern.test(simple)) return stage;
  }
  return null;
}

/**
 * The opinion in an opinion column's cell: "Substantial", "substantial assurance", "Limited Assurance", "No".
 *
 * @example readOpinion('reasonable assurance') // { opinion: 'Reasonable', recognised: true, suggestion: null }
 * @example readOpinion('Substantail') // { opinion: null, recognised: false, suggestion: 'Substantial' }
 */
export function readOpinion(text: string): OpinionReading {
  const simple = simplify(text);
  const core = simple.replace(/\b(assurance|opinion|level|rating)\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (core === '' || NO_OPINION_YET.test(core)) return { opinion: null, recognised: true, suggestion: null };
  const whole = opinionWord(core);
  if (whole) return { opinion: whole, recognised: true, suggestion: null };
  // "Substantial (green)", "Limited - see report": the first word that is an opinion.
  for (const word of core.split(' ')) {
    const known = opinionWord(word);
    if (known && !AMBIGUOUS_OPINIONS.has(word)) return { opinion: known, recognised: true, suggestion: null };
  }
  return { opinion: null, recognised: false, suggestion: closestWord(core.split(' ')[0], OPINION_WORDS) };
}

/**
 * The opinion written inside a status ("Finalised- Substantial assurance", "Final - assurance: limited",
 * "Finalised (Reasonable)"). Unrecognised when a word stands before "assurance" that is not an opinion word.
 */
export function opinionInStatus(text: string): OpinionReading {
  const simple = simplify(text);
  const before = /\b([a-z]+) assurance\b/.exec(simple)?.[1] ?? null;
  const after = /\bassurance(?: level| opinion| rating)?(?: is| of)? ([a-z]+)\b/.exec(simple)?.[1] ?? null;
  if (before && opinionWord(before)) return { opinion: opinionWord(before), recognised: true, suggestion: null };
  if (after && opinionWord(after)) return { opinion: opinionWord(after), recognised: true, suggestion: null };
  if (before && !NOT_OPINIONS.has(before)) {
    return { opinion: null, recognised: false, suggestion: closestWord(before, OPINION_WORDS) };
  }
  if (!/\bassurance\b/.test(simple)) {
    for (const word of simple.split(' ')) {
      if (AMBIGUOUS_OPINIONS.has(word)) continue;
      const known = opinionWord(word);
      if (known) return { opinion: known, recognised: true, suggestion: null };
    }
  }
  return { opinion: null, recognised: true, suggestion: null };
}

/** Puts right each word that is one slip away from a status keyword, keeping the rest of the text as written. */
function correctWords(text: string): string {
  return text.replace(/[A-Za-z]{4,}/g, (word) => {
    if (STATUS_KEYWORDS.some((known) => known.toLowerCase() === word.toLowerCase())) return word;
    const known = closestWord(word, STATUS_KEYWORDS);
    if (!known) return word;
    return word[0] === word[0].toLowerCase() ? known.toLowerCase() : known;
  });
}

/**
 * Stage and opinion of one audit. A blank status means the audit has not started. An opinion column, when the
 * plan has one and it holds an opinion, wins over an opinion written in the status text.
 *
 * @example interpretStatus('Finalised- Substantial assurance', '')
 *   // { stage: 'final', opinion: 'Substantial', recognised: true, suggestion: null }
 * @example interpretStatus('Finalsed', '') // { stage: 'other', opinion: null, recognised: false, suggestion: 'Finalised' }
 */
export function interpretStatus(statusText: string, opinionText: string): StatusReading {
  const simple = simplify(statusText);
  const opinion = readOpinion(opinionText).opinion ?? opinionInStatus(statusText).opinion;
  if (simple === '') return { stage: 'not-started', opinion, recognised: true, suggestion: null };

  const stage = stageOf(simple);
  if (stage) return { stage, opinion, recognised: true, suggestion: null };
  // "Substantial assurance" on its own: an opinion is only given in a final report.
  if (opinionInStatus(statusText).opinion) return { stage: 'final', opinion, recognised: true, suggestion: null };

  const corrected = correctWords(statusText.trim());
  const suggestion = corrected !== statusText.trim() && stageOf(simplify(corrected)) ? corrected : null;
  return { stage: 'other', opinion, recognised: false, suggestion };
}

/** How each stage reads in the committee's tables, in the order audits move through them. */
export const STAGE_LABELS: ReadonlyMap<Stage, string> = new Map<Stage, string>([
  ['final', 'Final report issued'],
  ['draft', 'Draft report'],
  ['fieldwork', 'Fieldwork'],
  ['planning', 'Planning'],
  ['not-started', 'Not started'],
  ['deferred', 'Deferred'],
  ['cancelled', 'Cancelled'],
  ['other', 'Status not recognised'],
]);
