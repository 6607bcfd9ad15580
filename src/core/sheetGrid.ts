/**
 * Reading a SheetCells by sheet coordinates. A sheet's `values` start at its used range's origin, so every reader goes
 * through these to turn a 0-based sheet row and column into the right array slot, with "" outside the used range.
 */
import type { CellValue, SheetCells, WorkbookCells } from './types';

/** The sheet with this name, compared as Excel does (case-insensitive, surrounding spaces ignored). */
export function findSheet(workbook: WorkbookCells, name: string): SheetCells | null {
  const key = name.trim().toLowerCase();
  return workbook.sheets.find((sheet) => sheet.name.trim().toLowerCase() === key) ?? null;
}

export function cellValue(sheet: SheetCells, row: number, column: number): CellValue {
  return sheet.values[row - sheet.originRow]?.[column - sheet.originColumn] ?? '';
}

export function cellFormat(sheet: SheetCells, row: number, column: number): string | undefined {
  return sheet.numberFormats?.[row - sheet.originRow]?.[column - sheet.originColumn];
}

/** Last 0-based sheet row of the used range (originRow - 1 when the sheet is empty). */
export function lastSheetRow(sheet: SheetCells): number {
  return sheet.originRow + sheet.values.length - 1;
}

/** Last 0-based sheet column of the used range, taking the longest row (rows may be ragged). */
export function lastSheetColumn(sheet: SheetCells): number {
  let width = 0;
  for (const row of sheet.values) if (row.length > width) width = row.length;
  return sheet.originColumn + width - 1;
}

export function isBlankValue(value: CellValue | undefined): boolean {
  if (value === null || value === undefined || value === '') return true;
  return typeof value === 'string' && value.trim() === '';
}
