import type ExcelJS from 'exceljs';

/** Sheets Excel shows as tabs: hidden and very hidden ones (such as the add-in's saved settings) are not. */
export function visibleSheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined).map((sheet) => sheet.name);
}
