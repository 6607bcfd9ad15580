/**
 * Greedy word wrap of one paragraph into lines of at most `width` characters, broken between words; a word longer
 * than the width gets a line of its own. No lines for text without words.
 *
 * @example wrapWords('Final report issued', 12) -> ['Final report', 'issued']
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
