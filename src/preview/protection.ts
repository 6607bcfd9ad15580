/**
 * Sheet protection as Excel enforces it. ExcelJS reads a protected sheet but would write into it regardless, so the
 * preview refuses where Excel refuses: the add-in's writes to a protected sheet fail with the message the Excel shell
 * gives, and a person cannot type into a protected sheet.
 */
import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../core/address';
import { HostError, type RefreshResults } from '../host/WorkbookHost';

export function isProtected(worksheet: ExcelJS.Worksheet | undefined): boolean {
  const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)?.sheetProtection;
  return Boolean(protection?.sheet);
}

/** The sheets a refresh writes to: the summary, the actions table's (highlighting) and, with validation on, the plan's. */
function sheetsWritten(results: RefreshResults): string[] {
  const sheets = [results.layout.sheetName];
  if (results.tables.actions) sheets.push(results.tables.actions.sheet);
  if (results.dataValidation && results.tables.plan) sheets.push(results.tables.plan.sheet);
  return sheets;
}

/** Throws the HostError Excel's refusal becomes when a refresh would write to a protected sheet. */
export function refuseProtectedWrites(workbook: ExcelJS.Workbook, results: RefreshResults): void {
  const blocked = sheetsWritten(results).find((name) => isProtected(workbook.getWorksheet(name)));
  if (blocked) {
    throw new HostError(
      'sheet-protected',
      `The sheet ${quoteSheetName(blocked)} is protected, so the add-in could not write to it. ` +
        'Unprotect it (Review > Unprotect Sheet), or ask whoever protected it, then refresh again.',
    );
  }
}

export function protectedEditMessage(sheet: string): string {
  return `The sheet ${quoteSheetName(sheet)} is protected. Unprotect it in Excel (Review > Unprotect Sheet) to change its cells.`;
}
