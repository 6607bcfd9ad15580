/**
 * The sentences every host uses for the same failure or note, so a person reads the same words whether the workbook
 * is open in Excel, in the browser preview or on the command line. Each error comes with its code (src/host/
 * WorkbookHost.ts) and whether trying again can help; the pane decides from the code which fix to offer.
 *
 * Sheet names are quoted with curly quotes, as the pane shows them; they may hold any character but those Excel
 * forbids in a sheet name.
 */
import { listWithAnd } from '../core/wording';
import { HostError, type HostErrorCode } from './WorkbookHost';

const quoted = (name: string) => `“${name}”`;

/** One failure: its code, its sentence and whether trying again can help. */
function failure(code: HostErrorCode, message: string, retryable = false): HostError {
  return new HostError(code, message, retryable);
}

export const hostErrors = {
  /** A finding's sheet, or a sheet the add-in was using, is not in the workbook any more. */
  sheetNotFound: (sheet: string) =>
    failure(
      'sheet-not-found',
      `The sheet ${quoted(sheet)} is not in this workbook any more; it may have been renamed or deleted. Check the workbook again to bring the findings up to date.`,
    ),
  /** Asked to show the summary before any refresh made one. */
  summaryNotFound: (sheet: string) => failure('summary-not-found', `There is no ${quoted(sheet)} sheet yet. Refresh the summary to create it.`),
  /** An address that names no cell on a sheet (a finding should never carry one). */
  notACell: (address: string) =>
    failure('invalid-address', `${quoted(address)} is not a cell on a named sheet, such as Actions!D4, so it cannot be selected.`),
  /** A sheet the add-in must write (the summary, its data sheet) is protected. */
  sheetProtected: (sheet: string) =>
    failure(
      'sheet-protected',
      `The sheet ${quoted(sheet)} is protected, so the summary could not be written and the previous one stays. Unprotect it (Review > Unprotect Sheet), refresh, then protect it again.`,
    ),
  /** Excel refused a write because of protection, without saying which sheet. */
  protectedSomewhere: () =>
    failure(
      'sheet-protected',
      'A protected sheet stopped the add-in from writing, so the previous summary stays. Unprotect it (Review > Unprotect Sheet), or ask whoever protected it, then refresh again.',
    ),
  /** The workbook's structure is protected: no sheet can be added or removed. */
  workbookProtected: () =>
    failure(
      'workbook-protected',
      "The workbook's structure is protected, so the add-in cannot add the sheets it needs and the previous summary stays. Unprotect it (Review > Protect Workbook), refresh, then protect it again.",
    ),
  cellEditing: () => failure('cell-editing', 'Excel is still editing a cell. Press Enter or Esc to finish editing, then try again.', true),
  /** Another workbook was in front while the add-in worked (Excel on Windows and Mac with several workbooks open). */
  workbookInactive: () =>
    failure(
      'workbook-inactive',
      'Another workbook was in front while the add-in was working. Click anywhere in this workbook, then try again.',
      true,
    ),
  busy: () => failure('busy', 'Excel is busy. Wait a moment, then try again.', true),
  unsupported: () =>
    failure('unsupported', 'This version of Excel does not offer a feature the add-in needs. Update Excel, or use Excel on the web.'),
  tooLarge: () =>
    failure(
      'too-large',
      'The workbook holds more data than Excel lets an add-in read or write at once. Move unrelated data to another workbook, or delete empty rows and columns below and beside the tables, then refresh again.',
    ),
  /** Anything else, with the host's own code and words kept for a support call. */
  unknown: (detail: string) =>
    failure(
      'unknown',
      `Excel could not finish the change (${detail}). Try again; if it keeps happening, save the workbook, close it and open it again.`,
    ),
};

/** Notes a host returns after a written refresh: what it could not do alongside the summary, and why. */
export const hostNotes = {
  /** A tracked sheet is protected: its rules were left as they were. */
  protectedRulesSkipped: (sheet: string) =>
    `The sheet ${quoted(sheet)} is protected, so its overdue highlighting and in-cell checks were left as they were; the summary is up to date. Unprotect the sheet (Review > Unprotect Sheet) and refresh to update them.`,
  /** Excel could not read a sheet's conditional formats, so the add-in could not tell its own rules from the user's. */
  conditionalFormatsUnreadable: (sheets: readonly string[], detail: string) =>
    `The overdue highlighting on ${listWithAnd(sheets.map(quoted))} could not be refreshed, because Excel could not read the sheet's conditional formatting (${detail}); the summary is up to date. Two rules on the same cells can cause this: see Home > Conditional Formatting > Manage Rules.`,
  /** The rules step failed after the summary was written. */
  rulesNotRefreshed: (detail: string) =>
    `The overdue highlighting and in-cell checks could not be refreshed (${detail}); the summary is up to date. Refresh again to try once more.`,
  /** Excel refused the summary's charts or print setup, after the summary, its rules and the record were written. */
  presentationNotRefreshed: (detail: string) =>
    `The summary’s charts and print setup could not be refreshed (${detail}); the summary’s tables are up to date. Refresh again to try once more.`,
  /** A column already has in-cell validation that is not the add-in's: it is left to its owner, in both shells. */
  inCellValidationLeftAlone: (sheet: string, header: string) =>
    `The ${quoted(header)} column on ${quoted(sheet)} already has in-cell checks of its own, so the add-in left them as they are.`,
  /** A column's words make a list longer than Excel takes inline (255 characters): no list is added. */
  inCellListTooLong: (sheet: string, header: string) =>
    `The list of words for the ${quoted(header)} column on ${quoted(sheet)} is too long for Excel’s in-cell list, so it was not added.`,
};
