/**
 * Queues the summary sheet. The new summary is built complete on a sheet aside, named "JAC Summary (new <build>)"
 * with a suffix unique to the build, so two builds never take each other's sheet. Only then is "JAC Summary" itself
 * touched: kept, cleared and filled from the sheet built aside, which is then deleted. Keeping the sheet keeps every
 * reference to it (the user's formulas, names, charts, a Word link) working, where deleting it would turn them into
 * #REF!, and it avoids renaming a sheet through Office.js, which fails on the web (office-js issue 3218).
 *
 * Office.js batches are not transactions, but they run in order and stop at the first failure, so a failure while
 * building aside leaves the old summary untouched (ExcelHost removes the half-built sheet). Usually all of it is one
 * batch; a summary too large for one request is built in parts by writeResults.ts, and replaces the old one only in
 * the last sync.
 */
import { columnLetter } from '../core/address';
import { BUILDING_PREFIX, COLOURS, REGION_LOOKS, sameSheetName } from '../core/footprint';
import type { LayoutRegion, SummaryLayout } from '../core/types';
import { rangeA1 } from './rangeAddress';
import type { SheetInfo, WorkbookState } from './workbookState';
import { summaryCells, type SummaryCells } from './writePayload';

/** Column width in characters -> points, as Excel sizes a default 8.43-character column at 48 points. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

/** The name a build's summary is written under while it is built aside. */
export function buildingName(buildId: string): string {
  return `${BUILDING_PREFIX} ${buildId})`;
}

/** Excel features the summary's write can use where this Excel has them. */
export interface SummaryFeatures {
  /** Range.copyFrom (ExcelApi 1.9); without it the cells are written into the summary a second time. */
  copyFrom: boolean;
  /** RangeFormat.useStandardHeight (ExcelApi 1.7), to undo the old summary's tall rows. */
  standardHeight: boolean;
}

/** The new sheet aside, with what it was started from. */
export interface SummaryBuild {
  sheet: Excel.Worksheet;
  name: string;
  layout: SummaryLayout;
  cells: SummaryCells;
  state: WorkbookState;
}

/** The summary where it now stands, for the checks and additions (a chart, say) queued after it in the same batch. */
export interface WrittenSummary {
  sheet: Excel.Worksheet;
  /** Its name as the workbook spells it (a user may have typed "jac summary"). */
  name: string;
  /** The cells written, A1 without the sheet. */
  range: string;
}

/** The summary sheet already in the workbook, matched as Excel matches names (without regard to case). */
export function existingSummary(state: WorkbookState, sheetName: string): SheetInfo | null {
  return state.sheets.find((sheet) => sameSheetName(sheet.name, sheetName)) ?? null;
}

/** The whole summary in the batch being queued: built aside, then put in place (one sync, the usual way). */
export function queueSummarySheet(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  state: WorkbookState,
  buildId: string,
  features: SummaryFeatures,
): WrittenSummary {
  const build = queueStartSummary(context, layout, state, buildId);
  queueSummaryRows(build.sheet, build.cells, 0, layout.values.length - 1);
  return queueFinishSummary(context, build, layout.regions, features);
}

/** Removes sheets aside left by refreshes that failed, then adds this build's. */
export function queueStartSummary(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  state: WorkbookState,
  buildId: string,
  cells: SummaryCells = summaryCells(layout),
): SummaryBuild {
  const worksheets = context.workbook.worksheets;
  for (const leftover of leftoversOf(state)) worksheets.getItem(leftover.name).delete();
  const name = buildingName(buildId);
  return { sheet: worksheets.add(name), name, layout, cells, state };
}

/** Rows first..last (0-based, inclusive) of the summary's cells: number formats first, then values. */
export function queueSummaryRows(sheet: Excel.Worksheet, cells: SummaryCells, first: number, last: number): void {
  if (last < first) return;
  const range = sheet.getRange(rangeA1(first, 0, last, cells.width - 1));
  // Number formats first: a text cell ("@") keeps "=x" or "0123" as the text it is when the values arrive.
  range.numberFormat = cells.numberFormats.slice(first, last + 1);
  range.values = cells.values.slice(first, last + 1);
}

/** Styles regions of the summary: their cell formats (fonts, fills, borders, merges, wrapping). */
export function queueRegions(sheet: Excel.Worksheet, regions: readonly LayoutRegion[]): void {
  for (const region of regions) styleRegion(sheet, region);
}

/**
 * The rest of the build's format and the given regions, then the swap: the summary sheet (added when there is none)
 * cleared and filled from the build, its column widths and row heights set, and the build deleted.
 */
export function queueFinishSummary(
  context: Excel.RequestContext,
  build: SummaryBuild,
  regions: readonly LayoutRegion[],
  features: SummaryFeatures,
): WrittenSummary {
  const { sheet, layout, cells, state } = build;
  const worksheets = context.workbook.worksheets;
  const height = layout.values.length;
  const written = rangeA1(0, 0, Math.max(0, height - 1), cells.width - 1);
  if (height > 0) sheet.getRange(written).format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
  queueRegions(sheet, regions);

  const existing = existingSummary(state, layout.sheetName);
  const target = existing ? worksheets.getItem(existing.name) : worksheets.add(layout.sheetName);
  if (existing) {
    const whole = target.getRange();
    // Merged cells first, or clearing leaves the old merges over the new rows.
    whole.unmerge();
    whole.clear('All' as Excel.ClearApplyTo);
    if (features.standardHeight) whole.format.useStandardHeight = true;
  }
  if (height > 0) {
    if (features.copyFrom) {
      target.getRange(written).copyFrom(sheet.getRange(written), 'All' as Excel.RangeCopyType);
    } else {
      queueSummaryRows(target, cells, 0, height - 1);
      target.getRange(written).format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
      queueRegions(target, layout.regions);
    }
  }
  // Widths and heights belong to columns and rows, which copying cells does not carry.
  layout.columnWidths.forEach((characters, column) => {
    const letter = columnLetter(column);
    target.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(characters);
  });
  for (const region of layout.regions) {
    if (REGION_LOOKS[region.style].merge) target.getRange(rangeA1(region.top, 0, region.top, 0)).format.rowHeight = paragraphHeight(layout, region);
  }
  sheet.delete();

  const active = state.activeSheet;
  if (active !== null && leftoversOf(state).some((leftover) => sameSheetName(leftover.name, active))) {
    // Deleting the sheet someone was looking at would drop them on another sheet; show them the summary instead.
    target.activate();
  }
  return { sheet: target, name: existing?.name ?? layout.sheetName, range: written };
}

/** Sheets aside from earlier builds that failed: the add-in's, by their name. */
function leftoversOf(state: WorkbookState): SheetInfo[] {
  const prefix = BUILDING_PREFIX.toLocaleUpperCase('en-GB');
  return state.sheets.filter((sheet) => sheet.name.toLocaleUpperCase('en-GB').startsWith(prefix));
}

/** Excel's hex colours from the footprint's. */
const hex = (colour: string) => `#${colour}`;

function styleRegion(sheet: Excel.Worksheet, region: LayoutRegion): void {
  const look = REGION_LOOKS[region.style];
  const range = sheet.getRange(rangeA1(region.top, region.left, region.bottom, region.right));
  const format = range.format;
  if (look.merge) range.merge(true);
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size) format.font.size = look.size;
  if (look.fontColour) format.font.color = hex(look.fontColour);
  if (look.fill) format.fill.color = hex(look.fill);
  if (look.wrap) format.wrapText = true;
  if (look.box) box(range, region);
}

/** A merged paragraph's row is made tall enough to show all its text. */
function paragraphHeight(layout: SummaryLayout, region: LayoutRegion): number {
  const text = String(layout.values[region.top]?.[region.left] ?? '');
  const characters = layout.columnWidths.slice(region.left, region.right + 1).reduce((sum, w) => sum + w, 0) || 80;
  const lines = Math.max(1, Math.ceil((text.length * 1.1) / characters));
  return Math.min(409, lines * 15);
}

/** Thin borders round and inside a table region (inside edges only where there is more than one row or column). */
function box(range: Excel.Range, region: LayoutRegion): void {
  const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
  if (region.bottom > region.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
  if (region.right > region.left) edges.push('InsideVertical' as Excel.BorderIndex);
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous' as Excel.BorderLineStyle;
    border.weight = 'Thin' as Excel.BorderWeight;
    border.color = hex(COLOURS.border);
  }
}
