import type ExcelJS from 'exceljs';
import type { LayoutRegion, SummaryLayout } from '../core/types';

/** Fills and fonts shared with the conditional formats, so the summary's rows look like the grid's marking. */
export const OVERDUE_FILL = 'FFFFC7CE';
export const OVERDUE_FONT = 'FF9C0006';
export const DUE_SOON_FILL = 'FFFFEB9C';
export const DUE_SOON_FONT = 'FF9C5700';
const HEADER_FILL = 'FFD9D9D9';
const NOTE_FONT = 'FF595959';

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Write the summary layout into a fresh sheet named `layout.sheetName`, replacing the add-in's previous summary.
 *
 * The new sheet is built completely under a temporary name before the old one goes, so a failure part-way leaves
 * the previous summary in place. It takes the old sheet's place in the tab order, or goes after the last sheet.
 * Strings are written as ExcelJS strings, which are never formulas, so "=cmd" from a user's cell stays text.
 */
export function renderSummarySheet(workbook: ExcelJS.Workbook, layout: SummaryLayout): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(layout.sheetName);
  const sheet = workbook.addWorksheet(temporaryName(workbook), {
    views: [{ showGridLines: false }],
    properties: { tabColor: { argb: 'FF1F4E79' } },
  });
  fillSheet(sheet, layout);
  if (old) {
    const orderNo = (old as unknown as { orderNo: number }).orderNo;
    workbook.removeWorksheet(old.id);
    (sheet as unknown as { orderNo: number }).orderNo = orderNo;
  }
  sheet.name = layout.sheetName;
  return sheet;
}

function temporaryName(workbook: ExcelJS.Workbook): string {
  for (let i = 1; ; i++) {
    const name = `JAC Summary (new ${i})`;
    if (!workbook.getWorksheet(name)) return name;
  }
}

const LOOKS: readonly LayoutRegion['style'][] = ['title', 'table-title', 'header', 'body', 'overdue', 'due-soon', 'paragraph', 'note'];
const LOOK_INDEX = new Map(LOOKS.map((look, i) => [look, i]));
/** Base of the number that encodes a cell's looks in order: one digit per look, 0 meaning none. */
const LOOK_BASE = LOOKS.length + 1;

function fillSheet(sheet: ExcelJS.Worksheet, layout: SummaryLayout): void {
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  let lastRow = layout.values.length - 1;
  let lastColumn = 0;
  for (const region of layout.regions) {
    lastRow = Math.max(lastRow, region.bottom);
    lastColumn = Math.max(lastColumn, region.right);
  }
  const rows = lastRow + 1;
  const columns = lastColumn + 1;
  // Each cell's looks, in region order, as one number (looks.reduce((code, look) => code * LOOK_BASE + index + 1)),
  // and how far right each row's regions reach. Flat typed arrays: a summary of 10,000 rows would otherwise build a
  // list of regions and a list of looks per row and a style key per cell, only to throw them away.
  const codes = new Float64Array(rows * columns);
  const reach = new Int32Array(rows);
  for (const region of layout.regions) {
    const digit = (LOOK_INDEX.get(region.style) ?? 0) + 1;
    for (let r = region.top; r <= region.bottom; r++) {
      if (region.right + 1 > reach[r]) reach[r] = region.right + 1;
      for (let c = region.left; c <= region.right; c++) codes[r * columns + c] = codes[r * columns + c] * LOOK_BASE + digit;
    }
  }
  const styles = new StyleCache();
  for (let r = 0; r < rows; r++) {
    const rowValues = layout.values[r] ?? [];
    // A region may reach past a row's last value: an empty overdue cell is still red.
    const width = Math.max(rowValues.length, reach[r]);
    if (width === 0) continue;
    const formats = layout.numberFormats[r] ?? [];
    const row = sheet.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const value = rowValues[c] ?? null;
      const code = c < columns ? codes[r * columns + c] : 0;
      if (value === null && code === 0) continue;
      const cell = row.getCell(c + 1);
      // A JS string makes a string cell; ExcelJS only writes a formula for { formula } objects.
      cell.value = value;
      const style = styles.get(code, value === null ? 'General' : (formats[c] ?? 'General'));
      if (style) cell.style = style;
    }
  }
  for (const region of layout.regions) {
    if (region.style !== 'paragraph') continue;
    if (region.right > region.left || region.bottom > region.top) {
      sheet.mergeCells(region.top + 1, region.left + 1, region.bottom + 1, region.right + 1);
    }
    const text = String(layout.values[region.top]?.[region.left] ?? '');
    const width = layout.columnWidths.slice(region.left, region.right + 1).reduce((sum, w) => sum + w, 0) || 60;
    const lines = Math.max(1, Math.ceil((text.length * 1.1) / width));
    const rowCount = region.bottom - region.top + 1;
    sheet.getRow(region.top + 1).height = Math.max(15, (lines * 15) / rowCount);
  }
}

/** The looks a code stands for, in the order their regions were listed. */
function decodeLooks(code: number): LayoutRegion['style'][] {
  const looks: LayoutRegion['style'][] = [];
  for (let rest = code; rest > 0; rest = Math.floor(rest / LOOK_BASE)) looks.unshift(LOOKS[(rest % LOOK_BASE) - 1]);
  return looks;
}

/**
 * One style object per distinct look. Cells share them, which ExcelJS allows as long as nobody mutates them, and
 * which lets its writer look a cell's style up by object instead of serialising it again: on a summary of 10,000
 * rows that is most of the save time. Keyed by the looks' code and the number format, so no key is built per cell.
 */
class StyleCache {
  private readonly cache = new Map<number, Map<string, Partial<ExcelJS.Style> | null>>();

  get(code: number, numFmt: string): Partial<ExcelJS.Style> | null {
    let byFormat = this.cache.get(code);
    if (!byFormat) {
      byFormat = new Map();
      this.cache.set(code, byFormat);
    }
    let style = byFormat.get(numFmt);
    if (style === undefined) {
      style = buildStyle(decodeLooks(code), numFmt);
      byFormat.set(numFmt, style);
    }
    return style;
  }
}

/** Later looks over earlier ones (an overdue row over the table's body); fonts and alignments merge. */
function buildStyle(looks: LayoutRegion['style'][], numFmt: string): Partial<ExcelJS.Style> | null {
  const style: Partial<ExcelJS.Style> = {};
  if (numFmt !== 'General') style.numFmt = numFmt;
  for (const look of looks.map(regionLook)) {
    if (look.font) style.font = { ...style.font, ...look.font };
    if (look.fill) style.fill = look.fill;
    if (look.border) style.border = look.border;
    if (look.alignment) style.alignment = { ...style.alignment, ...look.alignment };
  }
  return Object.keys(style).length > 0 ? style : null;
}

interface CellStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

function regionLook(style: LayoutRegion['style']): CellStyle {
  switch (style) {
    case 'title':
      return { font: { bold: true, size: 14, color: { argb: 'FF1F4E79' } } };
    case 'table-title':
      return { font: { bold: true, size: 12 } };
    case 'header':
      return { font: { bold: true }, fill: solid(HEADER_FILL), border: BOX, alignment: { vertical: 'middle', wrapText: true } };
    case 'body':
      return { border: BOX, alignment: { vertical: 'top' } };
    case 'overdue':
      return { font: { color: { argb: OVERDUE_FONT } }, fill: solid(OVERDUE_FILL), border: BOX };
    case 'due-soon':
      return { font: { color: { argb: DUE_SOON_FONT } }, fill: solid(DUE_SOON_FILL), border: BOX };
    case 'paragraph':
      return { alignment: { wrapText: true, vertical: 'top' } };
    case 'note':
      return { font: { italic: true, color: { argb: NOTE_FONT } } };
  }
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}
