import { compareWithPrevious, type Movement } from './compareWithPrevious';
import { headlineFigures } from './headlineFigures';
import type { HeadlineFigures, PaperSnapshot, RecordedPaper } from './paper';
import { periodImplementation, type PeriodImplementation } from './periodImplementation';
import { previousPaper } from './recordedPapers';

/** This paper beside the last one recorded before it: what the summary's movement blocks and recording need. */
export interface PaperComparison {
  /** This paper, as it would be recorded. */
  snapshot: PaperSnapshot;
  /** The actions due since the last meeting (or, with no meeting date set, since the last recorded paper). */
  period: PeriodImplementation | null;
  figures: HeadlineFigures;
  /** The latest readable paper recorded before this paper's date, or null. */
  previous: RecordedPaper | null;
  movement: Movement | null;
}

/**
 * @param stored the data sheet's recorded papers as stored (StoredData.papers); unreadable entries are passed over.
 * @example comparePaper(snapshotOf(analysis), cells.stored?.papers ?? []).movement?.overdueNow // 6
 */
export function comparePaper(snapshot: PaperSnapshot, stored: readonly unknown[]): PaperComparison {
  const previous = previousPaper(stored, snapshot.date);
  const period = periodImplementation(snapshot.actions, snapshot.since ?? previous?.date ?? null, snapshot.date);
  return {
    snapshot,
    period,
    figures: headlineFigures(snapshot, period),
    previous,
    movement: previous ? compareWithPrevious(previous, snapshot) : null,
  };
}
