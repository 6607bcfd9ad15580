/**
 * The words of this workbook's own columns for the add-in's in-cell lists and highlighting (TrackerWords): the
 * grades of the scales its tracker uses (not High/Medium/Low on a Fundamental/Significant/Housekeeping tracker), the
 * statuses it uses, which of those statuses close an action (so the highlighting agrees with the summary), and the
 * statuses its plan uses.
 */
import { ACTION_STATUSES_OFFERED } from './actionStatus';
import { tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import { riskRows, NOT_GRADED } from './summaryFacts';
import { readStatus } from './status';
import type { ActionField, ClassifiedAction, Disposition, LocatedTable, PlanRow, Stage, TrackerWords, VocabularyEntry, WorkbookCells } from './types';
import { PLAN_STATUSES_OFFERED } from './vocabulary';

/** Excel refuses an in-cell list whose source is longer than this. */
export const LIST_LIMIT = 255;

const DISPOSITION_ORDER: readonly Disposition[] = ['open', 'awaiting-verification', 'implemented', 'closed-without-implementation'];

/** Words an in-cell list can hold: Excel separates list items with commas, so a word with one cannot be offered. */
function listable(word: string): boolean {
  return word !== '' && !word.includes(',') && !word.includes('"');
}

/** As many words as fit under Excel's limit, in order. */
export function withinListLimit(words: readonly string[]): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const added = (kept.length > 0 ? 1 : 0) + word.length;
    if (length + added >= LIST_LIMIT) break;
    kept.push(word);
    length += added;
  }
  return kept;
}

/**
 * @example trackerWords(cells, analysis.actions.table, analysis.actions.rows, settings.vocabulary).risk // ['Fundamental', 'Significant', 'Housekeeping']
 */
export function trackerWords(
  workbook: WorkbookCells,
  table: LocatedTable<ActionField> | null,
  actions: readonly ClassifiedAction[],
  vocabulary: readonly VocabularyEntry[] | undefined,
  plan: readonly PlanRow[] = [],
): TrackerWords {
  const risk = withinListLimit(riskRows(actions, []).filter((word) => word !== NOT_GRADED && listable(word)));

  // Statuses as typed, most used first within each disposition, one spelling per word. Counted by the cell's text
  // first (a tracker repeats a handful of statuses thousands of times), then merged case-insensitively.
  const byText = new Map<string, { disposition: Disposition | null; offered: boolean; count: number }>();
  for (const action of actions) {
    const known = byText.get(action.statusText);
    if (known) known.count += 1;
    else byText.set(action.statusText, { disposition: action.status.disposition, offered: action.status.suggestion === null, count: 1 });
  }
  const counts = new Map<string, { word: string; disposition: Disposition; count: number }>();
  for (const [text, { disposition, offered, count }] of byText) {
    const word = text.trim();
    if (word === '' || disposition === null || !offered || /^[\d.]+%?$/.test(word)) continue;
    const key = word.toLowerCase();
    const known = counts.get(key);
    if (known) known.count += count;
    else counts.set(key, { word, disposition, count });
  }
  const used = [...counts.values()].sort(
    (a, b) => DISPOSITION_ORDER.indexOf(a.disposition) - DISPOSITION_ORDER.indexOf(b.disposition) || b.count - a.count,
  );
  const offered = used.map((entry) => entry.word).filter(listable);
  const actionStatus = withinListLimit(offered.length > 0 ? offered : ACTION_STATUSES_OFFERED);

  const closed = [...counts.values()]
    .filter((entry) => entry.disposition !== 'open')
    .sort((a, b) => b.count - a.count)
    .map((entry) => entry.word);
  for (const entry of vocabulary ?? []) {
    if (
      entry.table === 'actions' &&
      entry.field === 'status' &&
      entry.means !== 'open' &&
      !closed.some((w) => w.toLowerCase() === entry.word.trim().toLowerCase())
    ) {
      closed.push(entry.word.trim());
    }
  }
  const words: TrackerWords = { risk, actionStatus, closedStatuses: closed, completePercent: percentScale(workbook, table) };
  if (plan.length > 0) words.planStatus = planStatusWords(plan);
  return words;
}

/** The order a plan's statuses are offered in: an audit's way through the year, then the ways it can leave the plan. */
const STAGE_FLOW: readonly Stage[] = ['not-started', 'planning', 'fieldwork', 'draft', 'final', 'deferred', 'cancelled'];

/** "28 July 2011", "01/11/2024": a status with a date in it belongs to one audit, so it is not offered for others. */
const DAY_IN_TEXT = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i;

/**
 * The plan's own statuses, those the engine reads as a stage and not as a misspelling, most used first within each
 * stage, one spelling per wording; then the standard word (vocabulary.ts PLAN_STATUSES_OFFERED) of each stage the plan has no
 * wording for, so an audit can still be moved on from the list. Within Excel's limit for a list.
 */
function planStatusWords(plan: readonly PlanRow[]): string[] {
  const counts = new Map<string, { word: string; stage: Stage; count: number }>();
  for (const row of plan) {
    const word = row.statusText.trim();
    if (row.stage === 'other' || row.statusSuggestion !== null || !listable(word) || DAY_IN_TEXT.test(word)) continue;
    const key = word.toLowerCase();
    const known = counts.get(key);
    if (known) known.count += 1;
    else counts.set(key, { word, stage: row.stage, count: 1 });
  }
  const used = [...counts.values()].sort((a, b) => b.count - a.count);
  const covered = new Set(used.map((entry) => entry.stage));
  const standard = PLAN_STATUSES_OFFERED.map((word) => ({ word, stage: readStatus(word, '').stage })).filter((entry) => !covered.has(entry.stage));
  // A stable sort: within a stage, the plan's most used wording first.
  const offered = [...used, ...standard].sort((a, b) => STAGE_FLOW.indexOf(a.stage) - STAGE_FLOW.indexOf(b.stage));
  return withinListLimit(offered.map((entry) => entry.word));
}

/** How the status column writes a percentage: 1 under a "%" format, 100 as a plain number; null when it has none. */
function percentScale(workbook: WorkbookCells, table: LocatedTable<ActionField> | null): number | null {
  const column = table?.columns.status;
  if (!table || column === undefined) return null;
  const sheet = tableSheet(workbook, table);
  if (!sheet) return null;
  let scale: number | null = null;
  for (let row = table.firstRow; row <= table.lastRow; row += 1) {
    if (typeof cellValue(sheet, row, column) !== 'number') continue;
    if (cellFormat(sheet, row, column)?.includes('%')) return 1;
    scale = 100;
  }
  return scale;
}
