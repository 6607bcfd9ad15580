/**
 * The action tracker's rows as typed ActionRows: text trimmed, reference and recommendation kept as text, the grade
 * and the status read (each distinct text once), and every date cell read into a DateReading (problems kept for the
 * checks, never thrown).
 *
 * Speed (20,000 actions of a dozen columns): each row's values and formats are looked up once (readRow) and then
 * indexed by column, as a lookup through the sheet per cell is measurable; audit names, owners and short answers,
 * which repeat down their columns, are tidied once per distinct text (longer text, mostly prose, as it comes), and
 * recommendation numbers (1, 2, 3...) get one string per number, the small whole numbers found by index; the many
 * actions never revised share one list of blank readings; and readClassifiedActions fills one object per action.
 */
import { readActionStatus } from './actionStatus';
import { auditOfHeading } from './auditHeading';
import { cellText } from './cellText';
import { cellValue } from './sheetGrid';
import { addDays } from './calendar';
import { readDateCell } from './readDate';
import { fieldNoun } from './fields';
import { readPriority, UNGRADED_RANK, type Priority } from './priorities';
import { headedRows, headingAbove, identityColumn, refMaker, tableSheet } from './rowReading';
import { cellRef } from './address';
import { classifiedAction, classifyInto, emptyClassification, type DeadlineHistory } from './classifyActions';
import { DUE_SOON_DAYS } from './dueSoon';
import type {
  ActionColumns,
  ActionField,
  ActionRow,
  ActionStatus,
  CellRef,
  ClassifiedAction,
  IsoDate,
  CellValue,
  DateReading,
  LocatedTable,
  SheetCells,
  UncalculatedCell,
  WorkbookCells,
} from './types';
import { remembered, rememberedPerCell } from './remembered';
import { uncalculatedTest } from './uncalculated';
import { NO_USER_WORDS, type UserWords } from './userWords';

const NO_COLUMN: DateReading = { kind: 'blank' };
const UNCALCULATED: DateReading = { kind: 'uncalculated' };
const NONE: readonly UncalculatedCell[] = [];
const NO_REVISIONS: readonly DateReading[] = [];
const NO_VALUES: readonly CellValue[] = [];
/** Text up to this long is remembered once tidied; longer text is mostly prose, which rarely repeats. */
const SHORT_TEXT = 64;
const NO_STATUS = { reading: { disposition: null, recognised: true, suggestion: null } as ActionStatus, shown: '' };

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
  const fill = rowFiller(sheet, table, words);
  const scratch = blankRow(fill.columns);
  const { rows, headings } = headedRows(sheet, table);
  const result: T[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    fill(rows[i], scratch, headings[i]);
    result.push(each({ ...scratch }));
  }
  return result;
}

/**
 * Whether an action row takes its audit from the section heading above it: it has none of its own, because the
 * tracker has no audit column or the row's cell is blank. A name computed by a formula never calculated is unknown,
 * not missing, so it is not replaced by the heading.
 */
export function takesHeading(sheet: SheetCells, table: LocatedTable<ActionField>, row: number): boolean {
  const column = table.columns.audit;
  if (column === undefined) return true;
  return cellText(cellValue(sheet, row, column)) === '' && !uncalculatedTest(sheet)(row, column);
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

/** The tracker's columns as its rows carry them (one object per table). */
export function actionColumns(sheet: SheetCells, table: LocatedTable<ActionField>): ActionColumns {
  const at = (field: ActionField) => table.columns[field] ?? null;
  return {
    sheet: sheet.name,
    audit: at('audit'),
    reference: at('ref'),
    recommendation: at('recommendation'),
    risk: at('risk'),
    owner: at('owner'),
    response: at('response'),
    status: at('status'),
    deadline: at('deadline'),
    revisions: revisionColumns(table),
    signoff: at('signoff'),
  };
}

/**
 * The cell of a row in one of its tracker's columns, made when a finding needs it.
 * @example cellOf(action, action.columns.risk) // { sheet: 'Actions', row: 4, column: 2, address: 'Actions!C5' }
 */
export function cellOf(action: Pick<ActionRow, 'ref'>, column: number): CellRef {
  return cellRef(action.ref.sheet, action.ref.row, column);
}

/**
 * Reads one sheet row of the actions table, whether or not it is a data row (the caller decides that with
 * dataRows or dataRowTest). Shared by mapActionRows and live re-checking (recheckRows), which re-reads only the
 * rows an edit touched.
 */
export function actionRowReader(sheet: SheetCells, table: LocatedTable<ActionField>, words: UserWords = NO_USER_WORDS): (row: number) => ActionRow {
  const fill = rowFiller(sheet, table, words);
  const scratch = blankRow(fill.columns);
  return (row) => {
    fill(row, scratch, null);
    return { ...scratch };
  };
}

/**
 * Reads and classifies each action row in one object: at 20,000 actions, an ActionRow made and dropped for every
 * ClassifiedAction doubles what the garbage collector sweeps. Gives what classifyAction(actionRowReader(row)) gives.
 *
 * @example readClassifiedActions(workbook, table, '2024-10-31', '2024-07-24')[0].overdue // false
 */
export function readClassifiedActions(
  workbook: WorkbookCells,
  table: LocatedTable<ActionField>,
  asOf: IsoDate,
  since: IsoDate | null,
  words: UserWords = NO_USER_WORDS,
): ClassifiedAction[] {
  const sheet = tableSheet(workbook, table);
  if (!sheet) return [];
  const fill = rowFiller(sheet, table, words);
  const scratch = blankRow(fill.columns);
  const classification = emptyClassification();
  const history: DeadlineHistory = { original: null, effective: null, revisions: 0 };
  const dueSoonLimit = addDays(asOf, DUE_SOON_DAYS);
  const { rows, headings } = headedRows(sheet, table);
  const result: ClassifiedAction[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    fill(rows[i], scratch, headings[i]);
    result.push(classifiedAction(scratch, classifyInto(classification, scratch, asOf, since, dueSoonLimit, history)));
  }
  return result;
}

/** An ActionRow to fill, one per reader. */
function blankRow(columns: ActionColumns): ActionRow {
  return {
    ref: { sheet: columns.sheet, row: 0, column: 0, address: '' },
    columns,
    audit: '',
    reference: '',
    recommendation: '',
    risk: null,
    riskRank: UNGRADED_RANK,
    riskText: '',
    owner: '',
    response: '',
    statusText: '',
    status: NO_STATUS.reading,
    deadline: NO_COLUMN,
    revisedDeadlines: NO_REVISIONS,
    signoff: NO_COLUMN,
    uncalculated: NONE,
  };
}

/**
 * Reads one sheet row's cells into an ActionRow the caller owns (and reuses). `heading` is the section heading above
 * the row (headedRows), or null to look for it when the row needs it: a row with no audit of its own (the tracker
 * has no audit column, or the row's cell is blank) is an action of the audit its heading names.
 */
type RowFiller = ((row: number, into: ActionRow, heading: string | null) => void) & { columns: ActionColumns };

function rowFiller(sheet: SheetCells, table: LocatedTable<ActionField>, words: UserWords): RowFiller {
  const ref = refMaker(sheet.name);
  const columns = actionColumns(sheet, table);
  const { audit, reference, recommendation, risk, owner, response, status, deadline, signoff, revisions } = columns;
  const rowColumn = identityColumn(table) ?? table.firstColumn;
  const isUncalculated = uncalculatedTest(sheet);
  const { originRow, originColumn } = sheet;
  let values: readonly CellValue[] = NO_VALUES;
  let formats: readonly string[] | undefined;
  const readRow = (row: number) => {
    values = sheet.values[row - originRow] ?? NO_VALUES;
    formats = sheet.numberFormats?.[row - originRow];
  };
  const value = (column: number): CellValue => values[column - originColumn] ?? '';
  const shortTexts = new Map<string, string>();
  const smallNumberTexts: string[] = [];
  const numberTexts = new Map<number, string>();
  const text = (column: number | null) => {
    if (column === null) return '';
    const cell = value(column);
    if (typeof cell === 'string' && cell.length <= SHORT_TEXT) {
      let tidy = shortTexts.get(cell);
      if (tidy === undefined) shortTexts.set(cell, (tidy = cellText(cell)));
      return tidy;
    }
    if (typeof cell !== 'number') return cellText(cell);
    if (cell >= 0 && cell < 1000 && Number.isInteger(cell)) return (smallNumberTexts[cell] ??= cellText(cell));
    let known = numberTexts.get(cell);
    if (known === undefined) numberTexts.set(cell, (known = cellText(cell)));
    return known;
  };
  const date = (row: number, column: number | null): DateReading => {
    if (column === null) return NO_COLUMN;
    if (isUncalculated.any && isUncalculated(row, column)) return UNCALCULATED;
    return readDateCell(value(column), formats?.[column - originColumn]);
  };
  const grade = rememberedPerCell<Priority | null>((value) => readPriority(cellText(value), words.priority));
  // The status as read and as shown, once per distinct cell text (or number and format).
  const statusOf = rememberedPerCell<{ reading: ActionStatus; shown: string }>((cell, format) => ({
    reading: readActionStatus(typeof cell === 'string' ? cellText(cell) : cell, format, words.actionStatus),
    shown: shownStatus(cell, format),
  }));
  const allBlank: DateReading[] = revisions.map(() => NO_COLUMN);
  // Columns whose formulas matter when never calculated: every column the tracker reads.
  const checked: [noun: string, column: number][] = [];
  for (const [field, column] of Object.entries(table.columns) as [ActionField, number][]) {
    if (field !== 'revisedDeadline') checked.push([fieldNoun('actions', field), column]);
  }
  for (const column of revisions) checked.push([fieldNoun('actions', 'revisedDeadline'), column]);

  const headingAudit = remembered((heading: string) => auditOfHeading(heading, words));
  // As takesHeading says, from the row's text already read.
  const auditOf = (row: number, heading: string | null): string => {
    const own = text(audit);
    if (own !== '' || (audit !== null && isUncalculated.any && isUncalculated(row, audit))) return own;
    const above = heading ?? headingAbove(sheet, table, row);
    return above === '' ? '' : headingAudit(above);
  };

  const fill = (row: number, into: ActionRow, heading: string | null) => {
    readRow(row);
    const riskText = text(risk);
    const priority = riskText === '' ? null : grade(riskText, undefined);
    const statusCell = status === null ? NO_STATUS : statusOf(value(status), formats?.[status - originColumn]);
    let revised: readonly DateReading[] = NO_REVISIONS;
    if (revisions.length > 0) {
      let readings: DateReading[] | null = null;
      for (let i = 0; i < revisions.length; i += 1) {
        const reading = date(row, revisions[i]);
        if (reading.kind === 'blank' && readings === null) continue;
        if (readings === null) readings = allBlank.slice(0, revisions.length);
        readings[i] = reading;
      }
      revised = readings ?? allBlank;
    }
    let uncalculated: readonly UncalculatedCell[] = NONE;
    if (isUncalculated.any) {
      const found: UncalculatedCell[] = [];
      for (const [noun, column] of checked) if (isUncalculated(row, column)) found.push({ label: noun, ref: ref(row, column) });
      if (found.length > 0) uncalculated = found;
    }
    into.ref = ref(row, rowColumn);
    into.audit = auditOf(row, heading);
    into.reference = text(reference);
    into.recommendation = text(recommendation);
    into.risk = priority?.word ?? null;
    into.riskRank = priority?.rank ?? UNGRADED_RANK;
    into.riskText = riskText;
    into.owner = text(owner);
    into.response = text(response);
    into.statusText = statusCell.shown;
    into.status = statusCell.reading;
    into.deadline = date(row, deadline);
    into.revisedDeadlines = revised;
    into.signoff = date(row, signoff);
    into.uncalculated = uncalculated;
  };
  return Object.assign(fill, { columns });
}
