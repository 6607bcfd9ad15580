import type ExcelJS from 'exceljs';
import type { CellValue, ExcelTableInfo, SheetCells, WorkbookCells } from '../core/types';
import { parseA1Range } from './a1Range';
import { isUncalculatedFormula, toCellValue } from './cellValue';
import { isOwnedSheet } from './ownedSheets';

export interface ReadOptions {
  /**
   * Also read the add-in's own sheets (the summary and the settings). Off by default: the summary repeats the
   * plan's headers, and reading it back as data would make the engine find its own output.
   */
  includeOwnSheets?: boolean;
}

/**
 * Every sheet's used range as Excel's `Range.values` and `numberFormat` would return it, plus its Excel tables.
 *
 * The used range here is the rectangle around cells that hold a value (Excel's own used range also counts cells
 * that are only formatted; those would only add blank rows and columns). Blank cells inside it are "" with the
 * format "General", cells of a merged area other than its top-left are "", as Office.js returns them. A formula
 * reads as its cached result; one that was never calculated reads as "" and is listed in the sheet's
 * `uncalculated`, so the engine can say so instead of calling the cell blank.
 */
export function readWorkbookCells(workbook: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookCells {
  const sheets: SheetCells[] = [];
  for (const worksheet of workbook.worksheets) {
    if (!options.includeOwnSheets && isOwnedSheet(worksheet.name)) continue;
    sheets.push(readSheet(worksheet));
  }
  return { sheets };
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetCells {
  // One pass over the cells into rows indexed by sheet row and column, then each row padded to the used range: no
  // object per cell (a 20,000-row tracker has 120,000 of them) and no second copy of rows that start at column A.
  const valueRows: CellValue[][] = [];
  const formatRows: string[][] = [];
  const uncalculated: Array<[number, number]> = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let values: CellValue[] | undefined;
    let formats: string[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      const c = columnNumber - 1;
      if (value === '' || value === null) {
        // A formula never calculated stays in the grid as "" (inside the used range), listed apart.
        if (!isUncalculatedFormula(cell.value)) return;
        uncalculated.push([r, c]);
      }
      if (!values || !formats) {
        values = valueRows[r] = [];
        formats = formatRows[r] = [];
      }
      values[c] = value;
      formats[c] = cell.numFmt || 'General';
      if (c < left) left = c;
      if (c > right) right = c;
    });
    if (values) {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
    }
  });
  const tables = readTables(worksheet);
  if (bottom < 0) {
    // Office.js reports an empty sheet's used range as A1 holding "".
    return { name: worksheet.name, originRow: 0, originColumn: 0, values: [['']], numberFormats: [['General']], tables };
  }
  const width = right - left + 1;
  const extra = uncalculated.length > 0 ? { uncalculated } : {};
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(usedPart(valueRows[r], left, width, ''));
    numberFormats.push(usedPart(formatRows[r], left, width, 'General'));
  }
  return { name: worksheet.name, originRow: top, originColumn: left, values, numberFormats, tables, ...extra };
}

/** Columns left to left + width - 1 of a row read by sheet column, with `blank` where nothing was read. */
function usedPart<T>(row: T[] | undefined, left: number, width: number, blank: T): T[] {
  if (!row) return new Array<T>(width).fill(blank);
  if (left > 0) return usedPart(row.slice(left), 0, width, blank);
  // Fill the holes (blank cells) and any missing end in place: the row is ours, read above.
  for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = blank;
  return row;
}

/** The shape of an ExcelJS table's model, loaded (tableRef) or created in memory (ref + rows). */
interface TableModel {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: unknown[];
  rows?: unknown[];
}

function readTables(worksheet: ExcelJS.Worksheet): ExcelTableInfo[] {
  const tables: ExcelTableInfo[] = [];
  for (const table of worksheet.getTables()) {
    // A loaded table keeps its model in `.table`; one added in memory exposes it as `.model` too.
    const holder = table as unknown as { table?: TableModel; model?: TableModel };
    const model = holder.table ?? holder.model;
    if (!model) continue;
    const rect = tableRect(model);
    if (!rect) continue;
    const hasTotals = model.totalsRow === true;
    const lastRow = Math.max(rect.top, rect.bottom - (hasTotals ? 1 : 0));
    tables.push({
      name: model.displayName || model.name || '',
      headerRow: rect.top,
      firstColumn: rect.left,
      lastColumn: rect.right,
      lastRow,
    });
  }
  return tables;
}

function tableRect(model: TableModel) {
  if (model.tableRef) return parseA1Range(model.tableRef);
  if (!model.ref) return null;
  const start = parseA1Range(model.ref);
  if (!start) return null;
  const width = Math.max(1, model.columns?.length ?? 1);
  const height = (model.rows?.length ?? 0) + (model.headerRow === false ? 0 : 1) + (model.totalsRow ? 1 : 0);
  return { top: start.top, left: start.left, bottom: start.top + Math.max(1, height) - 1, right: start.left + width - 1 };
}
