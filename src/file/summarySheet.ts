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

function fillSheet(sheet: ExcelJS.Worksheet, layout: SummaryLayout): void {
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const styles = cellStyles(layout.regions);
  layout.values.forEach((rowValues, r) => {
    const row = sheet.getRow(r + 1);
    rowValues.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // Assigning a JS string makes a string cell; ExcelJS only writes a formula for { formula } objects.
      cell.value = value === null ? null : value;
      const format = layout.numberFormats[r]?.[c];
      if (format && format !== 'General') cell.numFmt = format;
      const style = styles.get(key(r, c));
      if (style) applyStyle(cell, style);
    });
  });
  // Regions that reach past a row's last value still need their look (an empty overdue cell is still red).
  for (const [k, style] of styles) {
    const [r, c] = k.split(',').map(Number);
    if (layout.values[r]?.[c] === undefined) applyStyle(sheet.getCell(r + 1, c + 1), style);
  }
  for (const region of layout.regions) {
    if (region.style !== 'paragraph') continue;
    if (region.right > region.left || region.bottom > region.top) {
      sheet.mergeCells(region.top + 1, region.left + 1, region.bottom + 1, region.right + 1);
    }
    const text = String(layout.values[region.top]?.[region.left] ?? '');
    const width = layout.columnWidths.slice(region.left, region.right + 1).reduce((sum, w) => sum + w, 0) || 60;
    const lines = Math.max(1, Math.ceil((text.length * 1.1) / width));
    const rows = region.bottom - region.top + 1;
    sheet.getRow(region.top + 1).height = Math.max(15, (lines * 15) / rows);
  }
}

interface CellStyle {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** The look of each cell, later regions over earlier ones (an overdue row over the table's body). */
function cellStyles(regions: LayoutRegion[]): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const region of regions) {
    const look = regionLook(region.style);
    for (let r = region.top; r <= region.bottom; r++) {
      for (let c = region.left; c <= region.right; c++) {
        const k = key(r, c);
        const before = styles.get(k) ?? {};
        styles.set(k, {
          font: look.font || before.font ? { ...before.font, ...look.font } : undefined,
          fill: look.fill ?? before.fill,
          border: look.border ?? before.border,
          alignment: look.alignment || before.alignment ? { ...before.alignment, ...look.alignment } : undefined,
        });
      }
    }
  }
  return styles;
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

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  // Fresh objects per cell: ExcelJS shares style objects between cells, and mutating one would restyle others.
  if (style.font) cell.font = { ...style.font };
  if (style.fill) cell.fill = { ...style.fill } as ExcelJS.Fill;
  if (style.border) cell.border = { ...style.border };
  if (style.alignment) cell.alignment = { ...style.alignment };
}

function key(r: number, c: number): string {
  return `${r},${c}`;
}
