/**
 * The words the engine knows: risk grades, assurance opinions and the status words offered in Excel's in-cell
 * lists, plus `closestWord` for suggesting a fix when a cell holds a misspelling.
 *
 * Risk normalisation (why these buckets): UK internal audit providers grade recommendations differently
 * (RSM and BDO: High/Medium/Low; Mazars: Priority 1/2/3; TIAA: Urgent/Important/Routine; some use RAG colours or
 * add Critical above High and Advisory below Low). The committee compares them on one scale, so every variant maps
 * onto one of five words, ranked highest first:
 *
 *   Critical  <- critical, very high, extreme, priority 0, P0
 *   High      <- high, significant, major, fundamental, urgent, priority 1, P1, red, grade 1
 *   Medium    <- medium, med, moderate, important, priority 2, P2, amber, grade 2
 *   Low       <- low, minor, routine, merits attention, priority 3, P3, green, grade 3
 *   Advisory  <- advisory, housekeeping, improvement, efficiency, best practice, priority 4, P4
 */

/** Risk words in rank order, highest first. Sorting uses this order. */
export const RISK_WORDS = ['Critical', 'High', 'Medium', 'Low', 'Advisory'] as const;
export type RiskWord = (typeof RISK_WORDS)[number];

/** The risk words offered in Excel's in-cell list: the three the seed uses, which most trackers need. */
export const RISK_LIST: readonly string[] = ['High', 'Medium', 'Low'];

const RISK_SYNONYMS: ReadonlyMap<string, RiskWord> = new Map<string, RiskWord>([
  ['critical', 'Critical'],
  ['very high', 'Critical'],
  ['extreme', 'Critical'],
  ['priority 0', 'Critical'],
  ['p0', 'Critical'],
  ['high', 'High'],
  ['significant', 'High'],
  ['major', 'High'],
  ['fundamental', 'High'],
  ['urgent', 'High'],
  ['priority 1', 'High'],
  ['p1', 'High'],
  ['red', 'High'],
  ['grade 1', 'High'],
  ['medium', 'Medium'],
  ['med', 'Medium'],
  ['moderate', 'Medium'],
  ['important', 'Medium'],
  ['priority 2', 'Medium'],
  ['p2', 'Medium'],
  ['amber', 'Medium'],
  ['grade 2', 'Medium'],
  ['low', 'Low'],
  ['minor', 'Low'],
  ['routine', 'Low'],
  ['merits attention', 'Low'],
  ['priority 3', 'Low'],
  ['p3', 'Low'],
  ['green', 'Low'],
  ['grade 3', 'Low'],
  ['advisory', 'Advisory'],
  ['housekeeping', 'Advisory'],
  ['improvement', 'Advisory'],
  ['efficiency', 'Advisory'],
  ['best practice', 'Advisory'],
  ['priority 4', 'Advisory'],
  ['p4', 'Advisory'],
]);

/** Lower case, punctuation to spaces, runs of spaces collapsed: "Priority-1 " -> "priority 1". */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[^a-z0-9£&/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The risk word a cell stands for, or null when it is blank or not a risk word.
 *
 * @example normaliseRisk(' medium ') // 'Medium'
 * @example normaliseRisk('Priority 1') // 'High'
 * @example normaliseRisk('Meduim') // null (validate suggests "Medium")
 */
export function normaliseRisk(text: string): RiskWord | null {
  const key = simplify(text)
    // "Priority1", "Grade2": the digit glued to the word.
    .replace(/\b(priority|grade)(\d)\b/g, '$1 $2')
    // "High risk", "Medium rating".
    .replace(/ (risk|rating)$/, '');
  if (key === '') return null;
  const direct = RISK_SYNONYMS.get(key);
  if (direct) return direct;
  // "1 - High", "High (Priority 1)", "Red/High": the first word that is a known grade.
  for (const part of key.split(/[\s/&]+/)) {
    const word = RISK_SYNONYMS.get(part);
    if (word) return word;
  }
  return null;
}

/** Rank of a risk word for sorting: 0 is highest; unknown or missing risks sort last. */
export function riskRank(risk: string | null): number {
  const index = risk === null ? -1 : (RISK_WORDS as readonly string[]).indexOf(risk);
  return index === -1 ? RISK_WORDS.length : index;
}

/** Every spelling normaliseRisk accepts as a single word, for suggesting a fix to a misspelt risk. */
export const RISK_SUGGESTIONS: readonly string[] = [
  ...RISK_WORDS,
  'Significant',
  'Moderate',
  'Minor',
  'Important',
  'Routine',
  'Urgent',
  'Amber',
  'Green',
];

/**
 * Assurance opinion words across the scales in use (Substantial/Reasonable/Limited/No or Minimal;
 * Good/Adequate/Limited; Full/Substantial/Partial/Nil; and a few NHS and local-government variants).
 * The organisation's own word is kept; this list only says which words are opinions and how to spell them.
 */
export const OPINION_WORDS: readonly string[] = [
  'Full',
  'Substantial',
  'Significant',
  'Good',
  'Reasonable',
  'Adequate',
  'Satisfactory',
  'Moderate',
  'Partial',
  'Limited',
  'Unsatisfactory',
  'Minimal',
  'Nil',
  'No',
];

/**
 * Status words for Excel's in-cell list on the status column. Excel rejects a list source over 255 characters,
 * so this stays short (a test checks the joined length); other wording is still understood when typed.
 */
export const STATUS_LIST: readonly string[] = [
  'Not started',
  'Planning',
  'Scope and timing agreed',
  'Fieldwork in progress',
  'Draft report issued',
  'Finalised - Substantial assurance',
  'Finalised - Reasonable assurance',
  'Finalised - Limited assurance',
  'Finalised - No assurance',
  'Deferred',
  'Cancelled',
];

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbouring letters), so "Meduim" is one
 * edit from "Medium", as a person would count it.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[rows - 1][cols - 1];
}

/**
 * The known word closest to `text`, ignoring case and spacing, when it is close enough to be a slip of the
 * keyboard: at most one edit for words up to four letters, two up to eight, then a quarter of the length.
 * Returns null when nothing is that close (so "Banana" suggests nothing rather than something silly).
 *
 * @example closestWord('Meduim', RISK_WORDS) // 'Medium'
 * @example closestWord('Finalsed', ['Finalised', 'Draft']) // 'Finalised'
 */
export function closestWord(text: string, words: readonly string[]): string | null {
  const target = simplify(text);
  if (target === '') return null;
  const allowed = target.length <= 4 ? 1 : target.length <= 8 ? 2 : Math.floor(target.length / 4);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const word of words) {
    const distance = editDistance(target, simplify(word));
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : null;
}
