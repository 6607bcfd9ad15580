import { columnLetter } from './address';
import { CONDITIONAL_FORMAT_MARK } from './footprint';
import { DUE_SOON_DAYS } from './dueSoon';
import { revisionColumns } from './readActionRows';
import type { ActionField, LocatedTable, TrackerWords } from './types';

/** Conditional formats for the user's actions table, in Excel's own terms. */
export interface HighlightRules {
  /** The table's data rows and columns, A1 without the sheet ("A5:E11"). */
  range: string;
  /** Custom-rule formulas with the leading "=" (the Office JavaScript API keeps it; ExcelJS shells strip it). */
  overdueFormula: string;
  dueSoonFormula: string;
}

/**
 * Characters the status words may take in one formula. Excel allows 8,192 in a formula; the words are kept well
 * under that so the whole rule stays small, the most used words first (trackerWords orders them).
 */
export const STATUS_WORDS_BUDGET = 2000;

/** A word as an Excel string literal: double quotes doubled. */
function literal(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** The closed status words that fit the budget, each once. */
function wordsWithinBudget(words: readonly string[]): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  let used = 0;
  for (const word of words) {
    const key = word.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    const cost = literal(word.trim()).length + 16;
    if (used + cost > STATUS_WORDS_BUDGET) break;
    seen.add(key);
    kept.push(word.trim());
    used += cost;
  }
  return kept;
}

/**
 * Formulas that mark overdue (red) and due-within-30-days (amber) rows using the sheet's own cells and TODAY(), so
 * the marking stays right on later days without a refresh. Written for the range's top-left cell with absolute
 * columns and relative rows ($D5), so Excel applies each to its own row.
 *
 * They mirror classifyActions as far as a formula can: an action is open when its sign-off cell is empty and its
 * status is not one of the words this tracker (and the user's vocabulary) uses for a closed, implemented or
 * awaiting-verification action, compared with OR of equalities (Excel compares text without regard to case); a
 * number in the status column at or above 100% closes it. The deadline is the right-most revised column holding a
 * date, else the one before it, else the deadline; only real dates (numbers) count.
 *
 * What a formula cannot mirror, knowingly: a text date typed into a cell that Excel did not turn into a date, a
 * month ("March 2024") or a revision written inside a deadline cell, and a placeholder such as "TBC" in the sign-off
 * cell (the engine reads all of these; a formula could only with locale-dependent DATEVALUE); and a status word the
 * tracker did not use when the rules were written, or a misspelling of one (the engine reads them by meaning, the
 * formula knows only the words it was given). The findings report the first kind, a refresh picks up new words,
 * and the summary's own tables always follow the engine.
 *
 * Returns null when there is nothing to mark: no deadline column, or no data rows.
 *
 * @example highlightRules(table).overdueFormula // '=AND(N("jac")=0,LEN(TRIM($E5))=0,ISNUMBER($D5),$D5<TODAY())'
 */
export function highlightRules(actions: LocatedTable<ActionField>, words?: TrackerWords): HighlightRules | null {
  const { deadline, signoff, status } = actions.columns;
  if (deadline === undefined || actions.lastRow < actions.firstRow) return null;
  const row = actions.firstRow + 1;
  const cell = (column: number) => `$${columnLetter(column)}${row}`;

  // IF(ISNUMBER(last),last,IF(ISNUMBER(previous),previous,...deadline)): the right-most revision holding a date.
  let effective = cell(deadline);
  for (const column of revisionColumns(actions)) effective = `IF(ISNUMBER(${cell(column)}),${cell(column)},${effective})`;

  const conditions: (string | null)[] = [signoff === undefined ? null : `LEN(TRIM(${cell(signoff)}))=0`];
  if (status !== undefined && words) {
    const closed = wordsWithinBudget(words.closedStatuses);
    if (closed.length > 0) conditions.push(`NOT(OR(${closed.map((word) => `TRIM(${cell(status)})=${literal(word)}`).join(',')}))`);
    if (words.completePercent !== null) conditions.push(`NOT(AND(ISNUMBER(${cell(status)}),${cell(status)}>=${words.completePercent}))`);
  }
  // The mark comes first so every shell, and a person reading the rule in Excel, sees whose rule it is.
  const all = (...more: string[]) => `=AND(${[CONDITIONAL_FORMAT_MARK, ...conditions, ...more].filter((c) => c !== null).join(',')})`;

  return {
    range: `${columnLetter(actions.firstColumn)}${row}:${columnLetter(actions.lastColumn)}${actions.lastRow + 1}`,
    overdueFormula: all(`ISNUMBER(${effective})`, `${effective}<TODAY()`),
    dueSoonFormula: all(`ISNUMBER(${effective})`, `${effective}>=TODAY()`, `${effective}<=TODAY()+${DUE_SOON_DAYS}`),
  };
}
