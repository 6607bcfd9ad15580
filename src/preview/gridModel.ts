/**
 * One worksheet as the grid draws it: display text, alignment and the cell styles Excel would show (bold, fills,
 * font colours, wrapping), plus column widths in pixels. Pure over what the file shell read from the sheet's part
 * (its cells with their style indexes, merges and column widths) and its stylesheet, so it is tested without a DOM
 * and draws any workbook the file shell opens.
 */
import type { CellValue } from '../core/types';
import type { SheetContent } from '../file/ooxml/readSheet';
import type { StyleTable } from '../file/ooxml/styles';
import { displayValue, type Alignment } from './displayValue';

export interface GridCell {
  text: string;
  align: Alignment;
  bold: boolean;
  italic: boolean;
  /** CSS colours, or undefined for Excel's defaults. */
  fill?: string;
  color?: string;
  wrap: boolean;
  /** Text longer than its column spills into empty cells to the right, as Excel draws it. */
  spills: boolean;
  /** The value when the cell shows ### because it is too narrow for it (shown on hover, as Excel's tooltip does). */
  fullText?: string;
  /** The top-left cell of a merged area spans it; the other cells of the area are covered and not drawn. */
  rowSpan?: number;
  colSpan?: number;
  covered?: boolean;
}

export interface GridModel {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Pixels, index = 0-based column. */
  columnWidths: number[];
  /** rows[r][c] for 0-based row r and column c; every row has columnCount cells. */
  rows: GridCell[][];
}

/** Excel's empty sheet shows this much; a used range larger than it grows the grid with a little room to spare. */
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
const SPARE_ROWS = 5;
const SPARE_COLUMNS = 2;
/** Excel's default column width is 8.43 characters of Calibri 11, drawn 64 px wide. */
const DEFAULT_WIDTH_CHARS = 8.43;
/** Width of a digit in the grid's font, and the cell's padding, for telling whether a number fits its column. */
const DIGIT_PX = 8;
const CELL_PADDING_PX = 7;

/**
 * Excel never cuts a number or date short: when it does not fit its column it shows ### across the cell, so a
 * reader is never shown a wrong value such as "01/06/202".
 */
export function fitNumber(text: string, widthPx: number): string {
  if (text.length * DIGIT_PX + CELL_PADDING_PX <= widthPx) return text;
  return '#'.repeat(Math.max(1, Math.floor((widthPx - CELL_PADDING_PX) / DIGIT_PX)));
}

export function columnWidthPx(widthChars: number | undefined): number {
  return Math.round((widthChars ?? DEFAULT_WIDTH_CHARS) * 7 + 5);
}

/** Numbers (dates are numbers too): the values Excel shows as ### when they do not fit. */
function isNumeric(value: CellValue | undefined): boolean {
  return typeof value === 'number';
}

const EMPTY: GridCell = { text: '', align: 'left', bold: false, italic: false, wrap: false, spills: false };
const COVERED: GridCell = { ...EMPTY, covered: true };

/** The sheet's width in use: one past the rightmost cell that holds a value or a style. */
function usedWidth(content: SheetContent): number {
  let width = 0;
  for (const row of content.rows) if (row && row.styles.length > width) width = row.styles.length;
  return width;
}

/** Column widths in characters by 0-based column, from the sheet's <col> ranges (only up to `columns`). */
function widthsInCharacters(content: SheetContent, columns: number): (number | undefined)[] {
  const widths = new Array<number | undefined>(columns).fill(undefined);
  for (const spec of content.columns) {
    for (let c = spec.first; c <= Math.min(spec.last, columns - 1); c++) widths[c] = spec.hidden ? 0 : spec.width;
  }
  return widths;
}

export function gridModel(
  name: string,
  content: SheetContent,
  styles: StyleTable,
  /** Cells the grid must include even when empty, such as the selected one. */
  reach: { rows: number; columns: number } = { rows: 0, columns: 0 },
): GridModel {
  const usedRows = content.rows.length;
  const usedColumns = usedWidth(content);
  const rowCount = Math.max(MIN_ROWS, usedRows + SPARE_ROWS, reach.rows);
  const columnCount = Math.max(MIN_COLUMNS, usedColumns + SPARE_COLUMNS, reach.columns);

  const columnWidths = widthsInCharacters(content, columnCount).map((width) => columnWidthPx(width));

  const masters = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const covered = new Set<string>();
  for (const area of content.merges) {
    masters.set(`${area.top},${area.left}`, area);
    for (let r = area.top; r <= Math.min(area.bottom, rowCount - 1); r++) {
      for (let c = area.left; c <= Math.min(area.right, columnCount - 1); c++) if (r !== area.top || c !== area.left) covered.add(`${r},${c}`);
    }
  }

  const rows: GridCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = content.rows[r];
    const cells: GridCell[] = new Array(columnCount);
    for (let c = 0; c < columnCount; c++) {
      if (covered.size > 0 && covered.has(`${r},${c}`)) {
        cells[c] = COVERED;
        continue;
      }
      const value = row?.values[c];
      const style = row?.styles[c];
      if (style === undefined) {
        cells[c] = EMPTY;
        continue;
      }
      const look = styles.look(style);
      if ((value === undefined || value === '') && !look.fill) {
        cells[c] = EMPTY;
        continue;
      }
      const shown = displayValue(value ?? null, look.numberFormat);
      cells[c] = {
        text: shown.text,
        align: look.horizontal ?? shown.align,
        bold: look.bold,
        italic: look.italic,
        fill: look.fill ? `#${look.fill}` : undefined,
        color: look.fontColour ? `#${look.fontColour}` : undefined,
        wrap: look.wrap,
        spills: false,
      };
      const area = masters.get(`${r},${c}`);
      if (area) cells[c] = { ...cells[c], rowSpan: area.bottom - area.top + 1, colSpan: area.right - area.left + 1 };
      if (isNumeric(value)) {
        const span = area ? columnWidths.slice(area.left, area.right + 1).reduce((sum, width) => sum + width, 0) : columnWidths[c];
        const fitted = fitNumber(cells[c].text, span);
        if (fitted !== cells[c].text) cells[c] = { ...cells[c], text: fitted, fullText: cells[c].text };
      }
    }
    // Left-aligned text that does not wrap overflows into the empty cells beside it, like Excel's titles do.
    for (let c = 0; c < columnCount - 1; c++) {
      const cell = cells[c];
      const next = cells[c + 1];
      if (cell.text && !cell.wrap && !cell.colSpan && cell.align === 'left' && next.text === '' && !next.covered)
        cells[c] = { ...cell, spills: true };
    }
    rows.push(cells);
  }
  return { name, rowCount, columnCount, columnWidths, rows };
}
