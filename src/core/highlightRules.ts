import { columnLetter } from './address';
import { CONDITIONAL_FORMAT_MARK } from './footprint';
import type { ActionField, LocatedTable } from './types';

/** Conditional formats for the user's actions table, in Excel's own terms. */
export interface HighlightRules {
  /** The table's data rows and columns, A1 without the sheet ("A5:E11"). */
  range: string;
  /** Custom-rule formulas with the leading "=" (the Office JavaScript API keeps it; ExcelJS shells strip it). */
  overdueFormula: string;
  dueSoonFormula: string;
}

/**
 * Formulas that mark overdue (red) and due-within-30-days (amber) rows using the sheet's own cells and TODAY(), so
 * the marking stays right on later days without a refresh. Written for the range's top-left cell with absolute
 * columns and relative rows ($D5), so Excel applies each to its own row.
 *
 * They mirror classifyActions as far as a formula can: open means the sign-off cell is empty; the effective deadline
 * is the revised one when that cell holds a date, else the deadline; only real dates (numbers) count. Two cases
 * differ, knowingly: a text date typed into a cell that Excel did not turn into a date, and a placeholder such as
 * "TBC" in the sign-off cell (the engine reads both; a formula cannot without locale-dependent DATEVALUE). The
 * findings report the first, and the summary's own tables always follow the engine.
 *
 * Returns null when there is nothing to mark: no deadline column, or no data rows.
 *
 * @example highlightRules(table).overdueFormula // '=AND(N("jac")=0,LEN(TRIM($E5))=0,ISNUMBER($D5),$D5<TODAY())'
 */
export function highlightRules(actions: LocatedTable<ActionField>): HighlightRules | null {
  const { deadline, revisedDeadline, signoff } = actions.columns;
  if (deadline === undefined || actions.lastRow < actions.firstRow) return null;
  const row = actions.firstRow + 1;
  const cell = (column: number) => `$${columnLetter(column)}${row}`;

  const effective =
    revisedDeadline === undefined
      ? cell(deadline)
      : `IF(ISNUMBER(${cell(revisedDeadline)}),${cell(revisedDeadline)},${cell(deadline)})`;
  const open = signoff === undefined ? null : `LEN(TRIM(${cell(signoff)}))=0`;
  // The mark comes first so every shell, and a person reading the rule in Excel, sees whose rule it is.
  const all = (...conditions: (string | null)[]) => `=AND(${[CONDITIONAL_FORMAT_MARK, ...conditions].filter((c) => c !== null).join(',')})`;

  return {
    range: `${columnLetter(actions.firstColumn)}${row}:${columnLetter(actions.lastColumn)}${actions.lastRow + 1}`,
    overdueFormula: all(open, `ISNUMBER(${effective})`, `${effective}<TODAY()`),
    dueSoonFormula: all(open, `ISNUMBER(${effective})`, `${effective}>=TODAY()`, `${effective}<=TODAY()+30`),
  };
}
