import type ExcelJS from 'exceljs';
import type { CellValue, ExcelTableInfo, SheetCells, WorkbookCells } from '../core/types';
import { parseA1Range } from './a1Range';
import { toCellValue } from './cellValue';
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
 * format "General", cells of a merged area other than its top-left are "", as Office.js returns them.
 */
export function readWorkbookCells(workbook: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookCells {
  const sheets: SheetCells[] = [];
  for (const worksheet of workbook.worksheets) {
    if (!options.includeOwnSheets && isOwnedSheet(worksheet.name)) continue;
    sheets.push(readSheet(worksheet));
  }
  return { sheets };
}

interface Found {
  row: number;
  column: number;
  value: CellValue;
  numberFormat: string;
}

function readSheet(worksheet: ExcelJS.Worksheet): SheetCells {
  const found: Found[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value === '' || value === null) return;
      const r = rowNumber - 1;
      const c = columnNumber - 1;
      found.push({ row: r, column: c, value, numberFormat: cell.numFmt || 'General' });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const tables = readTables(worksheet);
  if (found.length === 0) {
    // Office.js reports an empty sheet's used range as A1 holding "".
    return { name: worksheet.name, originRow: 0, originColumn: 0, values: [['']], numberFormats: [['General']], tables };
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(''));
    numberFormats.push(new Array<string>(width).fill('General'));
  }
  for (const cell of found) {
    values[cell.row - top][cell.column - left] = cell.value;
    numberFormats[cell.row - top][cell.column - left] = cell.numberFormat;
  }
  return { name: worksheet.name, originRow: top, originColumn: left, values, numberFormats, tables };
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
