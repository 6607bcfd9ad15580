/**
 * Two-row headers. Many trackers head a group of columns with one merged cell and name the columns in the row below:
 * "Target date" over "Original | Revised", "Implementation date" over "Agreed | Latest". Excel returns a merged
 * cell's text in its top-left cell only, so the header row shows "Target date" then a blank, and the row below shows
 * "Original", "Revised" with blanks where the single-row headers were merged down. Read as one row, the revised
 * column has no header and the sub-header row reads as an action with no audit whose deadline is "Original".
 *
 * The row below the header is taken as its second row only when it has the shape merged headers leave and a data row
 * does not: nothing but words, none of them in a column that names the table's rows (audit, reference,
 * recommendation: merged down, so blank), and each of them under a merged group (the header above it is blank, or it
 * is the group's first column and the next column's header is blank). Each such column is then read by its group's
 * header and its own word together ("Original" under "Target date" reads as "Original target date").
 */
import { cellText } from './cellText';
import { cellValue, isBlankValue } from './sheetGrid';
import type { SheetCells } from './types';

/** A header cell's text, or '' for a blank or non-text cell. */
function headerText(sheet: SheetCells, row: number, column: number): string {
  const value = cellValue(sheet, row, column);
  return typeof value === 'string' ? cellText(value) : '';
}

/** Sub-header words are short labels; a longer text below the header is data (a recommendation). */
const LONGEST_WORD = 40;

/** A label, not a value: no digits of a date or amount ("Q3" and "2nd" are labels; "31/03/2025" is not). */
function isLabel(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text.length > 0 && text.length <= LONGEST_WORD && !/\d{2}|\d[/.-]\d/.test(text);
}

/**
 * The second header row's words joined with their groups' headers, by column, when the row below `row` is one; null
 * when it is a data row (or absent). `anchors` are the columns that name the table's rows.
 *
 * @param match whether a text heads a column of the table being read, to choose how a group header and a word join
 * @example subHeaderTexts(sheet, 1, 0, 9, [0, 1], match) // Map { 6 => 'Original Target date', 7 => 'Revised' }
 */
export function subHeaderTexts(
  sheet: SheetCells,
  row: number,
  first: number,
  last: number,
  anchors: readonly number[],
  match: (text: string) => boolean,
): Map<number, string> | null {
  const below = row + 1;
  const words = new Map<number, string>();
  for (let column = first; column <= last; column += 1) {
    const value = cellValue(sheet, below, column);
    if (isBlankValue(value)) continue;
    if (!isLabel(value) || anchors.includes(column)) return null;
    const underGroup =
      headerText(sheet, row, column) === '' ||
      (column < last && headerText(sheet, row, column + 1) === '' && !isBlankValue(cellValue(sheet, below, column + 1)));
    if (!underGroup) return null;
    words.set(column, cellText(value));
  }
  if (words.size < 2) return null;
  const texts = new Map<number, string>();
  let group = '';
  for (let column = first; column <= last; column += 1) {
    const own = headerText(sheet, row, column);
    if (own !== '') group = own;
    const word = words.get(column);
    if (word === undefined) continue;
    if (group === '') continue;
    // The word alone when it says it all ("Revised"), then the two read either way round ("Original Target date",
    // "Target date revised"); a word that says nothing known leaves the group's own column its header.
    const joined = [word, `${word} ${group}`, `${group} ${word}`].find(match);
    if (joined !== undefined) texts.set(column, joined);
    else if (own !== '') texts.set(column, own);
  }
  return texts;
}
