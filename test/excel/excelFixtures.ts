/**
 * Workbooks as the Office.js shell meets them: the seed tracker with an old summary, with the add-in's very hidden
 * data sheet written by any shell (core's dataSheetRows, as `jac-summary` writes it too), or with the settings an
 * earlier version of the add-in kept in the workbook's settings collection.
 */
import { dataSheetRows, EMPTY_STORED_DATA, type StoredData } from '../../src/core/dataSheet';
import { DATA_SHEET_NAME } from '../../src/core/footprint';
import type { SheetCells, WorkbookCells } from '../../src/core/types';
import { makeSeedWorkbook } from '../fixtures/seedTables';

/** The record's cells as they stand on the data sheet: text, formatted "@". */
export function dataSheet(record: Partial<StoredData>, name = DATA_SHEET_NAME): SheetCells {
  const rows = dataSheetRows({ ...EMPTY_STORED_DATA, ...record });
  return { name, originRow: 0, originColumn: 0, values: rows, numberFormats: rows.map((row) => row.map(() => '@')), tables: [] };
}

/** A one-cell sheet, such as a summary an earlier refresh left. */
export function sheetWith(name: string, text: string): SheetCells {
  return { name, originRow: 0, originColumn: 0, values: [[text]], numberFormats: [['@']], tables: [] };
}

/** The seed tracker after an earlier refresh: its summary (second) and, when given, its data sheet (last). */
export function seedWithSummary(record?: Partial<StoredData>, summaryName = 'JAC Summary'): WorkbookCells {
  const workbook = makeSeedWorkbook();
  workbook.sheets.splice(1, 0, sheetWith(summaryName, 'Old'));
  if (record) workbook.sheets.push(dataSheet(record));
  return workbook;
}

/** The overdue and due-soon formulas core's highlightRules gives for the seed's actions table, marked as the add-in's. */
export const OVERDUE = '=AND(N("jac")=0,LEN(TRIM($E2))=0,ISNUMBER($D2),$D2<TODAY())';
export const DUE_SOON = '=AND(N("jac")=0,LEN(TRIM($E2))=0,ISNUMBER($D2),$D2>=TODAY(),$D2<=TODAY()+30)';
/** What an earlier version wrote and recorded, before its rules carried the mark. */
export const LEGACY_OVERDUE = '=AND(LEN(TRIM($E2))=0,ISNUMBER($D2),$D2<TODAY())';
