/**
 * What readPlanRows and readActionRows share: walking a located table's data rows, skipping blank and totals rows,
 * and making CellRefs cheaply (20,000 actions x 6 cells is 120,000 references, so the quoted sheet name and column
 * letters are worked out once per column, not once per cell).
 */
import { columnLetter, quoteSheetName } from './address';
import { cellText } from './cellText';
import { cellValue, findSheet, isBlankValue } from './sheetGrid';
import type { CellRef, LocatedTable, SheetCells, WorkbookCells } from './types';

/**
 * "Total", "Totals", "Grand total", "Sub-total", "Total actions", "Count": rows that sum a table rather than belong to it.
 * @example isTotalsText('Grand Total:') === true; isTotalsText('Total Rewards') === false
 */
export function isTotalsText(text: string): boolean {
  const key = text.toLowerCase().replace(/[:.]+$/, '').replace(/\s+/g, ' ').trim();
  return /^(grand |sub[- ]?)?totals?( (audits|actions|recommendations|days|number|no))?$/.test(key) || /^(count|sum|number of (audits|actions))$/.test(key);
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
 * The data rows worth reading: not blank in every mapped column, and not a totals row (judged by the audit cell).
 * Blank rows are skipped, never treated as the end: the table's extent was decided by locateTables.
 */
export function dataRows(sheet: SheetCells, table: LocatedTable): number[] {
  const isData = dataRowTest(sheet, table);
  const rows: number[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row += 1) if (isData(row)) rows.push(row);
  return rows;
}

/**
 * Whether one sheet row is a data row in the sense of dataRows (the caller keeps it within the table's rows).
 * Separate so live re-checking (recheckRows) can judge just the rows an edit touched.
 */
export function dataRowTest(sheet: SheetCells, table: LocatedTable): (row: number) => boolean {
  const columns = Object.values(table.columns).filter((c): c is number => typeof c === 'number');
  const auditColumn = table.columns.audit;
  // Audit names repeat across thousands of actions: judge each distinct name once.
  const totals = new Map<string, boolean>();
  return (row) => {
    if (blankIn(sheet, row, columns)) return false;
    if (auditColumn !== undefined) {
      const audit = cellValue(sheet, row, auditColumn);
      if (typeof audit === 'string') {
        let isTotal = totals.get(audit);
        if (isTotal === undefined) {
          isTotal = isTotalsText(cellText(audit));
          totals.set(audit, isTotal);
        }
        if (isTotal) return false;
      }
    }
    return true;
  };
}

/** True when every listed column of the row is blank; a loop, not `every` with a closure, as it runs once per row. */
function blankIn(sheet: SheetCells, row: number, columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i += 1) if (!isBlankValue(cellValue(sheet, row, columns[i]))) return false;
  return true;
}
