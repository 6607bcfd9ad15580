/**
 * Risk and priority grades. UK internal audit providers grade recommendations on their own scales, and one paper
 * may carry two (one per provider): the organisation's word is kept for display, and every word gets one rank so
 * actions can be ordered and compared across scales.
 *
 * Scales are relative: a word's rank is its place on its own scale. "Significant" is the middle grade on Mazars'
 * Fundamental / Significant / Housekeeping, as "Important" is on Fundamental / Important / Desirable, so both rank
 * with Medium; the top grade of every three-grade scale ranks with High. Red / Amber / Green in a priority column
 * are High / Medium / Low.
 *
 *   rank 0 Critical   Critical, Very high, Extreme
 *   rank 1 High       High, Major; Fundamental; Urgent; Priority 1 (P1, "priority one", "1"); Grade 1; Red
 *   rank 2 Medium     Medium, Moderate; Significant; Important; Priority 2; Grade 2; Amber, Orange
 *   rank 3 Low        Low, Minor; Housekeeping, Merits attention; Desirable; Routine; Priority 3; Grade 3; Green
 *   rank 4 Advisory   Advisory, Improvement, Efficiency, Best practice; Priority 4; Grade 4
 */
import { simplify } from './vocabulary';

/** The grade words, highest first: a rank is an index into this list. */
export const GRADE_WORDS = ['Critical', 'High', 'Medium', 'Low', 'Advisory'] as const;
/** The rank of an action whose grade is blank or not understood: after every grade. */
export const UNGRADED_RANK = GRADE_WORDS.length;

/** A grade as the organisation writes it, with its rank. */
export interface Priority {
  word: string;
  rank: number;
}

interface ScaleWord {
  word: string;
  rank: number;
  /** Spellings after simplify(), besides the word itself. */
  aliases: readonly string[];
}

/** One provider's scale, highest first. `core` words are always offered; the others only when a tracker uses them. */
interface Scale {
  words: readonly ScaleWord[];
  core: readonly string[];
}

const numbered = (prefix: string, n: number, rank: number, extra: readonly string[] = []): ScaleWord => ({
  word: `${prefix} ${n}`,
  rank,
  aliases: [`${prefix.toLowerCase()} ${n}`, ...extra],
});

const SCALES: readonly Scale[] = [
  {
    words: [
      { word: 'Critical', rank: 0, aliases: ['very high', 'extreme'] },
      { word: 'High', rank: 1, aliases: ['major', 'h', 'hi'] },
      { word: 'Medium', rank: 2, aliases: ['med', 'moderate', 'm'] },
      { word: 'Low', rank: 3, aliases: ['minor', 'l', 'lo'] },
      { word: 'Advisory', rank: 4, aliases: ['improvement', 'efficiency', 'best practice', 'for information', 'value for money'] },
    ],
    core: ['High', 'Medium', 'Low'],
  },
  {
    words: [
      { word: 'Fundamental', rank: 1, aliases: [] },
      { word: 'Significant', rank: 2, aliases: [] },
      { word: 'Housekeeping', rank: 3, aliases: [] },
      { word: 'Merits attention', rank: 3, aliases: [] },
    ],
    core: ['Fundamental', 'Significant', 'Housekeeping'],
  },
  {
    words: [
      { word: 'Fundamental', rank: 1, aliases: [] },
      { word: 'Important', rank: 2, aliases: [] },
      { word: 'Desirable', rank: 3, aliases: [] },
    ],
    core: ['Fundamental', 'Important', 'Desirable'],
  },
  {
    words: [
      { word: 'Urgent', rank: 1, aliases: [] },
      { word: 'Important', rank: 2, aliases: [] },
      { word: 'Routine', rank: 3, aliases: [] },
    ],
    core: ['Urgent', 'Important', 'Routine'],
  },
  {
    words: [
      numbered('Priority', 1, 1, ['p1', 'priority one', 'pri 1', '1']),
      numbered('Priority', 2, 2, ['p2', 'priority two', 'pri 2', '2']),
      numbered('Priority', 3, 3, ['p3', 'priority three', 'pri 3', '3']),
      numbered('Priority', 4, 4, ['p4', 'priority four', 'pri 4', '4']),
    ],
    core: ['Priority 1', 'Priority 2', 'Priority 3'],
  },
  {
    words: [numbered('Grade', 1, 1), numbered('Grade', 2, 2), numbered('Grade', 3, 3), numbered('Grade', 4, 4)],
    core: ['Grade 1', 'Grade 2', 'Grade 3'],
  },
  {
    words: [
      { word: 'Red', rank: 1, aliases: [] },
      { word: 'Amber', rank: 2, aliases: ['orange'] },
      { word: 'Green', rank: 3, aliases: [] },
    ],
    core: ['Red', 'Amber', 'Green'],
  },
];

/** Spelling -> grade; a word on two scales (Fundamental, Important) has the same rank on both. */
const KNOWN: ReadonlyMap<string, Priority> = (() => {
  const map = new Map<string, Priority>();
  for (const scale of SCALES) {
    for (const { word, rank, aliases } of scale.words) {
      for (const key of [simplify(word), ...aliases]) if (!map.has(key)) map.set(key, { word, rank });
    }
  }
  return map;
})();

const WORD_NUMBERS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4' };

/** "Priority1" -> "priority 1", "priority one" -> "priority 1", "High risk" -> "high". */
export function gradeKey(text: string): string {
  return simplify(text)
    .replace(/\b(priority|grade|p)(\d)\b/g, (_, word: string, n: string) => (word === 'p' ? `p${n}` : `${word} ${n}`))
    .replace(/\b(priority|grade) (one|two|three|four)\b/g, (_, word: string, n: string) => `${word} ${WORD_NUMBERS[n]}`)
    .replace(/ (risk|rating|priority|grade)$/, '');
}

/**
 * The grade a priority cell stands for, with the user's own words (simplified word -> grade) tried first. Null when
 * blank or not a grade. A cell with more than one word is read by its first grade word ("High (Priority 1)" ->
 * High, "1 - High" -> High: a named grade wins over a bare number).
 *
 * @example readPriority('priority one') // { word: 'Priority 1', rank: 1 }
 * @example readPriority('Significant') // { word: 'Significant', rank: 2 }
 * @example readPriority('Meduim') // null (the finding suggests "Medium")
 */
export function readPriority(text: string, extra?: ReadonlyMap<string, Priority>): Priority | null {
  const key = gradeKey(text);
  if (key === '') return null;
  const direct = extra?.get(key) ?? KNOWN.get(key);
  if (direct) return direct;
  const tokens = key.split(/[\s/&,]+/).filter((token) => token !== '');
  let numberHit: Priority | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const pair = i + 1 < tokens.length ? `${tokens[i]} ${tokens[i + 1]}` : null;
    const hit = (pair !== null ? (extra?.get(pair) ?? KNOWN.get(pair)) : undefined) ?? extra?.get(tokens[i]) ?? KNOWN.get(tokens[i]);
    if (!hit) continue;
    if (/^\d$/.test(tokens[i]) && !(pair !== null && KNOWN.has(pair))) {
      numberHit ??= hit;
      continue;
    }
    return hit;
  }
  return numberHit;
}

/**
 * The grades a committee expects to see for the words a tracker uses, in the order to list them. A scale the
 * tracker draws on (two or more of its words, or the only scale it uses) shows every core grade, even one with no
 * actions, highest first; two providers' scales are listed one after the other. Words from no such scale (a stray
 * "Priority 2" in a High/Medium/Low tracker, the user's own) follow, by rank. High, Medium and Low when the tracker
 * uses no grade at all.
 *
 * @example scaleWords(['Significant', 'Housekeeping'], rankOf) // ['Fundamental', 'Significant', 'Housekeeping']
 */
export function scaleWords(used: Iterable<string>, rankOf: (word: string) => number): string[] {
  const seen = new Set(used);
  const drawnOn = new Set<Scale>();
  // A word on one scale only (Significant) names its scale; a word on several (Fundamental, Important) brings in
  // the first of them only when no scale it belongs to is drawn on already.
  for (const scale of SCALES) if (scale.words.some(({ word }) => seen.has(word) && scalesOf(word).length === 1)) drawnOn.add(scale);
  for (const word of seen) {
    const scales = scalesOf(word);
    if (scales.length > 1 && !scales.some((scale) => drawnOn.has(scale))) drawnOn.add(scales[0]);
  }
  const shown = SCALES.filter(
    (scale) =>
      drawnOn.has(scale) && (drawnOn.size === 1 || new Set(scale.words.filter(({ word }) => seen.has(word)).map(({ word }) => word)).size >= 2),
  );
  const words: string[] = [];
  const add = (word: string) => words.includes(word) || words.push(word);
  for (const scale of shown) {
    for (const { word } of [...scale.words].sort((a, b) => a.rank - b.rank)) if (scale.core.includes(word) || seen.has(word)) add(word);
  }
  const rest = [...seen].filter((word) => !words.includes(word)).sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const word of rest) add(word);
  if (words.length === 0) for (const word of SCALES[0].core) add(word);
  return words;
}

function scalesOf(word: string): Scale[] {
  return SCALES.filter((scale) => scale.words.some((w) => w.word === word));
}

/** Every grade word, for suggesting the fix to a misspelt one. */
export const GRADES_OFFERED: readonly string[] = [...new Set(SCALES.flatMap((scale) => scale.words.map(({ word }) => word))), 'Moderate', 'Minor'];

/** The order of a tracker's priorities: the rows a table with every grade shows, and a comparison of any two labels. */
export interface PriorityOrder {
  /** scaleWords for the tracker: each scale it draws on, highest first, then its words on no scale by rank. */
  words: readonly string[];
  /** By place in `words`; anything else ("Not graded") after them all, ties left in the order given (a stable sort). */
  compare: (a: string, b: string) => number;
}

/**
 * The one order of the priorities a tracker uses, for every table with a row per priority (open actions by risk,
 * actions by priority and RAG, overdue ageing, revised versus overdue), the committee's list of actions beyond its
 * rules and the overdue counts the narrative names: all from the whole tracker, so a table over some of its actions
 * (only the overdue ones) lists them in the same order as the others.
 *
 * @param used each priority word the tracker uses, with its rank.
 * @example priorityOrder(new Map([['Significant', 2], ['High', 1]])).words // the Mazars scale after High/Medium/Low
 */
export function priorityOrder(used: ReadonlyMap<string, number>): PriorityOrder {
  const words = scaleWords(used.keys(), (word) => used.get(word) ?? UNGRADED_RANK);
  const place = new Map(words.map((word, index) => [word, index]));
  const placeOf = (label: string) => place.get(label) ?? words.length;
  return { words, compare: (a, b) => placeOf(a) - placeOf(b) };
}
