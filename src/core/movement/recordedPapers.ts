/**
 * The list of recorded papers kept on the data sheet (StoredData.papers): adding one, finding the one to compare
 * with, and listing them. Entries are handled as stored (unknown values); readStoredPaper checks each one, and an
 * entry it cannot read is passed over but never dropped, since a later version of the add-in may have written it.
 */
import type { IsoDate } from '../types';
import type { PaperComparison } from './comparePaper';
import type { RecordedPaper } from './paper';
import { readStoredPaper } from './readStoredPaper';
import { storedPaper, type StoredPaper } from './storedPaper';

/**
 * The papers to keep once this one is recorded (what a refresh that records hands the host to store).
 *
 * @example recordPaper(cells.stored?.papers ?? [], analysis.paper).length // one more, or as many when the date was recorded before
 */
export function recordPaper(stored: readonly unknown[], paper: Pick<PaperComparison, 'snapshot' | 'figures'>): unknown[] {
  return papersToKeep(stored, storedPaper(paper.snapshot, paper.figures));
}

/**
 * Every paper to keep once `paper` is recorded: all the others, and this one in place of any recorded for the same
 * date, oldest first.
 *
 * @example papersToKeep([july, october], octoberAgain) // [july, octoberAgain]
 */
export function papersToKeep(stored: readonly unknown[], paper: StoredPaper): unknown[] {
  const kept = stored.filter((entry) => storedDate(entry) !== paper.date);
  kept.push(paper);
  // A stable sort: entries with no readable date keep their place at the front, in their order.
  return kept.sort((a, b) => compare(storedDate(a) ?? '', storedDate(b) ?? ''));
}

/**
 * The paper this one is compared with: the latest readable paper dated before `date`, or null. Only the entries'
 * dates are looked at until one is chosen, so a workbook with many large papers reads one of them.
 */
export function previousPaper(stored: readonly unknown[], date: IsoDate): RecordedPaper | null {
  const candidates = stored
    .map((entry) => ({ entry, date: storedDate(entry) }))
    .filter((candidate): candidate is { entry: unknown; date: IsoDate } => candidate.date !== null && candidate.date < date)
    .sort((a, b) => compare(b.date, a.date));
  for (const { entry } of candidates) {
    const paper = readStoredPaper(entry);
    if (paper) return paper;
  }
  return null;
}

/** The readable recorded papers, oldest first, for the pane's list. */
export function recordedPapers(stored: readonly unknown[]): RecordedPaper[] {
  return stored
    .map(readStoredPaper)
    .filter((paper): paper is RecordedPaper => paper !== null)
    .sort((a, b) => compare(a.date, b.date));
}

/** An entry's date as stored, without reading the rest of it; null when it has none. */
export function storedDate(entry: unknown): IsoDate | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { date } = entry as { date?: unknown };
  return typeof date === 'string' ? date : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
