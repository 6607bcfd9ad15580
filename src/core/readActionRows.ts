/**
 * The action tracker's rows as typed ActionRows: text trimmed, recommendation kept as a label, risk normalised, and
 * every date cell read into a DateReading (problems kept for the validator, never thrown).
 */
import { cellText } from './cellText';
import { readDateCell } from './dates';
import { dataRows, refMaker, tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import type { ActionField, ActionRow, DateReading, LocatedTable, WorkbookCells } from './types';
import { normaliseRisk } from './vocabulary';

const NO_COLUMN: DateReading = { kind: 'blank' };

/**
 * @example readActionRows(seedWorkbook, actions)[0] -> { audit: 'Firearms and Tasers', recommendation: '1', risk: 'Medium',
 *   deadline: { kind: 'date', date: '2024-10-30' }, signoff: { kind: 'date', date: '2024-08-14' }, ... }
 */
export function readActionRows(workbook: WorkbookCells, table: LocatedTable<ActionField>): ActionRow[] {
  const sheet = tableSheet(workbook, table);
  if (!sheet) return [];
  const ref = refMaker(sheet.name);
  const columns = table.columns;
  const text = (row: number, column: number | undefined) => (column === undefined ? '' : cellText(cellValue(sheet, row, column)));
  const date = (row: number, column: number | undefined): DateReading =>
    column === undefined ? NO_COLUMN : readDateCell(cellValue(sheet, row, column), cellFormat(sheet, row, column));
  const at = (row: number, column: number | undefined) => (column === undefined ? null : ref(row, column));

  // A tracker uses a handful of risk words thousands of times: interpret each distinct text once.
  const risks = new Map<string, string | null>();
  const risk = (riskText: string) => {
    let word = risks.get(riskText);
    if (word === undefined) {
      word = normaliseRisk(riskText);
      risks.set(riskText, word);
    }
    return word;
  };

  return dataRows(sheet, table).map((row): ActionRow => {
    const riskText = text(row, columns.risk);
    return {
      ref: ref(row, columns.audit ?? table.firstColumn),
      audit: text(row, columns.audit),
      recommendation: text(row, columns.recommendation),
      recommendationRef: at(row, columns.recommendation),
      risk: risk(riskText),
      riskText,
      riskRef: at(row, columns.risk),
      deadline: date(row, columns.deadline),
      deadlineRef: at(row, columns.deadline),
      revisedDeadline: date(row, columns.revisedDeadline),
      revisedDeadlineRef: at(row, columns.revisedDeadline),
      signoff: date(row, columns.signoff),
      signoffRef: at(row, columns.signoff),
    };
  });
}
