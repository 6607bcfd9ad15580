import type ExcelJS from 'exceljs';
import { highlightRules } from '../core/highlightRules';
import { dataValidationRules } from '../core/validationRules';
import { HostError, type RefreshResults } from '../host/WorkbookHost';
import { applyDataValidation } from './dataValidation';
import { applyHighlighting } from './highlighting';
import { renderSummarySheet } from './summarySheet';

export interface WriteOptions {
  /**
   * Where a new summary sheet goes in the tab order: after the user's sheets (default) or before them. A summary
   * that already exists keeps its place either way, as people may have moved it.
   */
  summaryPosition?: 'last' | 'first';
}

/**
 * Everything a refresh writes, into an in-memory workbook: the summary sheet, the overdue / due-soon conditional
 * formats on the actions table and, when `results.dataValidation` is on, the in-cell lists and date rules.
 *
 * The summary is built in full before the old one is removed. The user's cells, values and styles are never
 * written; only the add-in's own sheet and its own rules change.
 */
export function writeResults(workbook: ExcelJS.Workbook, results: RefreshResults, options: WriteOptions = {}): void {
  try {
    const isNew = !workbook.getWorksheet(results.layout.sheetName);
    const summary = renderSummarySheet(workbook, results.layout);
    if (isNew && options.summaryPosition === 'first') moveToFront(workbook, summary);

    const actions = results.tables.actions;
    const highlight = actions ? highlightRules(actions, results.words) : null;
    applyHighlighting(workbook, actions && highlight ? { sheet: actions.sheet, ...highlight } : null);
    applyDataValidation(
      workbook,
      results.dataValidation ? dataValidationRules(results.tables.plan, results.tables.actions, results.words) : [],
    );
  } catch (error) {
    if (error instanceof HostError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new HostError('unknown', `The summary could not be written to the workbook: ${reason}`);
  }
}

function moveToFront(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const first = Math.min(...workbook.worksheets.map((ws) => (ws as unknown as { orderNo: number }).orderNo));
  (sheet as unknown as { orderNo: number }).orderNo = first - 1;
}
