/**
 * The small pieces of English every message, narrative and label is made of: a count with its noun, and a list
 * joined the way a committee paper writes it. One home, so the paper, the pane, the command line and the findings
 * agree on "1 action" and "a, b and c".
 */

/** The noun alone, singular for exactly one: "action" / "actions". */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** A count and its noun: "1 action" / "3 actions" / "0 actions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${pluralWord(count, singular, pluralForm)}`;
}

function listWith(conjunction: string, words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** "a", "a and b", "a, b and c" (no serial comma, as UK papers write it). */
export function listWithAnd(words: readonly string[]): string {
  return listWith('and', words);
}

/** "Risk, Priority or Grade". */
export function listWithOr(words: readonly string[]): string {
  return listWith('or', words);
}
