/**
 * One worksheet as the grid draws it: display text, alignment and the cell styles Excel would show (bold, fills,
 * font colours, wrapping), plus column widths in pixels. Pure over ExcelJS objects so it is tested without a DOM.
 */
import type ExcelJS from 'exceljs';
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
}

export interface SheetGrid {
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

export function columnWidthPx(widthChars: number | undefined): number {
  return Math.round((widthChars ?? DEFAULT_WIDTH_CHARS) * 7 + 5);
}

/** ExcelJS colours are ARGB hex ("FFFFC7CE"); theme and indexed colours have no fixed RGB, so they are left out. */
function cssColour(colour: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = colour?.argb;
  return typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

function fillColour(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  return cssColour(fill.fgColor) ?? cssColour(fill.bgColor);
}

const EMPTY: GridCell = { text: '', align: 'left', bold: false, italic: false, wrap: false, spills: false };

export function sheetGrid(
  worksheet: ExcelJS.Worksheet,
  /** Cells the grid must include even when empty, such as the selected one. */
  reach: { rows: number; columns: number } = { rows: 0, columns: 0 },
): SheetGrid {
  const usedRows = worksheet.rowCount;
  const usedColumns = worksheet.columnCount;
  const rowCount = Math.max(MIN_ROWS, usedRows + SPARE_ROWS, reach.rows);
  const columnCount = Math.max(MIN_COLUMNS, usedColumns + SPARE_COLUMNS, reach.columns);

  const columnWidths = Array.from({ length: columnCount }, (_, c) =>
    columnWidthPx(c < usedColumns ? worksheet.getColumn(c + 1).width : undefined),
  );

  const rows: GridCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = r < usedRows ? worksheet.findRow(r + 1) : undefined;
    const cells: GridCell[] = new Array(columnCount);
    for (let c = 0; c < columnCount; c++) {
      const cell = row && c < usedColumns ? row.findCell(c + 1) : undefined;
      if (!cell || (cell.value === null && !cell.style?.fill)) {
        cells[c] = EMPTY;
        continue;
      }
      const shown = displayValue(cell.value, cell.numFmt);
      cells[c] = {
        text: shown.text,
        align: cell.alignment?.horizontal === 'center' || cell.alignment?.horizontal === 'right' || cell.alignment?.horizontal === 'left'
          ? cell.alignment.horizontal
          : shown.align,
        bold: Boolean(cell.font?.bold),
        italic: Boolean(cell.font?.italic),
        fill: fillColour(cell.fill),
        color: cssColour(cell.font?.color),
        wrap: Boolean(cell.alignment?.wrapText),
        spills: false,
      };
    }
    // Left-aligned text that does not wrap overflows into the empty cells beside it, like Excel's titles do.
    for (let c = 0; c < columnCount - 1; c++) {
      const cell = cells[c];
      if (cell.text && !cell.wrap && cell.align === 'left' && cells[c + 1].text === '') cells[c] = { ...cell, spills: true };
    }
    rows.push(cells);
  }
  return { name: worksheet.name, rowCount, columnCount, columnWidths, rows };
}
