/**
 * One worksheet as the grid draws it: display text, alignment and the cell styles Excel would show (bold, fills,
 * font colours, wrapping), plus column widths in pixels. Pure over ExcelJS objects so it is tested without a DOM.
 */
import type ExcelJS from 'exceljs';
import { displayValue, plainValue, type Alignment } from './displayValue';

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

/** ExcelJS colours are ARGB hex ("FFFFC7CE"); theme and indexed colours have no fixed RGB, so they are left out. */
function cssColour(colour: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = colour?.argb;
  return typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

function fillColour(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  return cssColour(fill.fgColor) ?? cssColour(fill.bgColor);
}

/** Numbers and dates (after unwrapping formula results): the values Excel shows as ### when they do not fit. */
function isNumeric(value: ExcelJS.CellValue): boolean {
  const plain = plainValue(value);
  return typeof plain === 'number' || plain instanceof Date;
}

const EMPTY: GridCell = { text: '', align: 'left', bold: false, italic: false, wrap: false, spills: false };
const COVERED: GridCell = { ...EMPTY, covered: true };

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Merged areas, 0-based. ExcelJS keeps them in a private map (its public `model` would serialise the whole sheet
 * to get them), read defensively so a change inside ExcelJS only loses the merging, not the grid.
 */
function mergedAreas(worksheet: ExcelJS.Worksheet): Area[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { model?: Area }> })._merges ?? {};
  return Object.values(merges).flatMap((range) => {
    const area = range?.model;
    return area ? [{ top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 }] : [];
  });
}

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

  const masters = new Map<string, Area>();
  const covered = new Set<string>();
  for (const area of mergedAreas(worksheet)) {
    masters.set(`${area.top},${area.left}`, area);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) covered.add(`${r},${c}`);
    }
  }

  const rows: GridCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = r < usedRows ? worksheet.findRow(r + 1) : undefined;
    const cells: GridCell[] = new Array(columnCount);
    for (let c = 0; c < columnCount; c++) {
      if (covered.size > 0 && covered.has(`${r},${c}`)) {
        cells[c] = COVERED;
        continue;
      }
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
      const area = masters.get(`${r},${c}`);
      if (area) cells[c] = { ...cells[c], rowSpan: area.bottom - area.top + 1, colSpan: area.right - area.left + 1 };
      if (isNumeric(cell.value)) {
        const span = area ? columnWidths.slice(area.left, area.right + 1).reduce((sum, width) => sum + width, 0) : columnWidths[c];
        const fitted = fitNumber(cells[c].text, span);
        if (fitted !== cells[c].text) cells[c] = { ...cells[c], text: fitted, fullText: cells[c].text };
      }
    }
    // Left-aligned text that does not wrap overflows into the empty cells beside it, like Excel's titles do.
    for (let c = 0; c < columnCount - 1; c++) {
      const cell = cells[c];
      const next = cells[c + 1];
      if (cell.text && !cell.wrap && !cell.colSpan && cell.align === 'left' && next.text === '' && !next.covered) cells[c] = { ...cell, spills: true };
    }
    rows.push(cells);
  }
  return { name: worksheet.name, rowCount, columnCount, columnWidths, rows };
}
