/**
 * Applies an edit the host reported (a rectangle of new values) to the cells already read, so live checking can
 * re-run the engine without reading the whole workbook again. Pure: the input is never changed; sheets and rows the
 * edit does not touch are shared with the input.
 */
import type { CellValue, SheetCells, WorkbookCells } from './types';

export interface CellChange {
  sheet: string;
  /** 0-based sheet row and column of values[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
}

function rowsOf(sheet: SheetCells): number {
  return sheet.values.length;
}

function widthOf(sheet: SheetCells): number {
  let width = 0;
  for (const row of sheet.values) if (row.length > width) width = row.length;
  return width;
}

/** The sheet re-laid on a larger used range, blanks ('' and 'General') in the new cells. */
function grow(sheet: SheetCells, originRow: number, originColumn: number, rows: number, columns: number): SheetCells {
  const rowShift = sheet.originRow - originRow;
  const columnShift = sheet.originColumn - originColumn;
  const values: CellValue[][] = [];
  const formats: string[][] | undefined = sheet.numberFormats ? [] : undefined;
  for (let r = 0; r < rows; r += 1) {
    const oldRow = sheet.values[r - rowShift];
    const oldFormats = sheet.numberFormats?.[r - rowShift];
    const row = new Array<CellValue>(columns);
    const formatRow = formats ? new Array<string>(columns) : undefined;
    for (let c = 0; c < columns; c += 1) {
      row[c] = oldRow?.[c - columnShift] ?? '';
      if (formatRow) formatRow[c] = oldFormats?.[c - columnShift] ?? 'General';
    }
    values.push(row);
    if (formats && formatRow) formats.push(formatRow);
  }
  return { ...sheet, originRow, originColumn, values, ...(formats ? { numberFormats: formats } : {}) };
}

function patchSheet(sheet: SheetCells, change: CellChange): SheetCells {
  const height = change.values.length;
  const width = change.values.reduce((max, row) => Math.max(max, row.length), 0);
  if (height === 0 || width === 0) return sheet;
  const empty = rowsOf(sheet) === 0 || widthOf(sheet) === 0;
  const originRow = empty ? change.top : Math.min(sheet.originRow, change.top);
  const originColumn = empty ? change.left : Math.min(sheet.originColumn, change.left);
  const lastRow = Math.max(empty ? -1 : sheet.originRow + rowsOf(sheet) - 1, change.top + height - 1);
  const lastColumn = Math.max(empty ? -1 : sheet.originColumn + widthOf(sheet) - 1, change.left + width - 1);
  const rows = lastRow - originRow + 1;
  const columns = lastColumn - originColumn + 1;

  const grows =
    empty ||
    originRow !== sheet.originRow ||
    originColumn !== sheet.originColumn ||
    rows > rowsOf(sheet) ||
    change.left + width - 1 > sheet.originColumn + widthOf(sheet) - 1;
  const base = grows ? grow(sheet, originRow, originColumn, rows, columns) : { ...sheet, values: [...sheet.values] };

  change.values.forEach((newValues, r) => {
    const index = change.top + r - base.originRow;
    const row = [...base.values[index]];
    newValues.forEach((value, c) => {
      row[change.left + c - base.originColumn] = value;
    });
    for (let c = 0; c < row.length; c += 1) if (row[c] === undefined) row[c] = '';
    base.values[index] = row;
  });
  // A cell typed over is no longer a formula waiting to be calculated.
  if (sheet.uncalculated && sheet.uncalculated.length > 0) {
    const bottom = change.top + height - 1;
    const right = change.left + width - 1;
    const kept = sheet.uncalculated.filter(([r, c]) => r < change.top || r > bottom || c < change.left || c > right);
    if (kept.length > 0) base.uncalculated = kept;
    else delete base.uncalculated;
  }
  return base;
}

/**
 * @example patchCells(workbook, { sheet: 'Audit Actions', top: 1, left: 2, values: [['High']] }) -> a copy with C2 = 'High'
 * An edit on a sheet the workbook did not have yet adds that sheet at the end.
 */
export function patchCells(workbook: WorkbookCells, change: CellChange): WorkbookCells {
  const index = workbook.sheets.findIndex((sheet) => sheet.name === change.sheet);
  if (index < 0) {
    const added = patchSheet({ name: change.sheet, originRow: change.top, originColumn: change.left, values: [], tables: [] }, change);
    return { ...workbook, sheets: [...workbook.sheets, added] };
  }
  const sheets = [...workbook.sheets];
  sheets[index] = patchSheet(sheets[index], change);
  return { ...workbook, sheets };
}
