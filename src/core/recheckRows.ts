/**
 * Live validation's fast path: after an edit, re-check only the rows it touched instead of running the whole engine.
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
 *   before the edit, which the previous analysis does not keep; it costs a few milliseconds at 20,000 actions;
 * - a validation rule this file does not know to be row-local or cross-row, or two findings on one cell whose order
 *   it cannot tell.
 * Otherwise: the touched rows are read and classified again, the row-local rules run on them alone, their previous
 * findings are replaced, and the cross-row rule (duplicate-action) runs again over the previous rows with the touched
 * ones swapped in. Findings are merged in analyseWorkbook's order.
 */
import type { AnalyseOptions } from './analyseWorkbook';
import { actionClassifier } from './classifyActions';
import { locateTables } from './locateTables';
import { actionRowReader } from './readActionRows';
import { planRowReader } from './readPlanRows';
import { headingsHold } from './recheckHeadings';
import { dataRowTest, indexOfRow } from './rowReading';
import { duplicateAction } from './rules/duplicateAction';
import { finalWithoutOpinion } from './rules/finalWithoutOpinion';
import { impossibleDate } from './rules/impossibleDate';
import { missingAuditName } from './rules/missingAuditName';
import { misspeltStatus } from './rules/misspeltStatus';
import { missingDeadline } from './rules/missingDeadline';
import { revisedDateTbc } from './rules/revisedDateTbc';
import type { Rule } from './rules/ruleContext';
import { signoffInFuture } from './rules/signoffInFuture';
import { startPassedNotStarted } from './rules/startPassedNotStarted';
import { statusContradictsDate } from './rules/statusContradictsDate';
import { uncalculatedFormula } from './rules/uncalculatedFormula';
import { unknownActionStatus } from './rules/unknownActionStatus';
import { unknownOpinion } from './rules/unknownOpinion';
import { unknownRisk } from './rules/unknownRisk';
import { unknownStatus } from './rules/unknownStatus';
import { unreadableDate } from './rules/unreadableDate';
import { usDate } from './rules/usDate';
import type { Analysis, ClassifiedAction, Finding, LocatedTable, PlanRow, RuleId, SheetCells, WorkbookCells } from './types';
import { userWords } from './userWords';
import { compareFindings, RULES } from './validate';

/** A rectangle of edited cells, 0-based sheet coordinates, inclusive. */
export interface ChangedRange {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Rules whose findings on a row depend on that row alone, with the one rule id each reports. */
const ROW_LOCAL = new Map<Rule, RuleId>([
  [missingAuditName, 'missing-audit-name'],
  [unknownStatus, 'unknown-status'],
  [unknownOpinion, 'unknown-opinion'],
  [finalWithoutOpinion, 'final-without-opinion'],
  [startPassedNotStarted, 'start-passed-not-started'],
  [unknownRisk, 'unknown-risk'],
  [impossibleDate, 'impossible-date'],
  [usDate, 'us-date'],
  [unreadableDate, 'unreadable-date'],
  [missingDeadline, 'missing-deadline'],
  [signoffInFuture, 'signoff-in-future'],
  [misspeltStatus, 'misspelt-status'],
  [unknownActionStatus, 'unknown-action-status'],
  [statusContradictsDate, 'status-contradicts-date'],
  [revisedDateTbc, 'revised-date-tbc'],
  [uncalculatedFormula, 'uncalculated-formula'],
]);
const CROSS_ROW_RULE = duplicateAction;
const CROSS_ROW_ID: RuleId = 'duplicate-action';
const NONE_TOUCHED = { rows: [], headings: [] };

/**
 * Where a finding falls among findings on the same cell with the same severity: analyseWorkbook lists the table
 * finder's findings (missing table or column) first, then validate's in the order of RULES. Null when RULES holds a
 * rule this file does not know, so the fast path is never taken on a guess.
 */
function ruleRanks(): Map<RuleId, number> | null {
  const ranks = new Map<RuleId, number>();
  for (let i = 0; i < RULES.length; i += 1) {
    const rule = RULES[i];
    const id = rule === CROSS_ROW_RULE ? CROSS_ROW_ID : ROW_LOCAL.get(rule);
    if (id === undefined) return null;
    ranks.set(id, i);
  }
  return ranks;
}

/** -1 for the table finder's findings, which come first. */
function rankOf(ranks: Map<RuleId, number>, finding: Finding): number {
  return ranks.get(finding.rule) ?? -1;
}

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

const LOCATOR_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['missing-table', 'missing-column']);

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
    if ((index >= 0) !== isData(row)) return null;
    if (index >= 0) out.rows.push({ row, index });
    else out.headings.push(row);
    // The row above may have been, or now be, a section heading over this one.
    const above = row - 1;
    if (above < table.firstRow || touched.has(above)) continue;
    const aboveIsData = isData(above);
    if ((indexOfRow(previousRows, above) >= 0) !== aboveIsData) return null;
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
  const ranks = ruleRanks();
  if (!ranks) return null;

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
  const previousLocatorFindings = previous.findings.filter((f) => LOCATOR_RULES.has(f.rule));
  const locatorFindings = [...located.findings].sort(compareFindings);
  if (!sameJson(located.plan, planTable) || !sameJson(located.actions, actionsTable) || !sameJson(locatorFindings, previousLocatorFindings)) {
    return null;
  }
  // The exact name only: the table finder read this sheet, and a second sheet matching loosely would be a guess.
  const sheetOf = (table: LocatedTable) => workbook.sheets.find((sheet) => sheet.name === table.sheet) ?? null;
  const planSheet = planTable ? sheetOf(planTable) : null;
  const actionsSheet = actionsTable ? sheetOf(actionsTable) : null;
  if ((planTable && !planSheet) || (actionsTable && !actionsSheet)) return null;

  const planTouched = planTable && planSheet ? touchedDataRows(touched.get(planTable.sheet), planTable, planSheet, previous.plan.rows) : NONE_TOUCHED;
  const actionsTouched = actionsTable && actionsSheet
    ? touchedDataRows(touched.get(actionsTable.sheet), actionsTable, actionsSheet, previous.actions.rows)
    : NONE_TOUCHED;
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
  const changedPlan: PlanRow[] = readPlan ? planRows.map(({ row }) => readPlan(row)) : [];
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

  // New findings: the row-local rules on the touched rows, and the cross-row rule over every action.
  const added: { finding: Finding; rank: number }[] = [];
  const context = { plan: changedPlan, actions: changedActions, asOf };
  for (let i = 0; i < RULES.length; i += 1) {
    const rule = RULES[i];
    const found = rule === CROSS_ROW_RULE ? rule({ plan: [], actions, asOf }) : rule(context);
    const id = rule === CROSS_ROW_RULE ? CROSS_ROW_ID : ROW_LOCAL.get(rule);
    for (const finding of found) {
      if (finding.rule !== id) return null;
      added.push({ finding, rank: i });
    }
  }
  added.sort((a, b) => compareFindings(a.finding, b.finding) || a.rank - b.rank);

  // Kept: everything but the touched rows' validation findings and the cross-row rule's findings.
  const isTouched = (finding: Finding) => touched.get(finding.sheet)?.has(finding.row) === true;
  const kept = previous.findings.filter(
    (finding) => finding.rule !== CROSS_ROW_ID && (LOCATOR_RULES.has(finding.rule) || !isTouched(finding)),
  );

  return merge(kept, added, ranks);
}

/**
 * Merges two lists already in analyseWorkbook's order. Null when two findings tie on cell, severity and rule, where
 * analyseWorkbook's order would come from how its rules happened to list them.
 */
function merge(kept: readonly Finding[], added: readonly { finding: Finding; rank: number }[], ranks: Map<RuleId, number>): Finding[] | null {
  for (let i = 1; i < added.length; i += 1) {
    if (compareFindings(added[i - 1].finding, added[i].finding) === 0 && added[i - 1].rank === added[i].rank) return null;
  }
  const out: Finding[] = [];
  let k = 0;
  let a = 0;
  while (k < kept.length && a < added.length) {
    const order = compareFindings(kept[k], added[a].finding) || rankOf(ranks, kept[k]) - added[a].rank;
    if (order === 0) return null;
    if (order < 0) out.push(kept[k++]);
    else out.push(added[a++].finding);
  }
  while (k < kept.length) out.push(kept[k++]);
  while (a < added.length) out.push(added[a++].finding);
  return out;
}
