import { columnWidthPt, paragraphHeightPt, ROW_PT, TABLE_TITLE_ROW_PT, TITLE_ROW_PT } from './sheetMetrics';
import type { LayoutPrint, LayoutRect, SummaryLayout } from './types';

/** Excel's Normal margins, in inches. */
const MARGINS: LayoutPrint['margins'] = { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 };
/** A4 in points. */
const A4 = { short: 595.3, long: 841.9 };
/** Below this scale on a portrait page the text gets too small: print landscape instead. */
const SMALLEST_PORTRAIT_SCALE = 0.85;
/** A block taller than a page still starts on a new page when less than this share of the page is left. */
const SHORT_REMAINDER = 0.25;

/**
 * How the summary sheet prints: A4, fitted to one page wide, the title and dates repeated on every page, and a
 * break before any block or chart that would not fit in what is left of its page (estimated from the rows'
 * heights at the scale the fit gives), so no table is split when it could have stayed whole.
 *
 * @param layout the summary's layout with its blocks and charts placed
 * @param titleRows the rows repeated at the top of each page
 */
export function layoutPrint(layout: Omit<SummaryLayout, 'print'>, titleRows: { top: number; bottom: number }): LayoutPrint {
  const charts = layout.charts ?? [];
  const area: LayoutRect = {
    top: 0,
    left: 0,
    bottom: Math.max(layout.values.length - 1, ...charts.map((chart) => chart.anchor.bottom)),
    right: Math.max(layout.columnWidths.length - 1, ...charts.map((chart) => chart.anchor.right)),
  };
  const contentWidth = layout.columnWidths.slice(0, area.right + 1).reduce((sum, width) => sum + columnWidthPt(width), 0);
  const marginsWide = (MARGINS.left + MARGINS.right) * 72;
  const marginsTall = (MARGINS.top + MARGINS.bottom) * 72;
  const portraitScale = Math.min(1, (A4.short - marginsWide) / contentWidth);
  const orientation = portraitScale >= SMALLEST_PORTRAIT_SCALE ? 'portrait' : 'landscape';
  const [pageWidth, pageHeight] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  const scale = Math.min(1, (pageWidth - marginsWide) / contentWidth);
  const heights = rowHeights(layout, area.bottom);
  return {
    paper: 'A4',
    orientation,
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    area,
    titleRows,
    breaks: pageBreaks(layout, heights, (pageHeight - marginsTall) / scale, titleRows),
    margins: MARGINS,
  };
}

/** Each row's height in points as Excel will size it: taller for the titles and the wrapped narrative. */
function rowHeights(layout: Omit<SummaryLayout, 'print'>, bottom: number): number[] {
  const heights = new Array<number>(bottom + 1).fill(ROW_PT);
  for (const region of layout.regions) {
    if (region.style === 'title') heights[region.top] = Math.max(heights[region.top], TITLE_ROW_PT);
    if (region.style === 'table-title') heights[region.top] = Math.max(heights[region.top], TABLE_TITLE_ROW_PT);
    if (region.style === 'paragraph') {
      const text = String(layout.values[region.top]?.[region.left] ?? '');
      const rows = region.bottom - region.top + 1;
      const each = paragraphHeightPt(text, layout.columnWidths.slice(region.left, region.right + 1)) / rows;
      for (let row = region.top; row <= region.bottom; row++) heights[row] = Math.max(ROW_PT, each);
    }
  }
  return heights;
}

/**
 * Walks the blocks and charts down the pages. A unit (block or chart) that would run off the page starts a new
 * one, unless nothing else is on the page yet, or it is taller than a page and most of the page is still free
 * (then it flows over, as Excel's own breaks would split it anyway).
 */
function pageBreaks(
  layout: Omit<SummaryLayout, 'print'>,
  heights: readonly number[],
  pageHeight: number,
  titleRows: { top: number; bottom: number },
): number[] {
  const sum = (from: number, to: number) => {
    let total = 0;
    for (let row = from; row <= to; row++) total += heights[row] ?? ROW_PT;
    return total;
  };
  const titles = sum(titleRows.top, titleRows.bottom);
  const units: LayoutRect[] = [...layout.blocks, ...(layout.charts ?? []).map((chart) => chart.anchor)].sort((a, b) => a.top - b.top);
  const breaks: number[] = [];
  let used = 0;
  let placed = false;
  let row = 0;
  for (const unit of units) {
    used += sum(row, unit.top - 1);
    const height = sum(unit.top, unit.bottom);
    const overflows = used + height > pageHeight;
    const fitsAPage = titles + height <= pageHeight;
    if (placed && overflows && (fitsAPage || pageHeight - used < pageHeight * SHORT_REMAINDER)) {
      breaks.push(unit.top);
      used = titles;
    }
    used += height;
    // A unit longer than the page carries on over the next pages, each starting with the titles.
    while (used > pageHeight && pageHeight > titles) used = titles + (used - pageHeight);
    placed = true;
    row = unit.bottom + 1;
  }
  return breaks;
}
