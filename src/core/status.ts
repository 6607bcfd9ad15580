import { opinionPhraseIn, opinionWord, AMBIGUOUS_OPINIONS, OPINION_WORDS } from './opinions';
import type { Stage } from './types';
import type { UserWords } from './userWords';
import { closestWord, correctWords, simplify } from './vocabulary';

/**
 * Turns an audit's status text (and its opinion column, when the plan has one) into a stage and an assurance
 * opinion. Organisations write statuses freely ("Finalised- Substantial assurance", "Terms of reference agreed;
 * fieldwork starts 3 June", "Complete Final report issued 28 July 2011", "Progressing: scope agreed and testing
 * started"), often with dates inside, so this reads for meaning with ordered patterns rather than matching a list.
 */
export interface StatusReading {
  stage: Stage;
  /** The organisation's opinion word, in its usual spelling ("Substantial", "Amber-Green"), or null. */
  opinion: string | null;
  /** False when the status text says nothing the engine understands (stage is then 'other'). */
  recognised: boolean;
  /**
   * For a misspelt status, the text with its misspelling put right ("Finalsed - Reasonable assurance" ->
   * "Finalised - Reasonable assurance"): the stage is the one the corrected text says. Null otherwise.
   */
  suggestion: string | null;
}

export interface OpinionReading {
  opinion: string | null;
  /** False when the text names something that is not an opinion word (a misspelling, usually). */
  recognised: boolean;
  /** The closest opinion word to an unrecognised one, or null. */
  suggestion: string | null;
  /** The text says in words that there is no opinion ("Opinion not provided", "N/A"). */
  statedNone: boolean;
}

/**
 * Ordered: the first pattern that matches decides. The order carries meaning: "cancelled" and "deferred" win over
 * anything else said about the audit; "draft" wins over "final" ("Draft report issued; final due March"); a
 * fieldwork start date in the future is still planning ("fieldwork starts 3 June").
 *
 * Two readings are choices: "Scheduled" on its own is not started (the audit is booked in, no work has begun), and
 * "Follow up" (a follow-up review, still a line of the plan) is fieldwork: work under way with no report yet.
 */
const STAGE_PATTERNS: readonly [Stage, RegExp][] = [
  ['cancelled', /\b(cancell?ed|cancell?ation|withdrawn|removed|dropped|abandoned|no longer (required|needed)|not required|replaced by)\b/],
  [
    'deferred',
    /\b(deferr?ed|deferral|defer|postponed|carr(y|ied) forward|c ?\/? ?f|roll(ed)? forward|moved to (the )?(next|20\d\d|\d\d\/\d\d)|delayed (to|until)|pushed back|on hold|paused|suspended)\b/,
  ],
  [
    'not-started',
    /\b(not (yet )?(started|commenced|begun)|yet to (start|commence|begin)|not due|to be (scheduled|planned))\b|^planned$|^tb[ca]$|^scheduled\b|^(auditor )?allocated$/,
  ],
  ['draft', /\bdraft\b/],
  ['fieldwork', /\b(fieldwork|testing) (is )?(complete|completed|finished|done|closed)\b/],
  ['planning', /\b(planning|scoping|scope) (is )?(complete|completed|finished|done|in progress|underway|ongoing|started|commenced)\b/],
  ['final', /\b(final|finali[sz]ed|finali[sz]ing complete|complete|completed|closed|report issued|issued final|signed off)\b/],
  [
    'draft',
    /\b(quality review|qa|management respons\w*|awaiting respons\w*|reporting|review process|report (being )?(written|prepared|drafted|in preparation|in progress)|exit meeting|closing meeting|debrief)\b/,
  ],
  ['planning', /\bfieldwork (starts?|starting|to start|due|planned|scheduled|begins?|commences?|booked|from|w ?\/? ?c|will)\b/],
  ['fieldwork', /\b(fieldwork|in progress|underway|under way|on ?going|testing|started|in hand|commenced|wip|progressing|follow ?up)\b/],
  [
    'planning',
    /\b(planning|scoping|scope|terms of reference|tor|timing agreed|dates agreed|scheduled|booked|engagement letter|audit brief|brief agreed|brief issued|briefing|opening meeting|planned)\b/,
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
  'Progressing',
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
  'Scheduled',
  'Reporting',
  'Ongoing',
  'Removed',
  'Testing',
  'Assurance',
  'Reasonable',
  'Substantial',
  'Limited',
  // Right as they are, though a slip away from a word above: American spellings and other common words.
  'Finalized',
  'Canceled',
  'Deferral',
  'Commenced',
  'Planned',
  'Completion',
  'Progressed',
  'Review',
];

/** Words that may sit before "assurance" without being an opinion ("overall assurance: limited"). */
const NOT_OPINIONS = new Set(['overall', 'an', 'the', 'with', 'of', 'level', 'opinion', 'and', 'audit', 'internal', 'gives', 'given', 'provides']);

/** Cells that mean "no opinion (yet)" in an opinion column. */
const NO_OPINION =
  /^((n ?\/? ?a|none|none given|nil return|tbc|tba|pending|not applicable|awaited|not provided|not given|opinion not provided|no opinion( given| provided| required)?|not yet given)( (advisory|consultancy|follow up)( work| review)?)?|(advisory|consultancy|follow up)( work| review| only)?( (no|without) opinion)?)$/;

function stageOf(simple: string): Stage | null {
  for (const [stage, pattern] of STAGE_PATTERNS) {
    if (pattern.test(simple)) return stage;
  }
  return null;
}

/** The opinion cell's text without the words around an opinion ("Substantial assurance" -> "substantial"). */
function opinionCore(text: string): string {
  return simplify(text)
    .replace(/\//g, ' ')
    .replace(/\b(assurance|opinion|level|rating)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An opinion cell's key for a user's word: as opinionCore reads a cell. */
export const opinionKey = opinionCore;

/**
 * The opinion in an opinion column's cell: "Substantial", "substantial assurance", "Amber-Green", "Controlled, but
 * needs improvement", "˜ Substantial" (a symbol pasted from a report).
 *
 * @example readOpinion('reasonable assurance') // { opinion: 'Reasonable', recognised: true, suggestion: null, statedNone: false }
 * @example readOpinion('Substantail') // { opinion: null, recognised: false, suggestion: 'Substantial', statedNone: false }
 */
export function readOpinion(text: string, words?: UserWords): OpinionReading {
  const raw = simplify(text);
  const core = opinionCore(text);
  if (core === '' && raw === '') return { opinion: null, recognised: true, suggestion: null, statedNone: false };
  if (NO_OPINION.test(raw) || NO_OPINION.test(core)) return { opinion: null, recognised: true, suggestion: null, statedNone: true };
  const whole = opinionWord(core, words?.opinion);
  if (whole) return { opinion: whole, recognised: true, suggestion: null, statedNone: false };
  const phrase = opinionPhraseIn(core, words?.opinion);
  if (phrase) return { opinion: phrase, recognised: true, suggestion: null, statedNone: false };
  // "Substantial (green)", "Limited - see report": the first word that is an opinion.
  for (const word of core.split(' ')) {
    const known = opinionWord(word, words?.opinion);
    if (known && !AMBIGUOUS_OPINIONS.has(word)) return { opinion: known, recognised: true, suggestion: null, statedNone: false };
  }
  return { opinion: null, recognised: false, suggestion: closestWord(core.split(' ')[0] ?? '', OPINION_WORDS), statedNone: false };
}

/**
 * The opinion written inside a status ("Finalised- Substantial assurance", "Final - assurance: limited",
 * "Finalised (Reasonable)", "Final - Amber-Green"). Unrecognised when a word stands before "assurance" that is not an
 * opinion word.
 */
export function opinionInStatus(text: string, words?: UserWords): OpinionReading {
  const simple = simplify(text);
  const extra = words?.opinion;
  const none: OpinionReading = { opinion: null, recognised: true, suggestion: null, statedNone: false };
  const phrase = opinionPhraseIn(simple, extra);
  if (phrase) return { ...none, opinion: phrase };
  const before = /\b([a-z]+) assurance\b/.exec(simple)?.[1] ?? null;
  const after = /\bassurance(?: level| opinion| rating)?(?: is| of)? ([a-z]+)\b/.exec(simple)?.[1] ?? null;
  if (before && opinionWord(before, extra)) return { ...none, opinion: opinionWord(before, extra) };
  if (after && opinionWord(after, extra)) return { ...none, opinion: opinionWord(after, extra) };
  if (before && !NOT_OPINIONS.has(before)) {
    return { opinion: null, recognised: false, suggestion: closestWord(before, OPINION_WORDS), statedNone: false };
  }
  if (!/\bassurance\b/.test(simple)) {
    for (const word of simple.split(' ')) {
      if (AMBIGUOUS_OPINIONS.has(word)) continue;
      const known = opinionWord(word, extra);
      if (known) return { ...none, opinion: known };
    }
  }
  return none;
}

/** The stage a status says, from the user's own words first, then the patterns; null when neither knows it. */
function stageFor(simple: string, words: UserWords | undefined): Stage | null {
  return words?.planStatus.get(simple) ?? stageOf(simple);
}

/**
 * Stage and opinion of one audit. A blank status means the audit has not started. An opinion column, when the
 * plan has one and it holds an opinion, wins over an opinion written in the status text. A misspelt status
 * ("Finalsed - Reasonable assurance") is read as the stage its corrected wording says, with the correction as
 * `suggestion` so the finding can offer it.
 *
 * @example readStatus('Finalised- Substantial assurance', '')
 *   // { stage: 'final', opinion: 'Substantial', recognised: true, suggestion: null }
 * @example readStatus('Finalsed', '') // { stage: 'final', opinion: null, recognised: true, suggestion: 'Finalised' }
 */
export function readStatus(statusText: string, opinionText: string, words?: UserWords): StatusReading {
  const simple = simplify(statusText);
  const opinion = readOpinion(opinionText, words).opinion ?? opinionInStatus(statusText, words).opinion;
  if (simple === '') return { stage: 'not-started', opinion, recognised: true, suggestion: null };

  const corrected = correctWords(statusText.trim(), STATUS_KEYWORDS);
  const misspelt = corrected !== statusText.trim();
  const stage = stageFor(simple, words);
  // Read as written when the corrected wording says the same; "Finalsed - ..." says nothing until corrected.
  if (stage && (!misspelt || stageFor(simplify(corrected), words) === stage)) {
    return { stage, opinion, recognised: true, suggestion: misspelt ? corrected : null };
  }
  const correctedStage = misspelt ? stageFor(simplify(corrected), words) : null;
  if (correctedStage) {
    const correctedOpinion = readOpinion(opinionText, words).opinion ?? opinionInStatus(corrected, words).opinion;
    return { stage: correctedStage, opinion: correctedOpinion, recognised: true, suggestion: corrected };
  }
  if (stage) return { stage, opinion, recognised: true, suggestion: null };
  // "Substantial assurance" on its own: an opinion is only given in a final report.
  if (opinionInStatus(statusText, words).opinion) return { stage: 'final', opinion, recognised: true, suggestion: null };
  return { stage: 'other', opinion, recognised: false, suggestion: null };
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
