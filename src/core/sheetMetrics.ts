/**
 * How big the summary sheet's cells come out in Excel with its default font (Calibri 11), in points, so the chart
 * and print descriptions can size charts and find page breaks without a renderer. Estimates, as Excel's own are:
 * they only have to be right to within a row or two.
 */

/** Excel's default row height for 11 pt text. */
export const ROW_PT = 15;

/** A row whose text is 14 pt (the title) or 12 pt (a block's title) grows to fit it. */
export const TITLE_ROW_PT = 18.75;
export const TABLE_TITLE_ROW_PT = 15.75;

/** Excel's tallest row. */
export const MAX_ROW_PT = 409;

/**
 * A column `chars` characters wide in points: Excel gives a character of Calibri 11 seven pixels and a column five
 * pixels of padding, at 96 pixels to the inch (0.75 pt a pixel).
 *
 * @example columnWidthPt(10) === 56.25
 */
export function columnWidthPt(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

/**
 * The height of a wrapped paragraph merged across columns of these widths (in characters): as many 15 pt lines as
 * the text needs, allowing a tenth more for word breaks, within Excel's limits. The shells size the narrative's row
 * by the same rule.
 *
 * @example paragraphHeightPt('x'.repeat(200), [30, 30]) === 60
 */
export function paragraphHeightPt(text: string, widths: readonly number[]): number {
  const characters = widths.reduce((sum, width) => sum + width, 0) || 80;
  const lines = Math.max(1, Math.ceil((text.length * 1.1) / characters));
  return Math.min(MAX_ROW_PT, lines * ROW_PT);
}
