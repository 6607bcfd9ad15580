/**
 * The action tracker's rows as typed ActionRows: text trimmed, recommendation kept as a label, risk normalised, and
 * every date cell read into a DateReading (problems kept for the validator, never thrown).
 */
import { cellText } from './cellText';
import { readDateCell } from './dates';
import { dataRows, refMaker, tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import type { ActionField, ActionRow, DateReading, LocatedTable, SheetCells, WorkbookCells } from './types';
import { normaliseRisk } from './vocabulary';

const NO_COLUMN: DateReading = { kind: 'blank' };

/**
 * @example readActionRows(seedWorkbook, actions)[0] -> { audit: 'Firearms and Tasers', recommendation: '1', risk: 'Medium',
 *   deadline: { kind: 'date', date: '2024-10-30' }, signoff: { kind: 'date', date: '2024-08-14' }, ... }
 */
export function readActionRows(workbook: WorkbookCells, table: LocatedTable<ActionField>): ActionRow[] {
  return mapActionRows(workbook, table, (row) => row);
}

/**
 * Reads each action row and hands it straight to `each`, keeping only what `each` returns. analyseWorkbook classifies
 * here, so 20,000 ActionRows die young instead of living on beside their ClassifiedActions until the run ends (objects
 * that outlive a minor garbage collection are what make it expensive).
 */
export function mapActionRows<T>(workbook: WorkbookCells, table: LocatedTable<ActionField>, each: (row: ActionRow) => T): T[] {
  const sheet = tableSheet(workbook, table);
  if (!sheet) return [];
  const read = actionRowReader(sheet, table);
  const rows = dataRows(sheet, table);
  const result: T[] = [];
  for (let i = 0; i < rows.length; i += 1) result.push(each(read(rows[i])));
  return result;
}

/**
 * Reads one sheet row of the actions table, whether or not it is a data row (the caller decides that with
 * dataRows or dataRowTest). Shared by mapActionRows and live re-checking (recheckRows), which re-reads only the
 * rows an edit touched.
 */
export function actionRowReader(sheet: SheetCells, table: LocatedTable<ActionField>): (row: number) => ActionRow {
  const ref = refMaker(sheet.name);
  const { audit, recommendation, risk, deadline, revisedDeadline, signoff } = table.columns;
  const refColumn = audit ?? table.firstColumn;
  const text = (row: number, column: number | undefined) => (column === undefined ? '' : cellText(cellValue(sheet, row, column)));
  const date = (row: number, column: number | undefined): DateReading =>
    column === undefined ? NO_COLUMN : readDateCell(cellValue(sheet, row, column), cellFormat(sheet, row, column));
  const at = (row: number, column: number | undefined) => (column === undefined ? null : ref(row, column));

  // A tracker uses a handful of risk words thousands of times: interpret each distinct text once.
  const risks = new Map<string, string | null>();
  const riskWord = (riskText: string) => {
    let word = risks.get(riskText);
    if (word === undefined) {
      word = normaliseRisk(riskText);
      risks.set(riskText, word);
    }
    return word;
  };

  return (row) => {
    const riskText = text(row, risk);
    return {
      ref: ref(row, refColumn),
      audit: text(row, audit),
      recommendation: text(row, recommendation),
      recommendationRef: at(row, recommendation),
      risk: riskWord(riskText),
      riskText,
      riskRef: at(row, risk),
      deadline: date(row, deadline),
      deadlineRef: at(row, deadline),
      revisedDeadline: date(row, revisedDeadline),
      revisedDeadlineRef: at(row, revisedDeadline),
      signoff: date(row, signoff),
      signoffRef: at(row, signoff),
    };
  };
}
