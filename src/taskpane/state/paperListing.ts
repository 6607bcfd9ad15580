import { describeFigures } from '../../core/movement/describeMovement';
import type { RecordedPaper } from '../../core/movement/paper';
import { recordedPapers } from '../../core/movement/recordedPapers';
import type { WorkbookCells } from '../../core/types';
import type { PaperListing } from './paneState';

/** The pane's list entry for each recorded paper, oldest first. */
export function paperListings(papers: readonly RecordedPaper[]): PaperListing[] {
  return papers.map((paper) => ({ date: paper.date, since: paper.since, figures: describeFigures(paper) }));
}

/** The papers recorded in a workbook as read (its data sheet's record). */
export function listedPapers(cells: WorkbookCells): PaperListing[] {
  return paperListings(recordedPapers(cells.stored?.papers ?? []));
}
