/**
 * The .xlsx shell over ExcelJS, browser-safe (no fs, path or other Node APIs): bytes in, bytes out.
 * The command line and the browser preview both use it; see README.md here.
 */
export { loadWorkbook, saveWorkbook, type WorkbookBytes } from './loadWorkbook';
export { readWorkbookCells, type ReadOptions } from './readWorkbookCells';
export { writeResults, type WriteOptions } from './writeResults';
export { FileHost, type FileHostEvent, type FileHostOptions, type Selection } from './FileHost';
export { cellsToWorkbook } from './cellsToWorkbook';
export { parseTypedInput, type TypedValue } from './typedInput';
export { toCellValue, dateToSerial, serialToDate } from './cellValue';
export { isOwnedSheet, SETTINGS_SHEET_NAME, SUMMARY_SHEET_NAME } from './ownedSheets';
export { OVERDUE_FILL, OVERDUE_FONT, DUE_SOON_FILL, DUE_SOON_FONT } from './summarySheet';
export { VALIDATION_TITLE } from './dataValidation';
