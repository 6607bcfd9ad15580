/**
 * The action tracker's rows as typed ActionRows: text trimmed, reference and recommendation kept as text, the grade
 * and the status read (each distinct text once), and every date cell read into a DateReading (problems kept for the
 * validator, never thrown).
 */
import { readActionStatus } from './actionStatus';
import { cellText } from './cellText';
import { readDateCell } from './dates';
import { fieldNoun } from './fields';
import { readPriority, UNGRADED_RANK, type Priority } from './priorities';
import { dataRows, identityColumn, refMaker, tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import type { ActionField, ActionRow, ActionStatus, CellValue, DateReading, DatedCell, LocatedTable, SheetCells, UncalculatedCell, WorkbookCells } from './types';
import { uncalculatedTest } from './uncalculated';
import { NO_USER_WORDS, type UserWords } from './userWords';

const NO_COLUMN: DateReading = { kind: 'blank' };
const UNCALCULATED: DateReading = { kind: 'uncalculated' };
const NONE: readonly UncalculatedCell[] = [];
const NO_REVISIONS: readonly DatedCell[] = [];

/**
 * @example readActionRows(seedWorkbook, actions)[0] -> { audit: 'Firearms and Tasers', recommendation: '1', risk: 'Medium',
 *   deadline: { kind: 'date', date: '2024-10-30' }, signoff: { kind: 'date', date: '2024-08-14' }, ... }
 */
export function readActionRows(workbook: WorkbookCells, table: LocatedTable<ActionField>, words: UserWords = NO_USER_WORDS): ActionRow[] {
  return mapActionRows(workbook, table, (row) => row, words);
}

/**
 * Reads each action row and hands it straight to `each`, keeping only what `each` returns. analyseWorkbook classifies
 * here, so 20,000 ActionRows die young instead of living on beside their ClassifiedActions until the run ends (objects
 * that outlive a minor garbage collection are what make it expensive).
 */
export function mapActionRows<T>(
  workbook: WorkbookCells,
  table: LocatedTable<ActionField>,
  each: (row: ActionRow) => T,
  words: UserWords = NO_USER_WORDS,
): T[] {
  const sheet = tableSheet(workbook, table);
  if (!sheet) return [];
  const read = actionRowReader(sheet, table, words);
  const rows = dataRows(sheet, table);
  const result: T[] = [];
  for (let i = 0; i < rows.length; i += 1) result.push(each(read(rows[i])));
  return result;
}

/** The revised-deadline columns in order: every one found, or the one a setting named. */
export function revisionColumns(table: LocatedTable<ActionField>): number[] {
  const listed = table.repeated?.revisedDeadline;
  if (listed && listed.length > 0) return listed;
  return table.columns.revisedDeadline === undefined ? [] : [table.columns.revisedDeadline];
}

/** A status as the cell shows it: a percentage complete stored as a fraction under a "%" format reads "75%". */
function shownStatus(value: CellValue, format: string | undefined): string {
  if (typeof value === 'number' && format?.includes('%')) return `${Math.round(value * 1000) / 10}%`;
  return cellText(value);
}

/** A reader of one kind of word with a cache: a tracker uses a handful of grades and statuses thousands of times. */
function cached<T>(read: (value: CellValue, format: string | undefined) => T): (value: CellValue, format: string | undefined) => T {
  const byText = new Map<string, T>();
  const byNumber = new Map<string, T>();
  return (value, format) => {
    const map = typeof value === 'string' ? byText : byNumber;
    const key = typeof value === 'string' ? value : `${String(value)}|${format ?? ''}`;
    let known = map.get(key);
    if (known === undefined) {
      known = read(value, format);
      map.set(key, known);
    }
    return known;
  };
}

/**
 * Reads one sheet row of the actions table, whether or not it is a data row (the caller decides that with
 * dataRows or dataRowTest). Shared by mapActionRows and live re-checking (recheckRows), which re-reads only the
 * rows an edit touched.
 */
export function actionRowReader(sheet: SheetCells, table: LocatedTable<ActionField>, words: UserWords = NO_USER_WORDS): (row: number) => ActionRow {
  const ref = refMaker(sheet.name);
  const { audit, ref: reference, recommendation, risk, owner, response, status, deadline, signoff } = table.columns;
  const revisions = revisionColumns(table);
  const rowColumn = identityColumn(table) ?? table.firstColumn;
  const isUncalculated = uncalculatedTest(sheet);
  const text = (row: number, column: number | undefined) => (column === undefined ? '' : cellText(cellValue(sheet, row, column)));
  const date = (row: number, column: number | undefined): DateReading => {
    if (column === undefined) return NO_COLUMN;
    if (isUncalculated(row, column)) return UNCALCULATED;
    return readDateCell(cellValue(sheet, row, column), cellFormat(sheet, row, column));
  };
  const at = (row: number, column: number | undefined) => (column === undefined ? null : ref(row, column));
  const grade = cached<Priority | null>((value) => readPriority(cellText(value), words.priority));
  const statusOf = cached<ActionStatus>((value, format) => readActionStatus(typeof value === 'string' ? cellText(value) : value, format, words.actionStatus));
  // Columns whose formulas matter when never calculated: every column the tracker reads.
  const checked: [label: string, column: number][] = [];
  for (const [field, column] of Object.entries(table.columns) as [ActionField, number][]) {
    if (field !== 'revisedDeadline') checked.push([fieldNoun('actions', field), column]);
  }
  for (const column of revisions) checked.push([fieldNoun('actions', 'revisedDeadline'), column]);

  return (row) => {
    const riskText = text(row, risk);
    const priority = riskText === '' ? null : grade(riskText, undefined);
    const statusValue = status === undefined ? '' : cellValue(sheet, row, status);
    const statusFormat = status === undefined ? undefined : cellFormat(sheet, row, status);
    let revised: readonly DatedCell[] = NO_REVISIONS;
    if (revisions.length > 0) {
      const cells: DatedCell[] = [];
      for (const column of revisions) cells.push({ reading: date(row, column), ref: ref(row, column) });
      revised = cells;
    }
    let uncalculated: readonly UncalculatedCell[] = NONE;
    if (isUncalculated.any) {
      const found: UncalculatedCell[] = [];
      for (const [label, column] of checked) if (isUncalculated(row, column)) found.push({ label, ref: ref(row, column) });
      if (found.length > 0) uncalculated = found;
    }
    return {
      ref: ref(row, rowColumn),
      audit: text(row, audit),
      auditRef: at(row, audit),
      reference: text(row, reference),
      referenceRef: at(row, reference),
      recommendation: text(row, recommendation),
      recommendationRef: at(row, recommendation),
      risk: priority?.word ?? null,
      riskRank: priority?.rank ?? UNGRADED_RANK,
      riskText,
      riskRef: at(row, risk),
      owner: text(row, owner),
      ownerRef: at(row, owner),
      response: text(row, response),
      responseRef: at(row, response),
      statusText: shownStatus(statusValue, statusFormat),
      statusRef: at(row, status),
      status: statusOf(statusValue, statusFormat),
      deadline: date(row, deadline),
      deadlineRef: at(row, deadline),
      revisedDeadlines: revised,
      signoff: date(row, signoff),
      signoffRef: at(row, signoff),
      uncalculated,
    };
  };
}
