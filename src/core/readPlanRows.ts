/**
 * The audit plan's rows as typed PlanRows: text trimmed, planned starts read, statuses interpreted.
 */
import { cellText } from './cellText';
import { displayDateSerial, isDateSerial } from './dates';
import { readPlannedStart } from './plannedStart';
import { dataRows, refMaker, tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import { interpretStatus } from './status';
import type { CellValue, LocatedTable, PlanField, PlanRow, SheetCells, WorkbookCells } from './types';

/** The planned start as a person reads it in the cell: a serial shows as its number format does (11/11/24). */
function plannedStartText(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === 'number' && isDateSerial(value)) return displayDateSerial(value, numberFormat);
  return cellText(value);
}

/**
 * @example readPlanRows(seedWorkbook, plan)[6] -> { audit: 'Information Asset Ownership', plannedStartText: '11/11/24', ... }
 */
export function readPlanRows(workbook: WorkbookCells, table: LocatedTable<PlanField>): PlanRow[] {
  const sheet = tableSheet(workbook, table);
  if (!sheet) return [];
  return dataRows(sheet, table).map(planRowReader(sheet, table));
}

/**
 * Reads one sheet row of the plan, whether or not it is a data row (the caller decides that with dataRows or
 * dataRowTest). Shared by readPlanRows and live re-checking (recheckRows), which re-reads only the edited rows.
 */
export function planRowReader(sheet: SheetCells, table: LocatedTable<PlanField>): (row: number) => PlanRow {
  const ref = refMaker(sheet.name);
  const { audit: auditColumn, plannedStart: startColumn, status: statusColumn, opinion: opinionColumn } = table.columns;
  const text = (row: number, column: number | undefined) => (column === undefined ? '' : cellText(cellValue(sheet, row, column)));

  return (row): PlanRow => {
    const startValue = startColumn === undefined ? '' : cellValue(sheet, row, startColumn);
    const startFormat = startColumn === undefined ? undefined : cellFormat(sheet, row, startColumn);
    const statusText = text(row, statusColumn);
    const opinionText = text(row, opinionColumn);
    const status = interpretStatus(statusText, opinionText);
    return {
      ref: ref(row, auditColumn ?? table.firstColumn),
      audit: text(row, auditColumn),
      plannedStartText: plannedStartText(startValue, startFormat),
      plannedStart: readPlannedStart(startValue, startFormat),
      plannedStartRef: startColumn === undefined ? null : ref(row, startColumn),
      statusText,
      statusRef: statusColumn === undefined ? null : ref(row, statusColumn),
      stage: status.stage,
      opinion: status.opinion,
      opinionRef: opinionColumn === undefined ? null : ref(row, opinionColumn),
      opinionText,
    };
  };
}
