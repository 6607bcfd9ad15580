import ExcelJS from 'exceljs';
import type { CellValue, SheetCells, WorkbookCells } from '../core/types';
import { columnLetter } from '../core/address';

/**
 * Development only (sample, fixture and bench workbooks): the add-in and the command line never load ExcelJS.
 *
 * Build a workbook holding exactly the given cells: the inverse of readWorkbookCells, for making sample and test
 * workbooks from cells (the seed's tables, a generated tracker) so that reading the file gives the same cells back.
 *
 * Numbers are written as numbers with their number format, so a date serial formatted 'dd/mm/yyyy' is a real Excel
 * date; "" leaves a cell empty; each ExcelTableInfo becomes an Excel table over its range.
 */
export function cellsToWorkbook(cells: WorkbookCells): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jac-summary';
  for (const sheet of cells.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet);
  return workbook;
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetCells): void {
  for (const table of sheet.tables) {
    const header = rowValues(sheet, table.headerRow, table.firstColumn, table.lastColumn);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      rows.push(rowValues(sheet, r, table.firstColumn, table.lastColumn).map((v) => (v === '' ? null : v)));
    }
    worksheet.addTable({
      name: table.name,
      ref: `${columnLetter(table.firstColumn)}${table.headerRow + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: header.map((name, i) => ({ name: String(name || `Column${i + 1}`), filterButton: true })),
      rows,
    });
  }
  // Cells after tables: a table writes its own cells, and the cells given (with their number formats) must have the last word.
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === '' || value === null) return;
      const cell = worksheet.getCell(sheet.originRow + r + 1, sheet.originColumn + c + 1);
      cell.value = value;
      const format = sheet.numberFormats?.[r]?.[c];
      if (format && format !== 'General') cell.numFmt = format;
    });
  });
}

function rowValues(sheet: SheetCells, row: number, first: number, last: number): CellValue[] {
  const values: CellValue[] = [];
  for (let c = first; c <= last; c++) {
    values.push(sheet.values[row - sheet.originRow]?.[c - sheet.originColumn] ?? '');
  }
  return values;
}

/** Zip at DEFLATE level 1, as the file shell writes its new parts, so generated files and baselines compare alike. */
export const SAVE_OPTIONS = {
  zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
} as unknown as Partial<ExcelJS.XlsxWriteOptions>;

/** An ExcelJS workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer(SAVE_OPTIONS);
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
