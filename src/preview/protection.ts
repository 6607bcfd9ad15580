/**
 * Sheet protection as Excel enforces it. A file can be written whatever its protection, so the preview refuses
 * where Excel refuses: the add-in's writes to a protected sheet fail with the message the Excel shell gives (and a
 * person cannot type into one: FileHost.editRefusal).
 */
import { quoteSheetName } from '../core/address';
import type { WorkbookFile } from '../file/ooxml/WorkbookFile';
import { HostError, type RefreshResults } from '../host/WorkbookHost';

export function isProtected(file: WorkbookFile, sheetName: string): boolean {
  const sheet = file.sheet(sheetName);
  return sheet ? file.content(sheet).protected : false;
}

/** The sheets a refresh writes to: the summary, the actions table's (conditional formats) and, with in-cell validation on, the plan's. */
function sheetsWritten(results: RefreshResults): string[] {
  const sheets = [results.layout.sheetName];
  if (results.tables.actions) sheets.push(results.tables.actions.sheet);
  if (results.inCellValidation && results.tables.plan) sheets.push(results.tables.plan.sheet);
  return sheets;
}

/** Throws the HostError Excel's refusal becomes when a refresh would write to a protected sheet. */
export function refuseProtectedWrites(file: WorkbookFile, results: RefreshResults): void {
  const blocked = sheetsWritten(results).find((name) => isProtected(file, name));
  if (blocked) {
    throw new HostError(
      'sheet-protected',
      `The sheet ${quoteSheetName(blocked)} is protected, so the add-in could not write to it. ` +
        'Unprotect it (Review > Unprotect Sheet), or ask whoever protected it, then refresh again.',
    );
  }
}
