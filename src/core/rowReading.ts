/**
 * What readPlanRows and readActionRows share: walking a located table's data rows, skipping blank and totals rows
 * and section headings (noting which heading each row falls under, for trackers grouped under audit headings),
 * and making CellRefs cheaply (20,000 actions x 6 cells is 120,000 references, so the quoted sheet name and column
 * letters are worked out once per column, not once per cell). Audit names repeat across thousands of actions, so
 * whether a row's label makes it a totals row is judged once per distinct label.
 */
import { columnLetter, quoteSheetName } from './address';
import { cellText } from './cellText';
import { cellValue, findSheet, isBlankValue } from './sheetGrid';
import type { CellRef, LocatedTable, SheetCells, WorkbookCells } from './types';

/**
 * "Total", "Totals", "Grand total", "Sub-total", "Total actions", "Total recommendations: 7", "Count", "TOTAL PLANNED
 * AUDIT WORK": rows that sum a table rather than belong to it.
 * @example isTotalsText('Grand Total:') === true; isTotalsText('Total Rewards') === false
 */
export function isTotalsText(text: string): boolean {
  const key = text
    .toLowerCase()
    .replace(/[:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    // "Total", "Total actions", and with the count beside it: "Total recommendations: 7"
    /^(grand |sub[- ]?)?totals?( (audits|actions|recommendations|days|number|no))?(:? \d+)?$/.test(key) ||
    /^(count|sum|number of (audits|actions))$/.test(key) ||
    // "TOTAL PLANNED SYSTEMS AUDIT WORK", "Total planned days" (North Norfolk's plan)
    /^(grand |sub[- ]?)?total (planned|audit|days|of)\b.*\b(work|days|audits|plan|actions|recommendations)$/.test(key)
  );
}

/**
 * False for text that cannot be a totals label because it starts with a letter no such label starts with (they
 * start Grand, Sub, Total, Count, Sum or Number): most audit names, decided without looking the name up.
 */
function mayBeTotalsText(text: string): boolean {
  const lower = text.charCodeAt(0) | 0x20;
  if (lower < 0x61 || lower > 0x7a) return true;
  return lower === 0x67 || lower === 0x73 || lower === 0x74 || lower === 0x63 || lower === 0x6e;
}

/** The sheet a located table came from: the exact name first, then as Excel compares names. */
export function tableSheet(workbook: WorkbookCells, table: LocatedTable): SheetCells | null {
  return workbook.sheets.find((sheet) => sheet.name === table.sheet) ?? findSheet(workbook, table.sheet);
}

export type RefMaker = (row: number, column: number) => CellRef;

/**
 * A CellRef factory for one sheet. A row's cells are referenced one after another, so the row number's text is kept
 * for the last row asked for; the quoted sheet name and column letters are joined once per column. Each reference
 * then costs one object and one string concatenation, which matters at 120,000 references per run.
 */
export function refMaker(sheetName: string): RefMaker {
  const prefixes: string[] = [];
  const quoted = quoteSheetName(sheetName);
  let lastRow = -1;
  let rowText = '';
  return (row, column) => {
    let prefix = prefixes[column];
    if (prefix === undefined) {
      prefix = `${quoted}!${columnLetter(column)}`;
      prefixes[column] = prefix;
    }
    if (row !== lastRow) {
      lastRow = row;
      rowText = String(row + 1);
    }
    return { sheet: sheetName, row, column, address: prefix + rowText };
  };
}

/**
 * The data rows worth reading: not blank in every mapped column, not a totals row (judged by the audit cell), and
 * not a section heading. Blank rows are skipped, never treated as the end: the table's extent was decided by
 * locateTables.
 */
export function dataRows(sheet: SheetCells, table: LocatedTable): number[] {
  const isData = dataRowTest(sheet, table);
  const rows: number[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row += 1) if (isData(row)) rows.push(row);
  return rows;
}

/** A table's data rows, each with the section heading above it ("" when none is). */
export interface HeadedRows {
  rows: number[];
  /** Parallel to rows: the text of the nearest section heading above the row, as the cell shows it. */
  headings: string[];
}

/**
 * dataRows with the heading each row falls under: trackers grouped under audit headings ("Payroll 2023/24 -
 * Reasonable assurance" on a line of its own, the audit's actions below it, then the next audit) name the audit
 * only there. A heading holds until the next one.
 */
export function headedRows(sheet: SheetCells, table: LocatedTable): HeadedRows {
  const kindOf = rowKindTest(sheet, table);
  const rows: number[] = [];
  const headings: string[] = [];
  let heading = '';
  for (let row = table.firstRow; row <= table.lastRow; row += 1) {
    const kind = kindOf(row);
    if (kind === 'heading') heading = headingText(sheet, table, row);
    else if (kind === 'data') {
      rows.push(row);
      headings.push(heading);
    }
  }
  return { rows, headings };
}

/**
 * The text of the nearest section heading above a row of the table, "" when there is none: what headedRows gives
 * the row, worked out for one row (live re-checking re-reads only the rows an edit touched).
 */
export function headingAbove(sheet: SheetCells, table: LocatedTable, row: number): string {
  const kindOf = rowKindTest(sheet, table);
  for (let above = row - 1; above >= table.firstRow; above -= 1) {
    if (kindOf(above) === 'heading') return headingText(sheet, table, above);
  }
  return '';
}

/** A heading row's text: its only filled cell. */
export function headingText(sheet: SheetCells, table: LocatedTable, row: number): string {
  const only = loneCell(sheet, row, table.firstColumn, table.lastColumn);
  return only === null ? '' : cellText(cellValue(sheet, row, only));
}

/** Every column a table reads, repeated fields included. */
export function tableColumns(table: LocatedTable): number[] {
  const columns = new Set<number>();
  for (const column of Object.values(table.columns)) if (typeof column === 'number') columns.add(column);
  for (const list of Object.values(table.repeated ?? {})) for (const column of list ?? []) columns.add(column);
  return [...columns];
}

/**
 * Whether one sheet row is a data row in the sense of dataRows (the caller keeps it within the table's rows).
 * Separate so live re-checking (recheckRows) can judge just the rows an edit touched. A row's answer depends on it
 * and the row below it (a section heading is followed by a full row), nothing else.
 */
export function dataRowTest(sheet: SheetCells, table: LocatedTable): (row: number) => boolean {
  const kindOf = rowKindTest(sheet, table);
  return (row) => kindOf(row) === 'data';
}

/** What a row of a table is: one of its data rows, a section heading over the rows below, or neither. */
export type RowKind = 'data' | 'heading' | 'other';

/** The kind of each row, judged as dataRowTest judges data (a heading may stand in a column the table does not read). */
export function rowKindTest(sheet: SheetCells, table: LocatedTable): (row: number) => RowKind {
  const columns = tableColumns(table);
  const labelColumn = identityColumn(table);
  const totals = new Map<string, boolean>();
  const isTotals = (row: number) => {
    if (labelColumn === undefined) return false;
    const label = cellValue(sheet, row, labelColumn);
    if (typeof label !== 'string' || !mayBeTotalsText(label)) return false;
    let isTotal = totals.get(label);
    if (isTotal === undefined) {
      isTotal = isTotalsText(cellText(label));
      totals.set(label, isTotal);
    }
    return isTotal;
  };
  return (row) => {
    if (blankIn(sheet, row, columns)) return isSectionHeading(sheet, table, row, isTotals) ? 'heading' : 'other';
    if (isTotals(row)) return 'other';
    return isSectionHeading(sheet, table, row, isTotals) ? 'heading' : 'data';
  };
}

/** The column that names a row: the audit, else the reference, else the recommendation. */
export function identityColumn(table: LocatedTable): number | undefined {
  const columns = table.columns as Partial<Record<string, number>>;
  return columns.audit ?? columns.ref ?? columns.recommendation;
}

/**
 * A line that heads a group of rows rather than being one ("Service delivery and support" above the audits of
 * that area, as Lancashire Fire's plan has): its only filled cell in the table is the first column or the naming
 * column, and the row straight below is a full row (two or more cells filled, not a totals row). A lone name at the
 * end of a table, or above a blank row, is kept: it may be a new line with nothing filled in yet. In an action
 * tracker the heading names the audit of the actions below it that have none of their own (headedRows).
 */
function isSectionHeading(sheet: SheetCells, table: LocatedTable, row: number, isTotals: (row: number) => boolean): boolean {
  if (table.lastColumn - table.firstColumn < 2 || row >= table.lastRow) return false;
  const only = loneCell(sheet, row, table.firstColumn, table.lastColumn);
  if (only === null || (only !== table.firstColumn && only !== identityColumn(table))) return false;
  return filledCount(sheet, row + 1, table.firstColumn, table.lastColumn) >= 2 && !isTotals(row + 1);
}

/** The column of a row's only non-blank cell within [first, last], or null when it has none or several. */
function loneCell(sheet: SheetCells, row: number, first: number, last: number): number | null {
  let found: number | null = null;
  for (let column = first; column <= last; column += 1) {
    if (isBlankValue(cellValue(sheet, row, column))) continue;
    if (found !== null) return null;
    found = column;
  }
  return found;
}

function filledCount(sheet: SheetCells, row: number, first: number, last: number): number {
  let count = 0;
  for (let column = first; column <= last; column += 1) if (!isBlankValue(cellValue(sheet, row, column))) count += 1;
  return count;
}

/** True when every listed column of the row is blank; a loop, not `every` with a closure, as it runs once per row. */
function blankIn(sheet: SheetCells, row: number, columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i += 1) if (!isBlankValue(cellValue(sheet, row, columns[i]))) return false;
  return true;
}

/** Index of the row read from sheet row `row`, or -1: the readers list rows top to bottom. */
export function indexOfRow(rows: readonly { ref: { row: number } }[], row: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = rows[mid].ref.row;
    if (at === row) return mid;
    if (at < row) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
