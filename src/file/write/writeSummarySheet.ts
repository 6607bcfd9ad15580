/**
 * The summary sheet's part: core's SummaryLayout written as worksheet XML, its elements in the schema's order.
 *
 * Text is written as inline strings, which are never formulas, so "=cmd" from a user's cell stays text. Dates are
 * numbers with their date format. Each cell's look comes from the regions it lies in (SummaryStyles).
 *
 * The sheet is assembled from named sections (`WorksheetSections`, worksheetXml.ts), so the print setup and the
 * drawing holding the charts (writePrintSetup.ts, writeSummaryCharts.ts) are more sections, each landing in its place.
 *
 * Speed: a summary can run to 10,000 rows, so nothing is built per cell that is only thrown away. Each cell's looks
 * (the regions it lies in, in order) are one number in a flat typed array, and each row's reach another; a style is
 * found by that number and then the number format, with no key string built per cell.
 */
import type { LayoutRegion, SummaryLayout } from '../../core/types';
import { columnLetter } from '../../core/address';
import { looksLikeDateFormat } from '../../core/numberFormats';
import type { SummaryStyles } from './summaryStyles';
import { textElement, type WorksheetSections } from './worksheetXml';

const LOOKS: readonly LayoutRegion['style'][] = ['title', 'table-title', 'header', 'body', 'overdue', 'due-soon', 'paragraph', 'note'];
/** Base of the number that encodes a cell's looks in order: one digit per look, 0 meaning none. */
const LOOK_BASE = LOOKS.length + 1;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * The summary's sections; callers add their own (page setup, drawing) before `worksheetXml`.
 *
 * @param dateShift days to take off date serials: 1,462 in a workbook using the 1904 date system (the layout's
 *   serials are the 1900 system's, as the core's are), else 0.
 */
export function summarySections(layout: SummaryLayout, styles: SummaryStyles, dateShift = 0): WorksheetSections {
  let lastRow = layout.values.length - 1;
  let lastColumn = Math.max(0, layout.columnWidths.length - 1);
  for (const region of layout.regions) {
    lastRow = Math.max(lastRow, region.bottom);
    lastColumn = Math.max(lastColumn, region.right);
  }
  const rows = lastRow + 1;
  const columns = lastColumn + 1;
  // Each cell's looks, in region order, as one number, and how far right each row's regions reach.
  const codes = new Float64Array(rows * columns);
  const reach = new Int32Array(rows);
  for (const region of layout.regions) {
    const digit = LOOKS.indexOf(region.style) + 1;
    for (let r = region.top; r <= region.bottom; r++) {
      if (region.right + 1 > reach[r]) reach[r] = region.right + 1;
      for (let c = region.left; c <= region.right; c++) codes[r * columns + c] = codes[r * columns + c] * LOOK_BASE + digit;
    }
  }
  const heights = paragraphHeights(layout);
  // By looks code, then number format.
  const styleOf = new Map<number, Map<string, number>>();
  const style = (code: number, format: string) => {
    let byFormat = styleOf.get(code);
    if (!byFormat) styleOf.set(code, (byFormat = new Map()));
    let index = byFormat.get(format);
    if (index === undefined) {
      index = styles.index(decodeLooks(code), format);
      byFormat.set(format, index);
    }
    return index;
  };

  const letters = Array.from({ length: columns + 1 }, (_, c) => columnLetter(c));
  const parts: string[] = [];
  for (let r = 0; r < rows; r++) {
    const rowValues = layout.values[r] ?? [];
    const formats = layout.numberFormats[r] ?? [];
    const width = Math.max(rowValues.length, reach[r]);
    const height = heights.get(r);
    if (width === 0 && height === undefined) continue;
    let cells = '';
    for (let c = 0; c < width; c++) {
      const value = rowValues[c] ?? null;
      const code = c < columns ? codes[r * columns + c] : 0;
      if (value === null && code === 0) continue;
      const ref = `${letters[c] ?? columnLetter(c)}${r + 1}`;
      const s = style(code, value === null ? 'General' : (formats[c] ?? 'General'));
      if (value === null) cells += `<c r="${ref}" s="${s}"/>`;
      else if (typeof value === 'number') {
        const stored = dateShift !== 0 && looksLikeDateFormat(formats[c]) ? value - dateShift : value;
        cells += Number.isFinite(stored) ? `<c r="${ref}" s="${s}"><v>${stored}</v></c>` : `<c r="${ref}" s="${s}"/>`;
      } else cells += `<c r="${ref}" s="${s}" t="inlineStr"><is>${textElement(value)}</is></c>`;
    }
    if (cells === '' && height === undefined) continue;
    const heightAttributes = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    parts.push(`<row r="${r + 1}"${heightAttributes}>${cells}</row>`);
  }

  const merges = layout.regions
    .filter((region) => region.style === 'paragraph' && (region.right > region.left || region.bottom > region.top))
    .map(
      (region) =>
        `<mergeCell ref="${letters[region.left] ?? columnLetter(region.left)}${region.top + 1}:${columnLetter(region.right)}${region.bottom + 1}"/>`,
    );
  const widths = layout.columnWidths
    .map((width, c) => (width > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>` : ''))
    .join('');

  return {
    dimension: `<dimension ref="A1:${columnLetter(lastColumn)}${Math.max(1, rows)}"/>`,
    sheetViews: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
    sheetFormatPr: '<sheetFormatPr defaultRowHeight="15"/>',
    ...(widths ? { cols: `<cols>${widths}</cols>` } : {}),
    sheetData: parts.length > 0 ? `<sheetData>${parts.join('')}</sheetData>` : '<sheetData/>',
    ...(merges.length > 0 ? { mergeCells: `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` } : {}),
    pageMargins: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  };
}

/** The looks a code stands for, in the order their regions were listed. */
function decodeLooks(code: number): LayoutRegion['style'][] {
  const looks: LayoutRegion['style'][] = [];
  for (let rest = code; rest > 0; rest = Math.floor(rest / LOOK_BASE)) looks.unshift(LOOKS[(rest % LOOK_BASE) - 1]);
  return looks;
}

/** The narrative's rows tall enough to show all its text in the merged width, as the Excel shell sizes them. */
function paragraphHeights(layout: SummaryLayout): Map<number, number> {
  const heights = new Map<number, number>();
  for (const region of layout.regions) {
    if (region.style !== 'paragraph') continue;
    const text = String(layout.values[region.top]?.[region.left] ?? '');
    const width = layout.columnWidths.slice(region.left, region.right + 1).reduce((sum, w) => sum + w, 0) || 60;
    const lines = Math.max(1, Math.ceil((text.length * 1.1) / width));
    const rowCount = region.bottom - region.top + 1;
    const height = Math.min(MAX_ROW_HEIGHT, Math.max(15, (lines * 15) / rowCount));
    for (let r = region.top; r <= region.bottom; r++) heights.set(r, height);
  }
  return heights;
}
