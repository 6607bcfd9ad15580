/**
 * The words of this workbook's own columns for the add-in's in-cell lists and highlighting (TrackerWords): the
 * grades of the scales its tracker uses (not High/Medium/Low on a Fundamental/Significant/Housekeeping tracker), the
 * statuses it uses, and which of those statuses close an action, so the highlighting agrees with the summary.
 */
import { ACTION_STATUS_WORDS } from './actionStatus';
import { tableSheet } from './rowReading';
import { cellFormat, cellValue } from './sheetGrid';
import { riskRows, NOT_GRADED } from './summaryFacts';
import type { ActionField, ClassifiedAction, Disposition, LocatedTable, TrackerWords, VocabularyEntry, WorkbookCells } from './types';

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
  const actionStatus = withinListLimit(offered.length > 0 ? offered : ACTION_STATUS_WORDS);

  const closed = [...counts.values()].filter((entry) => entry.disposition !== 'open').sort((a, b) => b.count - a.count).map((entry) => entry.word);
  for (const entry of vocabulary ?? []) {
    if (entry.table === 'actions' && entry.field === 'status' && entry.means !== 'open' && !closed.some((w) => w.toLowerCase() === entry.word.trim().toLowerCase())) {
      closed.push(entry.word.trim());
    }
  }
  return { risk, actionStatus, closedStatuses: closed, completePercent: percentScale(workbook, table) };
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
