/**
 * Queues the add-in's in-cell validation (Excel's data validation) on the user's tables: in-cell lists of the known status and risk words, and
 * "must be a date" on date columns, as warnings the user may overrule, never hard stops.
 *
 * Clearing in-cell validation on a range clears whatever is there, the user's own rules included, so a range is cleared only
 * once the reads (ruleReads.ts) found that everything validated in it is the add-in's own rule, known by its
 * error-alert title. A column holding in-cell validation of the user's is left alone and the pane says so.
 */
import { VALIDATION_TITLE } from '../core/footprint';
import type { OwnedValidation } from '../core/dataSheet';
import { hostNotes } from '../host/hostMessages';
import { parseRangeAddress } from './rangeAddress';
import type { RulesAsRead } from './ruleReads';

/** Excel limits an in-line list source to 255 characters. */
const LIST_SOURCE_LIMIT = 255;

export interface InCellValidationOutcome {
  /** Columns validated now: the add-in's new record. */
  written: OwnedValidation[];
  notes: string[];
}

export function queueInCellValidation(context: Excel.RequestContext, rules: RulesAsRead): InCellValidationOutcome {
  const worksheets = context.workbook.worksheets;
  for (const { entry, owner } of rules.former) {
    if (owner === 'ours') worksheets.getItem(entry.sheet).getRange(entry.range).dataValidation.clear();
  }
  const written: OwnedValidation[] = [];
  const notes: string[] = [];
  for (const { spec, owner } of rules.inCellValidation) {
    const source = spec.list?.join(',') ?? '';
    const listUnusable = spec.list !== null && (source.length > LIST_SOURCE_LIMIT || spec.list.some((word) => word.includes(',')));
    const rect = parseRangeAddress(spec.range);
    if (!rect || !rect.bounded || listUnusable) continue;
    if (owner === 'theirs') {
      notes.push(hostNotes.inCellValidationLeftAlone(spec.sheet, spec.header));
      continue;
    }
    const validation = worksheets.getItem(spec.sheet).getRange(spec.range).dataValidation;
    if (owner === 'ours') validation.clear();
    validation.rule = spec.list
      ? { list: { inCellDropDown: true, source } }
      : // Any real date from 1 January 1900 on: typed text such as 30/02/2024 then draws the warning.
        { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    validation.errorAlert = { showAlert: true, style: 'Warning' as Excel.DataValidationAlertStyle, title: VALIDATION_TITLE, message: spec.message };
    validation.ignoreBlanks = true;
    written.push({ sheet: spec.sheet, table: spec.table, header: spec.header, range: spec.range });
  }
  return { written, notes };
}
