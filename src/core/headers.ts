/**
 * Header cells recognised by meaning, from the field table (fields.ts). A header is compared after normalising away
 * case, spacing and punctuation, so "Sign-off date", "Signoff Date" and "SIGN OFF DATE" are the same header. When
 * two columns of one table both match a field, the one whose wording comes earlier in the field's list wins.
 *
 * Deadlines are numbered in some trackers: "1st agreed date", "2nd agreed date" (Camms), "Second revised date",
 * "Revised deadline 2". The number is read as the column's place among the deadlines: the first of a deadline
 * wording is the original date and later ones are revisions; a revised wording's number is its revision.
 */
import { FIELD_SPECS, type ActionField, type Field, type PlanField } from './fields';
import { type FieldSpec } from './fieldSpec';
import type { TableKind } from './types';

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Header text reduced to letters and digits, lower case: "Sign-off  Date:" -> "signoffdate", "Risk (H/M/L)" -> "riskhml".
 * "&" becomes "and" so "Health & Safety" and "Health and Safety" agree; "%" becomes "percent" so "% complete" is
 * not mistaken for "Complete".
 */
export function normaliseHeader(text: string): string {
  const lower = text.toLowerCase().replace(/&/g, 'and').replace(/%/g, 'percent');
  // NFKD changes nothing in plain ASCII, and it is the slowest step: every distinct text of a sheet is normalised
  // while the header row is looked for.
  return (NOT_ASCII.test(lower) ? lower.normalize('NFKD') : lower).replace(/[^a-z0-9]/g, '');
}

interface Entry<F extends string> {
  field: F;
  rank: number;
}

function lookup<F extends string>(specs: readonly FieldSpec<TableKind, F>[]): Map<string, Entry<F>> {
  const map = new Map<string, Entry<F>>();
  for (const spec of specs) {
    spec.headers.forEach((word, rank) => {
      const key = normaliseHeader(word);
      if (!map.has(key)) map.set(key, { field: spec.id, rank });
    });
  }
  return map;
}

const LOOKUPS: Record<TableKind, Map<string, Entry<Field>>> = {
  plan: lookup(FIELD_SPECS.plan),
  actions: lookup(FIELD_SPECS.actions),
};

export interface HeaderMatch<F extends string> {
  field: F;
  /** Position in the field's list of wordings: lower is a stronger match. */
  rank: number;
  /**
   * For a revised deadline: which revision the header says it is (1 for the first), or null when it does not say.
   * Revision columns are put in this order, and by position where they do not say.
   */
  revision: number | null;
}

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
  ['5th', 5],
  ['6th', 6],
]);

/** "2nd agreed date" -> [2, "agreed date"]; "Revised deadline 3" -> [3, "revised deadline"]; null when unnumbered. */
function splitOrdinal(text: string): [number, string] | null {
  const lower = text.toLowerCase().trim();
  const word = /\b(first|second|third|fourth|fifth|sixth|[1-6](?:st|nd|rd|th))\b/.exec(lower);
  if (word) return [ORDINAL_WORDS.get(word[1])!, lower.replace(word[0], ' ')];
  const trailing = /[\s(#-]+\(?([1-6])\)?$/.exec(lower);
  if (trailing) return [Number(trailing[1]), lower.slice(0, trailing.index)];
  return null;
}

/**
 * Matches header text to a field with its preference rank. Tries the whole text, then a numbered deadline ("2nd
 * agreed date"), then the text without anything in brackets ("Risk (H/M/L)" -> Risk, "Deadline (original)" ->
 * Deadline), then each of two wordings joined by a slash ("Responsible Officer / Owner").
 */
export function matchHeaderRanked(text: string, kind: 'plan'): HeaderMatch<PlanField> | null;
export function matchHeaderRanked(text: string, kind: 'actions'): HeaderMatch<ActionField> | null;
export function matchHeaderRanked(text: string, kind: TableKind): HeaderMatch<Field> | null;
export function matchHeaderRanked(text: string, kind: TableKind): HeaderMatch<Field> | null {
  if (text.length > 60) return null;
  const table = LOOKUPS[kind];
  const plain = (words: string) => {
    const hit = table.get(normaliseHeader(words));
    return hit ? { field: hit.field, rank: hit.rank, revision: null } : null;
  };
  const whole = plain(text);
  if (whole) return whole;
  // Before brackets are dropped, so "Revised date (2)" keeps its number.
  const numbered = kind === 'actions' ? numberedDeadline(text, plain) : null;
  if (numbered) return numbered;
  // "Original/Revised date", "Revised (or original) target date": one column holding whichever date is in force,
  // which is the deadline, not a revision of it.
  if (kind === 'actions' && BOTH_DATES.test(text)) return plain('deadline');
  const unbracketed = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const bare = unbracketed === text ? null : plain(unbracketed);
  if (bare) return bare;
  // Two wordings joined by a slash ("Responsible Officer / Owner", "Date Implemented/Closed"): the first that is
  // known, read left to right as a person reads the header.
  if (!unbracketed.includes('/')) return null;
  for (const part of unbracketed.split('/')) {
    const hit = plain(part);
    if (hit) return hit;
  }
  return null;
}

const BOTH_DATES = /\boriginal\b.*\b(revised|new|extended|latest)\b|\b(revised|new|extended|latest)\b.*\boriginal\b/i;

function numberedDeadline(text: string, plain: (words: string) => HeaderMatch<Field> | null): HeaderMatch<Field> | null {
  const numbered = splitOrdinal(text);
  if (!numbered) return null;
  const [number, rest] = numbered;
  const hit = plain(rest);
  if (hit?.field === 'revisedDeadline') return { ...hit, revision: number };
  // The first of a deadline wording is the original date; its later numbers are revisions.
  if (hit?.field === 'deadline') return number === 1 ? hit : { field: 'revisedDeadline', rank: hit.rank, revision: number - 1 };
  return null;
}

/**
 * @example matchHeader('Sign-off date', 'actions') === 'signoff'; matchHeader('Deadline', 'plan') === null
 */
export function matchHeader(text: string, kind: 'plan'): PlanField | null;
export function matchHeader(text: string, kind: 'actions'): ActionField | null;
export function matchHeader(text: string, kind: TableKind): Field | null;
export function matchHeader(text: string, kind: TableKind): Field | null {
  return matchHeaderRanked(text, kind)?.field ?? null;
}

function byField<T>(pick: (spec: FieldSpec) => T): Record<Field, T> {
  const out = {} as Record<Field, T>;
  // A field both tables have (audit, status) is named the same in both; the plan's entry is kept.
  for (const spec of [...FIELD_SPECS.actions, ...FIELD_SPECS.plan] as FieldSpec[]) out[spec.id as Field] = pick(spec);
  return out;
}

/** How a field is named to a person, for findings and settings. */
export const FIELD_LABELS: Record<Field, string> = byField((spec) => spec.label);

/** @example exampleHeaders('risk') -> ['Risk', 'Priority', 'Grade'] */
export function exampleHeaders(field: Field, kind?: TableKind): readonly string[] {
  const spec = kind ? (FIELD_SPECS[kind] as readonly FieldSpec[]).find((s) => s.id === field) : undefined;
  return spec?.examples ?? EXAMPLES[field];
}

const EXAMPLES: Record<Field, readonly string[]> = byField((spec) => spec.examples);
