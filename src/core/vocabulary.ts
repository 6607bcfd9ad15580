/**
 * What every reader of words shares: `simplify` to compare cell text, `closestWord` and `correctWords` to suggest the
 * fix for a misspelling, and the plan status words offered in Excel's in-cell list. The words themselves live with
 * what they mean: priorities.ts (grades), opinions.ts (assurance opinions), status.ts (plan statuses) and
 * actionStatus.ts (action statuses); userWords.ts adds the organisation's own.
 */

/** Lower case, punctuation to spaces, runs of spaces collapsed: "Priority-1 " -> "priority 1". */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[^a-z0-9£&/% ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Status words for Excel's in-cell list on the plan's status column. Excel rejects a list source over 255
 * characters, so this stays short (a test checks the joined length); other wording is still understood when typed.
 */
export const PLAN_STATUSES_OFFERED: readonly string[] = [
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
 * @example closestWord('Meduim', ['High', 'Medium', 'Low']) // 'Medium'
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

/**
 * The known word `lower` is a slip of the keyboard away from: one edit (a missing, extra, wrong or swapped letter),
 * or two in a word of nine letters or more, with the first letter right. Stricter than closestWord, because it
 * rewrites words inside free text, where "toString" must not become "testing".
 */
function slipOf(lower: string, known: readonly string[]): string | null {
  const allowed = lower.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const word of known) {
    const target = word.toLowerCase();
    if (target[0] !== lower[0]) continue;
    const distance = editDistance(lower, target);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : null;
}

const ENDINGS = new Set(['', 's', 'd', 'ed', 'es', 'ing', 'r', 'er', 'al', 'ly', 'ion', 'ions']);

/**
 * True when two words are forms of one word ("Reports" and "Report", "Issues" and "Issued", "Planned" and
 * "Planning"): a common stem followed by ordinary English endings. Such a word is not a misspelling of the other.
 */
function sameStem(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common += 1;
  if (common < 4) return false;
  // "Planned"/"Planning" share "plann"; "Issue"/"Issued" share "issue". A bare "d" or "r" ends only a stem ending
  // in "e" (issue-d, complete-d), so "startd" is a slip, not a form of "started".
  const ending = (word: string, stem: number) => {
    const rest = word.slice(stem);
    return ENDINGS.has(rest) && ((rest !== 'd' && rest !== 'r') || word[stem - 1] === 'e');
  };
  for (let stem = common; stem >= Math.max(4, common - 2); stem -= 1) {
    if (ending(x, stem) && ending(y, stem)) return true;
    if (x[stem] === 'e' && ending(x, stem + 1) && ending(y, stem)) return true;
    if (y[stem] === 'e' && ending(y, stem + 1) && ending(x, stem)) return true;
  }
  return false;
}

/**
 * Puts right each word (four letters or more) that is a slip away from a known word (slipOf), keeping the rest of
 * the text as written and the word's capitalisation. Other forms of a known word ("Reports", "Reviewed") are left
 * alone.
 *
 * @example correctWords('Finalsed - Reasonable assurance', ['Finalised']) // 'Finalised - Reasonable assurance'
 */
export function correctWords(text: string, known: readonly string[]): string {
  return text.replace(/[A-Za-z]{4,}/g, (word) => {
    const lower = word.toLowerCase();
    if (known.some((k) => k.toLowerCase() === lower || sameStem(k, lower))) return word;
    const closest = slipOf(lower, known);
    if (!closest) return word;
    if (word === word.toUpperCase()) return closest.toUpperCase();
    return word[0] === word[0].toLowerCase() ? closest.toLowerCase() : closest;
  });
}
