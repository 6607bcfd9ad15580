/** Words people put in a date cell when there is no date yet ("TBC", "N/A", "-"). */

/** Words that mean "no date yet". Compared after lower-casing and dropping dots and brackets. */
const PLACEHOLDERS = new Set([
  'tbc',
  'tba',
  'tbd',
  'tbcd',
  'n/a',
  'na',
  'nk',
  'not known',
  'unknown',
  'to be confirmed',
  'to be agreed',
  'to be advised',
  'to be determined',
  'to be decided',
  'not applicable',
  'not yet agreed',
  'pending',
  'none',
  '?',
  '-',
  '--',
  '\u2013',
  '\u2014',
  'x',
]);

/** True for "TBC", "TBA", "N/A", "-", "to be confirmed", and text that starts with TBC/TBA/TBD ("TBC (Q4)"). */
export function isPlaceholder(text: string): boolean {
  const key = text
    .toLowerCase()
    .replace(/[.()[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (PLACEHOLDERS.has(key)) return true;
  return /^(tbc|tba|tbd)\b/.test(key);
}
