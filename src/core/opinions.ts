/**
 * Assurance opinions on every scale seen in published papers, each ranked best first so the summary lists them in
 * order, with the organisation's own word kept:
 *
 *   Substantial / Reasonable / Limited / No (most police and council providers); Minimal and Partial in place of
 *   Limited (Brighton & Hove: Substantial / Reasonable / Partial / Minimal); Good / Adequate / Limited (North Norfolk);
 *   Full / Substantial / Partial / Nil; Substantial / Moderate (Lancashire Fire, Epping Forest); Well Controlled /
 *   Controlled / Controlled, but needs improvement / Inadequately Controlled (West Midlands Police Authority); High
 *   Standard / Good Standard / Improvements Required (Devon Audit Partnership); Green / Amber-Green / Amber-Red / Red
 *   (Flintshire); Effective / Some Improvement Required / Major Improvement Required / Unsatisfactory; High /
 *   Significant (with minor improvement opportunities) / Partial (with improvements required) / No (NHS providers);
 *   and Significant / Satisfactory / Unsatisfactory variants.
 *
 * Across scales the order is by how strong the assurance is, as a reader of the paper would put them side by side.
 */
import { simplify } from './vocabulary';

/** Opinion words, best first. A user's word is placed beside the word of the grade it means. */
export const OPINION_WORDS: readonly string[] = [
  'Full',
  'High',
  'Substantial',
  'Effective',
  'Well Controlled',
  'High Standard',
  'Green',
  'Good',
  'Significant',
  'Good Standard',
  'Reasonable',
  'Adequate',
  'Satisfactory',
  'Controlled',
  'Moderate',
  'Amber-Green',
  'Controlled, but needs improvement',
  'Some Improvement Required',
  'Partial',
  'Limited',
  'Improvements Required',
  'Major Improvement Required',
  'Amber-Red',
  'Unsatisfactory',
  'Inadequately Controlled',
  'Minimal',
  'Red',
  'Nil',
  'No',
];

/** The opinion word each user meaning ranks beside (fields.ts OPINION_MEANINGS). */
export const OPINION_BY_MEANING: Readonly<Record<string, string>> = {
  substantial: 'Substantial',
  reasonable: 'Reasonable',
  limited: 'Limited',
  no: 'No',
};

/** Single-word opinions that also occur in ordinary wording: they count only alone or next to "assurance". */
export const AMBIGUOUS_OPINIONS: ReadonlySet<string> = new Set([
  'no',
  'good',
  'full',
  'high',
  'effective',
  'significant',
  'moderate',
  'green',
  'red',
  'controlled',
]);

/** Words read in an opinion cell, after simplify(): the known words, plus some spellings people use. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ...OPINION_WORDS.map((word) => [simplify(word), word] as [string, string]),
  ['amber green', 'Amber-Green'],
  ['amber red', 'Amber-Red'],
  ['controlled but requires improvement', 'Controlled, but needs improvement'],
  ['improvement required', 'Improvements Required'],
  ['improvements needed', 'Improvements Required'],
  ['some improvement needed', 'Some Improvement Required'],
  ['some improvements required', 'Some Improvement Required'],
  ['major improvement needed', 'Major Improvement Required'],
  ['major improvements required', 'Major Improvement Required'],
  // The NHS providers' long forms, read as the grade they open with: as an opinion cell is read (without the word
  // "assurance") and as a status is.
  ['significant with minor improvement opportunities', 'Significant'],
  ['significant assurance with minor improvement opportunities', 'Significant'],
  ['partial with improvements required', 'Partial'],
  ['partial assurance with improvements required', 'Partial'],
]);

/** Known phrases, longest first, so "Amber-Green" is found before "Green" and "Well Controlled" before "Controlled". */
const PHRASES: readonly [string, string][] = [...SPELLINGS].filter(([key]) => key.includes(' ')).sort((a, b) => b[0].length - a[0].length);

/**
 * The opinion word a phrase names exactly ("reasonable", "amber green"), or null.
 * @example opinionWord('controlled but needs improvement') // 'Controlled, but needs improvement'
 */
export function opinionWord(simplified: string, extra?: ReadonlyMap<string, string>): string | null {
  return extra?.get(simplified) ?? SPELLINGS.get(simplified) ?? null;
}

/** The first multi-word opinion inside a longer text ("Final - Amber-Green assurance" -> Amber-Green), or null. */
export function opinionPhraseIn(simplified: string, extra?: ReadonlyMap<string, string>): string | null {
  const padded = ` ${simplified} `;
  for (const [key, word] of extra ?? []) if (key.includes(' ') && padded.includes(` ${key} `)) return word;
  for (const [key, word] of PHRASES) if (padded.includes(` ${key} `)) return word;
  return null;
}

/**
 * Rank of an opinion word, best first, for ordering the summary: known words by OPINION_WORDS, the user's beside
 * the word of the grade they mean, others after every known one.
 */
export function opinionRank(word: string, userRanks?: ReadonlyMap<string, number>): number {
  const user = userRanks?.get(word);
  if (user !== undefined) return user;
  const index = OPINION_WORDS.indexOf(word);
  return index === -1 ? OPINION_WORDS.length : index;
}

/** How the narrative says a count of an opinion: "2 with substantial assurance", or "1 rated Amber-Green". */
export function opinionPhrase(count: number, word: string): string {
  const assuranceWord =
    /^(full|high|substantial|significant|good|reasonable|adequate|satisfactory|moderate|partial|limited|unsatisfactory|minimal|nil|no)$/i;
  return assuranceWord.test(word) ? `${count} with ${word.toLowerCase()} assurance` : `${count} rated ${word}`;
}
