/**
 * What a cell says, as a person would read it: text from a typed or pasted cell is often padded with ordinary,
 * non-breaking (U+00A0), figure (U+2007) or narrow no-break (U+202F) spaces, tabs or line breaks.
 */
import type { CellValue } from './types';

// \s in JavaScript covers U+00A0, U+2007, U+202F and line breaks already; zero-width spaces are added explicitly.
const SPACE_RUN = /[\s\u200b\ufeff]+/g;

/**
 * Trimmed text of a cell with inner runs of any kind of space collapsed to one ordinary space.
 * Numbers are written the way Excel's General format shows integers and simple decimals; booleans as TRUE/FALSE.
 * @example cellText('  Budget Setting\u00a0 and Control ') === 'Budget Setting and Control'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.replace(SPACE_RUN, ' ').trim();
}
