/**
 * Queues the summary sheet: built complete under a temporary name, then the old "JAC Summary" is deleted and the new
 * one renamed into its place. Office.js batches are not transactions, but they run in order and stop at the first
 * failure, so a failure while building leaves the old summary untouched (and the half-built copy is deleted by the
 * next refresh, or straight away by ExcelHost).
 *
 * Usually all of it is one batch (queueSummarySheet). A summary too large for one request is built in parts by
 * writeResults.ts, each its own sync: queueStartSummary and the first rows, more rows, then queueFinishSummary with the
 * swap in the last sync, so the old summary is only deleted once the new one is complete.
 */
import { columnLetter } from '../core/address';
import type { LayoutRegion, SummaryLayout } from '../core/types';
import { rangeA1 } from './rangeAddress';
import { BUILDING_SUFFIX, type WriteState } from './readWorkbookCells';
import { summaryGrid, type SummaryGrid } from './writePayload';

/** The same colours as the file shell and Excel's own "light red fill with dark red text" preset. */
export const COLOURS = {
  title: '#1F4E79',
  headerFill: '#D9D9D9',
  overdueFill: '#FFC7CE',
  overdueFont: '#9C0006',
  dueSoonFill: '#FFEB9C',
  dueSoonFont: '#9C5700',
  note: '#595959',
  border: '#A6A6A6',
};

/** Column width in characters -> points, as Excel sizes a default 8.43-character column at 48 points. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

export interface SummaryWrite {
  /** The name the new sheet is built under. */
  buildingName: string;
}

/** The new sheet, under its building name, with the state it was started from (for the swap at the end). */
export interface SummaryBuild extends SummaryWrite {
  sheet: Excel.Worksheet;
  layout: SummaryLayout;
  grid: SummaryGrid;
  state: WriteState;
}

/** The whole summary in the batch being queued: built, styled and swapped in (one sync, the usual way). */
export function queueSummarySheet(context: Excel.RequestContext, layout: SummaryLayout, state: WriteState): SummaryWrite {
  const build = queueStartSummary(context, layout, state);
  queueGridRows(build, 0, layout.values.length - 1);
  queueFinishSummary(context, build, layout.regions);
  return { buildingName: build.buildingName };
}

/** Removes half-built copies left by a failed refresh and adds the new sheet under its building name. */
export function queueStartSummary(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  state: WriteState,
  grid: SummaryGrid = summaryGrid(layout),
): SummaryBuild {
  const worksheets = context.workbook.worksheets;
  // Half-built copies from a refresh that failed: ours, so remove them before building again.
  for (const leftover of leftoversOf(layout, state)) worksheets.getItem(leftover.name).delete();
  const buildingName = layout.sheetName + BUILDING_SUFFIX;
  return { sheet: worksheets.add(buildingName), buildingName, layout, grid, state };
}

/** Rows first..last (0-based, inclusive) of the grid: number formats first, then values. */
export function queueGridRows(build: SummaryBuild, first: number, last: number): void {
  if (last < first) return;
  const range = build.sheet.getRange(rangeA1(first, 0, last, build.grid.width - 1));
  // Number formats first: a text cell ("@") keeps "=x" or "0123" as the text it is when the values arrive.
  range.numberFormat = build.grid.numberFormats.slice(first, last + 1);
  range.values = build.grid.values.slice(first, last + 1);
}

/** Styles regions of the summary (the usual way, all of them at once; the chunked way, those inside a chunk). */
export function queueRegions(build: SummaryBuild, regions: LayoutRegion[]): void {
  for (const region of regions) styleRegion(build.sheet, region, build.layout);
}

/**
 * The rest of the sheet's format, the given regions, then the swap: the old "JAC Summary" deleted and the new one
 * renamed into its place. Queue it in the batch that also records what the add-in owns.
 */
export function queueFinishSummary(context: Excel.RequestContext, build: SummaryBuild, regions: LayoutRegion[]): void {
  const { sheet, layout, state } = build;
  const worksheets = context.workbook.worksheets;
  const finalName = layout.sheetName;
  const existing = state.sheets.find((entry) => entry.name === finalName) ?? null;
  const leftovers = leftoversOf(layout, state);

  const height = layout.values.length;
  if (height > 0) sheet.getRange(rangeA1(0, 0, height - 1, build.grid.width - 1)).format.verticalAlignment = 'Top';

  layout.columnWidths.forEach((characters, column) => {
    const letter = columnLetter(column);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(characters);
  });

  queueRegions(build, regions);

  if (existing) worksheets.getItem(finalName).delete();
  sheet.name = finalName;
  if (existing) {
    // Keep the summary where people put it: its old place, less any leftovers removed from before it.
    sheet.position = existing.position - leftovers.filter((leftover) => leftover.position < existing.position).length;
  }
  if (state.activeSheet !== null && (state.activeSheet === finalName || leftovers.some((l) => l.name === state.activeSheet))) {
    // Deleting the sheet someone was looking at would drop them on another sheet; show them the new one instead.
    sheet.activate();
  }
}

function leftoversOf(layout: SummaryLayout, state: WriteState): WriteState['sheets'] {
  return state.sheets.filter((sheet) => sheet.name.startsWith(layout.sheetName + BUILDING_SUFFIX));
}

function styleRegion(sheet: Excel.Worksheet, region: LayoutRegion, layout: SummaryLayout): void {
  const range = sheet.getRange(rangeA1(region.top, region.left, region.bottom, region.right));
  const format = range.format;
  switch (region.style) {
    case 'title':
      format.font.bold = true;
      format.font.size = 14;
      format.font.color = COLOURS.title;
      break;
    case 'table-title':
      format.font.bold = true;
      format.font.size = 12;
      break;
    case 'header':
      format.font.bold = true;
      format.fill.color = COLOURS.headerFill;
      format.wrapText = true;
      box(range, region);
      break;
    case 'body':
      box(range, region);
      break;
    case 'overdue':
      format.fill.color = COLOURS.overdueFill;
      format.font.color = COLOURS.overdueFont;
      break;
    case 'due-soon':
      format.fill.color = COLOURS.dueSoonFill;
      format.font.color = COLOURS.dueSoonFont;
      break;
    case 'paragraph': {
      // The narrative reads as one paragraph: merged across the region, wrapped, and tall enough to show it all.
      range.merge(true);
      format.wrapText = true;
      const text = String(layout.values[region.top]?.[region.left] ?? '');
      const characters = layout.columnWidths.slice(region.left, region.right + 1).reduce((sum, w) => sum + w, 0) || 80;
      const lines = Math.max(1, Math.ceil((text.length * 1.1) / characters));
      format.rowHeight = Math.min(409, lines * 15);
      break;
    }
    case 'note':
      format.font.italic = true;
      format.font.color = COLOURS.note;
      break;
  }
}

/** Thin borders round and inside a table region (inside edges only where there is more than one row or column). */
function box(range: Excel.Range, region: LayoutRegion): void {
  const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
  if (region.bottom > region.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
  if (region.right > region.left) edges.push('InsideVertical' as Excel.BorderIndex);
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = COLOURS.border;
  }
}
