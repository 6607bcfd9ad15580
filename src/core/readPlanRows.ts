/**
 * The audit plan's rows as typed PlanRows: text trimmed, planned starts read, statuses read. A plan repeats a few
 * statuses ("Scope and timing agreed" on half of it), so each status and opinion pair is read once.
 */
import { cellText } from './cellText';
import { displayDateSerial } from './numberFormats';
import { isDateSerial } from './serials';
import { readPlannedStart } from './plannedStart';
import { inPlanYear, planYear } from './planYear';
import { dataRows, refMaker, tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import { fieldNoun } from './fields';
import { rememberedPerCell, remembered } from './remembered';
import { opinionInStatus, readOpinion, readStatus, type OpinionReading } from './status';
import type { CellRef, CellValue, LocatedTable, PlanField, PlanRow, SheetCells, Stage, UncalculatedCell, WorkbookCells } from './types';
import { uncalculatedTest } from './uncalculated';
import { NO_USER_WORDS, type UserWords } from './userWords';

/** The planned start as a person reads it in the cell: a serial shows as its number format does (11/11/24). */
function plannedStartText(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === 'number' && isDateSerial(value)) return displayDateSerial(value, numberFormat);
  return cellText(value);
}

/**
 * @example readPlanRows(seedWorkbook, plan)[6] -> { audit: 'Information Asset Ownership', plannedStartText: '11/11/24', ... }
 */
export function readPlanRows(workbook: WorkbookCells, table: LocatedTable<PlanField>, words: UserWords = NO_USER_WORDS): PlanRow[] {
  const sheet = tableSheet(workbook, table);
  if (!sheet) return [];
  return dataRows(sheet, table).map(planRowReader(sheet, table, words));
}

const NONE: readonly UncalculatedCell[] = [];

/**
 * Reads one sheet row of the plan, whether or not it is a data row (the caller decides that with dataRows or
 * dataRowTest). Shared by readPlanRows and live re-checking (recheckRows), which re-reads only the edited rows.
 */
export function planRowReader(sheet: SheetCells, table: LocatedTable<PlanField>, words: UserWords = NO_USER_WORDS): (row: number) => PlanRow {
  const ref = refMaker(sheet.name);
  const { audit: auditColumn, plannedStart: startColumn, status: statusColumn, opinion: opinionColumn } = table.columns;
  const text = (row: number, column: number | undefined) => (column === undefined ? '' : cellText(cellValue(sheet, row, column)));
  const isUncalculated = uncalculatedTest(sheet);
  const checked = (Object.entries(table.columns) as [PlanField, number][]).map(([field, column]) => [fieldNoun('plan', field), column] as const);
  const readings = new Map<string, Map<string, ReturnType<typeof readStatus>>>();
  const statusOf = (statusText: string, opinionText: string) => {
    let byOpinion = readings.get(statusText);
    if (!byOpinion) readings.set(statusText, (byOpinion = new Map()));
    let reading = byOpinion.get(opinionText);
    if (!reading) byOpinion.set(opinionText, (reading = readStatus(statusText, opinionText, words)));
    return reading;
  };
  // The same for what the opinion column or the status says that is not an opinion word, and for the planned start
  // (a plan repeats "Q4 TBC" and a few dates): the readings are plain data no row changes.
  const opinionInColumn = remembered((opinionText: string) => readOpinion(opinionText, words));
  const opinionInStatusText = remembered((statusText: string) => opinionInStatus(statusText, words));
  const year = planYear(sheet, table);
  const startOf = rememberedPerCell((value, format) => ({
    text: plannedStartText(value, format),
    reading: inPlanYear(readPlannedStart(value, format), year),
  }));

  return (row): PlanRow => {
    const startValue = startColumn === undefined ? '' : cellValue(sheet, row, startColumn);
    const startFormat = startColumn === undefined ? undefined : cellFormat(sheet, row, startColumn);
    const start = startOf(startValue, startFormat);
    const statusText = text(row, statusColumn);
    const opinionText = text(row, opinionColumn);
    const status = statusOf(statusText, opinionText);
    const statusRef = statusColumn === undefined ? null : ref(row, statusColumn);
    const opinionRef = opinionColumn === undefined ? null : ref(row, opinionColumn);
    const rowRef = ref(row, auditColumn ?? table.firstColumn);
    let uncalculated: readonly UncalculatedCell[] = NONE;
    if (isUncalculated.any) {
      const found = checked.filter(([, column]) => isUncalculated(row, column)).map(([label, column]) => ({ label, ref: ref(row, column) }));
      if (found.length > 0) uncalculated = found;
    }
    return {
      ref: rowRef,
      audit: text(row, auditColumn),
      plannedStartText: start.text,
      plannedStart: start.reading,
      plannedStartRef: startColumn === undefined ? null : ref(row, startColumn),
      statusText,
      statusRef,
      // A status computed by a formula never calculated is unknown, not "not started".
      stage: statusColumn !== undefined && isUncalculated(row, statusColumn) ? 'other' : status.stage,
      statusSuggestion: status.suggestion,
      opinion: status.opinion,
      opinionRef,
      opinionText,
      ...opinionProblems(statusText, opinionText, status.stage, statusRef ?? rowRef, opinionRef, { opinionInColumn, opinionInStatusText }),
      uncalculated,
    };
  };
}

/** readOpinion and opinionInStatus with the organisation's words, each remembered per text. */
interface OpinionReaders {
  opinionInColumn: (opinionText: string) => OpinionReading;
  opinionInStatusText: (statusText: string) => OpinionReading;
}

/**
 * What the opinion cell or the status says that is not an opinion word. In the opinion column, free text ("This is
 * ongoing by the Audit Manager within the year") is normal before the final report, so there it counts only for a
 * final audit, or when it is one slip from an opinion word.
 */
function opinionProblems(
  statusText: string,
  opinionText: string,
  stage: Stage,
  statusRef: CellRef,
  opinionRef: CellRef | null,
  read: OpinionReaders,
): Pick<PlanRow, 'opinionUnread' | 'noOpinionStated'> {
  const inColumn = opinionRef && opinionText.trim() !== '' ? read.opinionInColumn(opinionText) : null;
  if (inColumn) {
    const unread = !inColumn.recognised && (stage === 'final' || inColumn.suggestion !== null);
    return {
      opinionUnread: unread ? { text: opinionText.trim(), ref: opinionRef!, suggestion: inColumn.suggestion } : null,
      noOpinionStated: inColumn.statedNone,
    };
  }
  const inStatus = read.opinionInStatusText(statusText);
  return {
    opinionUnread: inStatus.recognised ? null : { text: statusText.trim(), ref: statusRef, suggestion: inStatus.suggestion },
    noOpinionStated: false,
  };
}
