/**
 * Header cells recognised by meaning. A header is compared after normalising away case, spacing and punctuation, so
 * "Sign-off date", "Signoff Date" and "SIGN OFF DATE" are the same header. Each field has a list of synonyms in order
 * of preference: when two columns of one table both match a field, the one earlier in the list wins (a "Rec no" column
 * is the recommendation's label rather than a "Recommendation" column of prose, for example).
 */
import type { ActionField, PlanField, TableKind } from './types';

type Synonyms<F extends string> = ReadonlyArray<readonly [F, readonly string[]]>;

const AUDIT_NAMES = [
  'audit name', 'audit', 'audit title', 'audit area', 'auditable area', 'audit review', 'review', 'review name',
  'review title', 'review area', 'audit subject', 'audit topic', 'assignment', 'audit assignment', 'area',
  'auditable entity', 'audit report', 'report title', 'report name', 'audit name title',
];

export const PLAN_SYNONYMS: Synonyms<PlanField> = [
  ['audit', AUDIT_NAMES],
  [
    'plannedStart',
    [
      'planned start', 'planned start date', 'start date', 'start', 'planned date', 'planned quarter', 'quarter',
      'scheduling', 'scheduled', 'scheduled date', 'scheduled start', 'schedule', 'timing', 'planned timing',
      'proposed timing', 'indicative timing', 'fieldwork start', 'fieldwork date', 'planned fieldwork', 'when',
      'planned start quarter', 'proposed start', 'target start',
    ],
  ],
  [
    'status',
    [
      'status', 'stage', 'progress', 'current status', 'audit status', 'status update', 'progress update',
      'latest update', 'current position', 'position', 'update', 'latest position', 'progress to date', 'state',
    ],
  ],
  [
    'opinion',
    [
      'assurance', 'opinion', 'assurance level', 'level of assurance', 'assurance opinion', 'audit opinion',
      'assurance rating', 'assurance given', 'opinion given', 'overall opinion', 'overall assurance', 'rating',
      'outcome', 'assurance outcome',
    ],
  ],
];

export const ACTION_SYNONYMS: Synonyms<ActionField> = [
  ['audit', AUDIT_NAMES],
  [
    'recommendation',
    [
      'rec no', 'recommendation no', 'recommendation number', 'rec number', 'rec ref', 'recommendation ref',
      'recommendation reference', 'recommendation', 'rec', 'recs', 'recommendations', 'ref', 'ref no', 'reference',
      'action no', 'action number', 'action ref', 'rec id', 'no', 'number',
    ],
  ],
  [
    'risk',
    [
      'risk', 'risk level', 'risk rating', 'priority', 'priority level', 'priority rating', 'grade', 'risk grade',
      'rating', 'significance', 'risk priority', 'category', 'recommendation priority', 'importance',
    ],
  ],
  [
    'deadline',
    [
      'deadline', 'due date', 'due', 'target date', 'target', 'implementation date', 'agreed date',
      'agreed implementation date', 'target implementation date', 'original deadline', 'original target date',
      'original due date', 'original implementation date', 'agreed deadline', 'date due', 'timescale', 'target completion date',
    ],
  ],
  [
    'revisedDeadline',
    [
      'revised deadline', 'revised target date', 'revised due date', 'revised implementation date', 'revised date',
      'revised target', 'extended to', 'extended deadline', 'new deadline', 'new target date', 'new due date',
      'extension', 'extension date', 'revised timescale', 'latest deadline',
    ],
  ],
  [
    'signoff',
    [
      'signoff date', 'signoff', 'signed off', 'signed off date', 'date signed off', 'date implemented',
      'implemented', 'implemented date', 'implementation confirmed', 'completed', 'completed date', 'date completed',
      'completion date', 'closed', 'closed date', 'date closed', 'closure date', 'verified', 'date verified',
    ],
  ],
];

/**
 * Header text reduced to letters and digits, lower case: "Sign-off  Date:" -> "signoffdate", "Risk (H/M/L)" -> "riskhml".
 * "&" becomes "and" so "Health & Safety" and "Health and Safety" agree.
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

function lookup<F extends string>(synonyms: Synonyms<F>): Map<string, { field: F; rank: number }> {
  const map = new Map<string, { field: F; rank: number }>();
  for (const [field, words] of synonyms) {
    words.forEach((word, rank) => {
      const key = normaliseHeader(word);
      if (!map.has(key)) map.set(key, { field, rank });
    });
  }
  return map;
}

const PLAN_LOOKUP = lookup(PLAN_SYNONYMS);
const ACTION_LOOKUP = lookup(ACTION_SYNONYMS);

export interface HeaderMatch<F extends string> {
  field: F;
  /** Position in the field's synonym list: lower is a stronger match. */
  rank: number;
}

/**
 * Matches header text to a field with its preference rank. Tries the whole text, then the text without anything in
 * brackets ("Risk (H/M/L)" -> Risk, "Deadline (original)" -> Deadline).
 */
export function matchHeaderRanked(text: string, kind: 'plan'): HeaderMatch<PlanField> | null;
export function matchHeaderRanked(text: string, kind: 'actions'): HeaderMatch<ActionField> | null;
export function matchHeaderRanked(text: string, kind: TableKind): HeaderMatch<PlanField | ActionField> | null;
export function matchHeaderRanked(text: string, kind: TableKind): HeaderMatch<PlanField | ActionField> | null {
  if (text.length > 60) return null;
  const table = kind === 'plan' ? PLAN_LOOKUP : ACTION_LOOKUP;
  const whole = table.get(normaliseHeader(text));
  if (whole) return whole;
  const unbracketed = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  if (unbracketed === text) return null;
  return table.get(normaliseHeader(unbracketed)) ?? null;
}

/**
 * @example matchHeader('Sign-off date', 'actions') === 'signoff'; matchHeader('Status', 'actions') === null
 */
export function matchHeader(text: string, kind: 'plan'): PlanField | null;
export function matchHeader(text: string, kind: 'actions'): ActionField | null;
export function matchHeader(text: string, kind: TableKind): PlanField | ActionField | null;
export function matchHeader(text: string, kind: TableKind): PlanField | ActionField | null {
  return matchHeaderRanked(text, kind)?.field ?? null;
}

/** How a field is named to a person, for findings and settings. */
export const FIELD_LABELS: Record<PlanField | ActionField, string> = {
  audit: 'Audit Name',
  plannedStart: 'Planned start',
  status: 'Status',
  opinion: 'Assurance opinion',
  recommendation: 'Recommendation',
  risk: 'Risk',
  deadline: 'Deadline',
  revisedDeadline: 'Revised deadline',
  signoff: 'Signoff Date',
};

/** Headers a field accepts, most familiar first, for "looked for a header such as ..." messages. */
const FIELD_EXAMPLES: Record<PlanField | ActionField, readonly string[]> = {
  audit: ['Audit Name', 'Audit', 'Review'],
  plannedStart: ['Planned start', 'Start date', 'Quarter'],
  status: ['Status', 'Stage', 'Progress'],
  opinion: ['Assurance', 'Opinion', 'Assurance level'],
  recommendation: ['Recommendation', 'Rec no', 'Ref'],
  risk: ['Risk', 'Priority', 'Grade'],
  deadline: ['Deadline', 'Due date', 'Target date'],
  revisedDeadline: ['Revised deadline', 'Revised target date', 'Extended to'],
  signoff: ['Signoff Date', 'Date implemented', 'Completed'],
};

/** @example exampleHeaders('risk') -> ['Risk', 'Priority', 'Grade'] */
export function exampleHeaders(field: PlanField | ActionField): readonly string[] {
  return FIELD_EXAMPLES[field];
}

/** ['Risk', 'Priority', 'Grade'] -> "Risk, Priority or Grade". */
export function listWithOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** ['Audit Name', 'Risk', 'Deadline'] -> "Audit Name, Risk and Deadline". */
export function listWithAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
