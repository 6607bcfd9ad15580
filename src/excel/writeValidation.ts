/**
 * Queues the add-in's data validation on the user's tables: in-cell lists of the known status and risk words, and
 * "must be a date" on date columns, as warnings the user may overrule, never hard stops.
 *
 * Whose validation is whose: Excel cannot say who made a rule, and reading rules cell by cell would cost syncs. So
 * the add-in records in the workbook's settings the ranges it validated; each refresh clears exactly those, then
 * adds rules only in columns that had no validation other than its own (each column's validation type is read with
 * the cells). A column where the user has any validation of their own is left alone entirely, as are columns past
 * AZ, which are not checked.
 */
import { parseRangeAddress } from './rangeAddress';
import { VALIDATION_COLUMNS, type WriteState } from './readWorkbookCells';

/** The error title on every rule the add-in writes; the file shell uses the same title for its own rules. */
export const VALIDATION_TITLE = 'JAC summary check';

/** Excel limits an in-line list source to 255 characters. */
const LIST_SOURCE_LIMIT = 255;

export interface ValidationSpec {
  sheet: string;
  /** A1 without the sheet. */
  range: string;
  /** The words to offer; null for a date rule. */
  list: string[] | null;
  /** What Excel says when someone types something else. */
  message: string;
}

export interface ValidationOutcome {
  /** Ranges validated now: the add-in's new record. */
  written: { sheet: string; range: string }[];
  /** Specs not applied, because the user's own validation is there or the list is too long for Excel. */
  skipped: ValidationSpec[];
}

/**
 * @param specs null when this Excel has no data-validation API: nothing is cleared or added, the record is kept.
 */
export function queueValidation(context: Excel.RequestContext, specs: ValidationSpec[] | null, state: WriteState): ValidationOutcome {
  if (specs === null) return { written: state.record.validation, skipped: [] };
  const worksheets = context.workbook.worksheets;
  const sheetNames = new Set(state.sheets.map((sheet) => sheet.name));

  const ownColumns = new Map<string, Set<number>>();
  for (const owned of state.record.validation) {
    const rect = parseRangeAddress(owned.range);
    if (!rect || !sheetNames.has(owned.sheet)) continue;
    worksheets.getItem(owned.sheet).getRange(owned.range).dataValidation.clear();
    const columns = ownColumns.get(owned.sheet) ?? new Set<number>();
    for (let column = rect.left; column <= rect.right; column++) columns.add(column);
    ownColumns.set(owned.sheet, columns);
  }

  const written: ValidationOutcome['written'] = [];
  const skipped: ValidationSpec[] = [];
  for (const spec of specs) {
    const rect = parseRangeAddress(spec.range);
    const validated = state.validatedColumns?.get(spec.sheet);
    const usersColumn = (column: number) =>
      column >= VALIDATION_COLUMNS || !validated || (validated.has(column) && !ownColumns.get(spec.sheet)?.has(column));
    const source = spec.list?.join(',') ?? '';
    const listUnusable = spec.list !== null && (source.length > LIST_SOURCE_LIMIT || spec.list.some((word) => word.includes(',')));
    if (!rect || !rect.bounded || !sheetNames.has(spec.sheet) || listUnusable) {
      skipped.push(spec);
      continue;
    }
    let blocked = false;
    for (let column = rect.left; column <= rect.right; column++) if (usersColumn(column)) blocked = true;
    if (blocked) {
      skipped.push(spec);
      continue;
    }
    const validation = worksheets.getItem(spec.sheet).getRange(spec.range).dataValidation;
    validation.rule = spec.list
      ? { list: { inCellDropDown: true, source } }
      : // Any real date from 1 January 1900 on: typed text such as 30/02/2024 then draws the warning.
        { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    validation.errorAlert = { showAlert: true, style: 'Warning' as Excel.DataValidationAlertStyle, title: VALIDATION_TITLE, message: spec.message };
    validation.ignoreBlanks = true;
    written.push({ sheet: spec.sheet, range: spec.range });
  }
  return { written, skipped };
}
