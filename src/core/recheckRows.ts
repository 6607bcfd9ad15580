/**
 * Live checking's fast path: after an edit, re-check only the rows it touched instead of running the whole engine.
 *
 * The answer must be exactly analyseWorkbook(workbook).findings, so anything that could change more than the edited
 * rows makes it give up (null) and the caller runs the whole engine:
 * - a different paper date or previous meeting date, or neither table found by the previous analysis;
 * - an edited cell outside the tables' data rows and columns (a header, a new row just below a table, another sheet);
 * - a row turning from blank, totals or section heading into data or back (the readers' row list changes); a
 *   section heading depends on the row below it, so the row above each edited row is judged too;
 * - an edit that changes the audit an untouched action takes from the heading above it (a tracker grouped under audit
 *   headings: the heading's text edited, a heading made or unmade), as recheckHeadings.ts checks;
 * - the tables found differently on the edited workbook (a data row typed to look like a header can start a table).
 *   locateTables is run again to prove this, because whether a row looks like a header depends on what the row held
 *   before the edit, which the previous analysis does not keep; it costs a few milliseconds at 20,000 actions.
 * Otherwise: the touched rows are read and classified again, the checks of `row` scope run on them alone and their
 * findings there replace the previous ones, and the checks of `table` scope (duplicate-action) run again over the
 * previous rows with the touched ones swapped in. Which is which comes from each check's own `scope`, so a new check
 * needs nothing here. The findings are then put in the engine's one order (sortFindings).
 */
import type { AnalyseOptions } from './analyseWorkbook';
import { actionClassifier } from './classifyActions';
import { sortFindings } from './finding';
import { locateTables } from './locateTables';
import { actionRowReader } from './readActionRows';
import { planRowReader } from './readPlanRows';
import { headingsHold } from './recheckHeadings';
import { dataRowTest, indexOfRow } from './rowReading';
import { CHECKS, runChecks } from './runChecks';
import type { Analysis, CheckId, ClassifiedAction, Finding, LocatedTable, PlanRow, SheetCells, WorkbookCells } from './types';
import { userWords } from './userWords';

/** A rectangle of edited cells, 0-based sheet coordinates, inclusive. */
export interface ChangedRange {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const ROW_CHECKS = CHECKS.filter((check) => check.scope === 'row');
const TABLE_CHECKS = CHECKS.filter((check) => check.scope === 'table');
const TABLE_CHECK_IDS: ReadonlySet<CheckId> = new Set(TABLE_CHECKS.map((check) => check.id));
const NONE_TOUCHED = { rows: [], headings: [] };

function isWhole(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/** Rows and columns a table's data occupies; the header row is not in it. */
function dataArea(table: LocatedTable): { top: number; bottom: number; left: number; right: number } {
  return { top: table.firstRow, bottom: table.lastRow, left: table.firstColumn, right: table.lastColumn };
}

function overlapLength(a1: number, a2: number, b1: number, b2: number): number {
  return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1) + 1);
}

/** The plan and actions tables share cells (header included): their findings could then share cells too. */
function tablesOverlap(a: LocatedTable, b: LocatedTable): boolean {
  return (
    a.sheet === b.sheet &&
    overlapLength(a.headerRow, a.lastRow, b.headerRow, b.lastRow) > 0 &&
    overlapLength(a.firstColumn, a.lastColumn, b.firstColumn, b.lastColumn) > 0
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const LOCATOR_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['missing-table', 'missing-column']);

/** The touched rows of one table that are data rows, and the rows that may have started or stopped heading others. */
interface TouchedRows {
  rows: { row: number; index: number }[];
  /**
   * Rows that are not data either side of the edit but were touched, or sit just above a touched row: each may be, or
   * have been, a section heading over the rows below it (what it was before the edit is not known).
   */
  headings: number[];
}

/**
 * The touched sheet rows inside one table's data rows, judged as before and after the edit: null when a row changed
 * between data and blank-or-totals. Rows that are not data either side have no findings of their own.
 */
function touchedDataRows<R extends { ref: { row: number } }>(
  touched: ReadonlySet<number> | undefined,
  table: LocatedTable,
  sheet: SheetCells,
  previousRows: readonly R[],
): TouchedRows | null {
  const out: TouchedRows = { rows: [], headings: [] };
  if (!touched) return out;
  const isData = dataRowTest(sheet, table);
  for (const row of touched) {
    if (row < table.firstRow || row > table.lastRow) continue;
    const index = indexOfRow(previousRows, row);
    if (index >= 0 !== isData(row)) return null;
    if (index >= 0) out.rows.push({ row, index });
    else out.headings.push(row);
    // The row above may have been, or now be, a section heading over this one.
    const above = row - 1;
    if (above < table.firstRow || touched.has(above)) continue;
    const aboveIsData = isData(above);
    if (indexOfRow(previousRows, above) >= 0 !== aboveIsData) return null;
    if (!aboveIsData) out.headings.push(above);
  }
  return out;
}

/**
 * @param previous analyseWorkbook's result for the workbook before the edits.
 * @param workbook the workbook with the edits applied (patchCells).
 * @param changes every rectangle edited since `previous` was made.
 * @returns the findings analyseWorkbook(workbook, options) would give, or null: run analyseWorkbook instead.
 *
 * @example recheckRows(analysis, patched, [{ sheet: 'Audit Actions', top: 4, bottom: 4, left: 3, right: 3 }], options)
 */
export function recheckRows(
  previous: Analysis,
  workbook: WorkbookCells,
  changes: readonly ChangedRange[],
  { settings, today }: AnalyseOptions,
): Analysis['findings'] | null {
  const asOf = settings.asOf ?? today;
  if (previous.asOf !== asOf || previous.since !== settings.since) return null;
  const planTable = previous.plan.table;
  const actionsTable = previous.actions.table;
  if (!planTable && !actionsTable) return null;
  if (planTable && actionsTable && tablesOverlap(planTable, actionsTable)) return null;

  // Every edited cell must lie in a table's data rows and columns; the sheet rows touched, by sheet.
  const tables: LocatedTable[] = [planTable, actionsTable].filter((table): table is LocatedTable => table !== null);
  const touched = new Map<string, Set<number>>();
  for (const change of changes) {
    const { sheet, top, bottom, left, right } = change;
    if (![top, bottom, left, right].every(isWhole) || bottom < top || right < left) return null;
    let covered = 0;
    for (const table of tables) {
      if (table.sheet !== sheet) continue;
      const area = dataArea(table);
      covered += overlapLength(top, bottom, area.top, area.bottom) * overlapLength(left, right, area.left, area.right);
    }
    if (covered !== (bottom - top + 1) * (right - left + 1)) return null;
    let rows = touched.get(sheet);
    if (!rows) touched.set(sheet, (rows = new Set()));
    for (let row = top; row <= bottom; row += 1) rows.add(row);
  }

  // The tables must be found exactly as before: same places, same columns, same missing-column findings.
  const located = locateTables(workbook, { plan: settings.plan, actions: settings.actions });
  const previousLocatorFindings = previous.findings.filter((f) => LOCATOR_CHECKS.has(f.check));
  const locatorFindings = sortFindings(located.findings);
  if (!sameJson(located.plan, planTable) || !sameJson(located.actions, actionsTable) || !sameJson(locatorFindings, previousLocatorFindings)) {
    return null;
  }
  // The exact name only: the table finder read this sheet, and a second sheet matching loosely would be a guess.
  const sheetOf = (table: LocatedTable) => workbook.sheets.find((sheet) => sheet.name === table.sheet) ?? null;
  const planSheet = planTable ? sheetOf(planTable) : null;
  const actionsSheet = actionsTable ? sheetOf(actionsTable) : null;
  if ((planTable && !planSheet) || (actionsTable && !actionsSheet)) return null;

  const planTouched = planTable && planSheet ? touchedDataRows(touched.get(planTable.sheet), planTable, planSheet, previous.plan.rows) : NONE_TOUCHED;
  const actionsTouched =
    actionsTable && actionsSheet ? touchedDataRows(touched.get(actionsTable.sheet), actionsTable, actionsSheet, previous.actions.rows) : NONE_TOUCHED;
  if (!planTouched || !actionsTouched) return null;
  const planRows = planTouched.rows;
  const actionRows = actionsTouched.rows;

  const words = userWords(settings.vocabulary);
  // Actions take their audit from the heading above them when they have none of their own (a tracker grouped under
  // audit headings): the actions below a row that may have started or stopped heading them must still take theirs.
  if (actionsTable && actionsSheet && actionsTouched.headings.length > 0) {
    const rowsTouched = touched.get(actionsTable.sheet) ?? new Set<number>();
    if (!headingsHold(actionsSheet, actionsTable, actionsTouched.headings, rowsTouched, previous.actions.rows, words)) return null;
  }
  const readPlan = planTable && planSheet ? planRowReader(planSheet, planTable, words) : null;
  const plan: PlanRow[] = previous.plan.rows.slice();
  const changedPlan: PlanRow[] = readPlan
    ? planRows.map(({ row, index }) => {
        const planRow = readPlan(row);
        plan[index] = planRow;
        return planRow;
      })
    : [];
  const readAction = actionsTable && actionsSheet ? actionRowReader(actionsSheet, actionsTable, words) : null;
  const classify = actionClassifier(asOf, previous.since);
  const actions: ClassifiedAction[] = previous.actions.rows.slice();
  const changedActions: ClassifiedAction[] = readAction
    ? actionRows.map(({ row, index }) => {
        const action = classify(readAction(row));
        actions[index] = action;
        return action;
      })
    : [];

  // New findings: the row checks on the touched rows, and the table checks over every row.
  const added = [...runChecks(changedPlan, changedActions, asOf, ROW_CHECKS), ...runChecks(plan, actions, asOf, TABLE_CHECKS)];
  // Kept: everything but the touched rows' findings from checks and every table check's findings.
  const isTouched = (finding: Finding) => touched.get(finding.sheet)?.has(finding.row) === true;
  const kept = previous.findings.filter(
    (finding) => !TABLE_CHECK_IDS.has(finding.check) && (LOCATOR_CHECKS.has(finding.check) || !isTouched(finding)),
  );
  return sortFindings([...kept, ...added]);
}
