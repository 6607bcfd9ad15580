/**
 * What an action's status cell says happened to it (its disposition). Trackers use their own words (Symbiant's
 * Implemented, Not Adopted, Not Verified, Outstanding, Partly Implemented, Superseded; "Complete", "Risk accepted",
 * "Closed"), often with more said after them ("Implemented - March 2024", "Partially implemented; revised date agreed"),
 * or a percentage complete (Reading BC: 100% is done, anything less is still open). Read by meaning, in this order:
 *
 *   1. partly done             Partially implemented, Partly implemented, Part complete          -> open
 *   2. awaiting verification   Not verified, Awaiting verification, Implemented - to be verified,
 *                              Complete - awaiting evidence, Evidence submitted, Pending audit review
 *   3. closed without action   Superseded, Not adopted, Risk accepted, Withdrawn, No longer applicable
 *   4. open                    Not started, In progress, Not implemented, Outstanding, Open, Overdue, Not yet due,
 *                              Red, Amber; and, as the whole status, Agreed, Accepted, Deferred, On hold (the
 *                              action agreed or put off: "Risk accepted" and "Not agreed" are read before this)
 *   5. done                    Implemented, Fully implemented, Complete(d), Closed, Verified, Done, Actioned
 *
 * "Green" is left unread on purpose: on some trackers it means complete (Leicestershire, City of London), on others
 * well advanced but not complete (Reading's over 75%). The user says which, in Settings > Tables and columns.
 */
import type { ActionStatus, CellValue, Disposition } from './types';
import { closestWord, correctWords, simplify } from './vocabulary';

const PATTERNS: readonly [Disposition, RegExp][] = [
  ['open', /\b(partially|partly|part|partial)\b/],
  [
    'awaiting-verification',
    /\b(awaiting|pending|requires?|needs?|subject to|for) (audit |ia )?(verification|validation|confirmation|testing|follow up)\b|\bnot (yet )?(verified|validated|confirmed by audit)\b|\bunverified\b|\bto be (verified|validated|confirmed)\b|\bverification (pending|outstanding|required|due)\b|\b(claimed|reported|stated) (as )?(implemented|complete|completed)\b|\b(awaiting|pending|subject to|with) (audit |ia |internal audit )?(evidence|review)\b|\bevidence (awaited|requested|submitted|provided|sent|to be provided|being gathered)\b|\b(awaiting|pending) (audit|ia|internal audit)\b/,
  ],
  [
    'closed-without-implementation',
    /\b(superseded|not adopted|risk accepted|accepted (the )?risk|risk tolerated|management accepts? (the )?risk|withdrawn|no longer (applicable|relevant|required|needed|valid)|not applicable|n ?\/ ?a|cancell?ed|deleted|rejected|not accepted|not agreed|declined|obsolete|redundant|no action (required|needed)|closed (without|not implemented|no action))\b/,
  ],
  [
    'open',
    /\b(not (yet )?(started|implemented|complete|completed|done|actioned|achieved|closed)|in progress|on ?going|outstanding|open|overdue|delayed|behind( schedule)?|on track|started|underway|under way|pending|not (yet )?due( yet)?|work in progress|wip|incomplete|red|amber|in hand|progressing|extension (requested|agreed)|not (yet )?commenced|slipped|slippage)\b|^(agreed|accepted|deferred|on hold|paused|scheduled|planned|extended|revised|revised date|new date)$/,
  ],
  [
    'implemented',
    /\b(implemented|complete|completed|closed|verified|done|actioned|achieved|resolved|cleared|finished|in place|signed off|embedded)\b/,
  ],
];

/** Words statuses are made of, for putting right a misspelt one ("Implemnted" -> "Implemented"). */
const KEYWORDS: readonly string[] = [
  'Implemented',
  'Partially',
  'Partly',
  'Superseded',
  'Adopted',
  'Accepted',
  'Withdrawn',
  'Applicable',
  'Verified',
  'Verification',
  'Awaiting',
  'Outstanding',
  'Progress',
  'Started',
  'Complete',
  'Completed',
  'Closed',
  'Ongoing',
  'Overdue',
  'Delayed',
  'Actioned',
  'Achieved',
  'Resolved',
  'Cancelled',
  'Rejected',
  'Longer',
  'Relevant',
  'Pending',
  'Required',
  'Management',
  'Revised',
  'Agreed',
  'Extension',
  'Target',
  'Date',
  'Risk',
];

/** Statuses offered when suggesting a fix for one not understood, and in Excel's in-cell list. */
export const ACTION_STATUSES_OFFERED: readonly string[] = [
  'Not started',
  'In progress',
  'Partially implemented',
  'Implemented',
  'Awaiting verification',
  'Superseded',
  'Risk accepted',
  'Not adopted',
];

function dispositionOf(simple: string, extra: ReadonlyMap<string, Disposition> | undefined): Disposition | null {
  const own = extra?.get(simple);
  if (own) return own;
  const percent = /^(\d{1,3}(?:\.\d+)?) ?%/.exec(simple);
  if (percent) return fromPercent(Number(percent[1]));
  for (const [disposition, pattern] of PATTERNS) if (pattern.test(simple)) return disposition;
  return null;
}

/** 100% complete is done; anything less is still open. Over 100 is not a percentage anyone meant. */
function fromPercent(percent: number): Disposition | null {
  if (percent >= 100) return percent === 100 ? 'implemented' : null;
  return percent >= 0 ? 'open' : null;
}

const BLANK: ActionStatus = { disposition: null, recognised: true, suggestion: null };

/**
 * @param numberFormat a number is a percentage: a fraction under a "%" format (1 = 100%), else the percentage itself.
 * @param extra the user's own words, simplified, with what they mean (userWords.ts).
 *
 * @example readActionStatus('Partly Implemented') // { disposition: 'open', recognised: true, suggestion: null }
 * @example readActionStatus(1, '0%') // { disposition: 'implemented', recognised: true, suggestion: null }
 * @example readActionStatus('Implemnted') // { disposition: 'implemented', recognised: true, suggestion: 'Implemented' }
 */
export function readActionStatus(value: CellValue, numberFormat?: string, extra?: ReadonlyMap<string, Disposition>): ActionStatus {
  if (typeof value === 'number') {
    const percent = numberFormat?.includes('%') ? value * 100 : value;
    const disposition = fromPercent(Math.round(percent * 1000) / 1000);
    return disposition ? { disposition, recognised: true, suggestion: null } : { disposition: null, recognised: false, suggestion: null };
  }
  if (value === null) return BLANK;
  if (typeof value !== 'string') return { disposition: null, recognised: false, suggestion: null };
  const simple = simplify(value);
  if (simple === '') return BLANK;
  const text = value.trim().replace(/\s+/g, ' ');
  const corrected = correctWords(text, KEYWORDS);
  const disposition = dispositionOf(simple, extra);
  if (corrected === text) {
    return disposition ? { disposition, recognised: true, suggestion: null } : unknown(text);
  }
  // Misspelt: read as the corrected wording says, and offer the correction.
  const meant = dispositionOf(simplify(corrected), extra) ?? disposition;
  return meant ? { disposition: meant, recognised: true, suggestion: corrected } : unknown(text);
}

function unknown(text: string): ActionStatus {
  return { disposition: null, recognised: false, suggestion: closestWord(text, ACTION_STATUSES_OFFERED) };
}

/** How each disposition reads in tables and findings. */
export const DISPOSITION_LABELS: Readonly<Record<Disposition, string>> = {
  open: 'open',
  'awaiting-verification': 'implemented, awaiting verification',
  implemented: 'implemented',
  'closed-without-implementation': 'closed without implementation',
};
