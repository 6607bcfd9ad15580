/** One-line accounts of the movement and of recording, for the pane (which computes nothing itself). */
import { formatUkDate } from '../ukDates';
import { plural } from '../wording';
import type { PaperComparison } from './comparePaper';
import { movementSentences } from './movementNarrative';
import type { RecordedPaper } from './paper';

/**
 * What moved since the last recorded paper, as the narrative says it, or why there is nothing to show yet.
 *
 * @example describeMovement(analysis.paper) // 'Since the last paper (31/07/2024) 2 actions have been implemented ...'
 */
export function describeMovement(comparison: PaperComparison): string {
  if (!comparison.movement) {
    return `No paper dated before ${formatUkDate(comparison.snapshot.date)} is recorded in this workbook, so there is no movement to show yet. Record this paper, and the next one will show what moved since.`;
  }
  return movementSentences(comparison.movement, comparison.snapshot).join(' ');
}

/** "11 actions, 4 open, 3 overdue": a recorded paper's headline figures. */
export function describeFigures(paper: Pick<RecordedPaper, 'figures'>): string {
  const { actions, open, overdue } = paper.figures;
  return `${plural(actions, 'action')}, ${open} open, ${overdue} overdue`;
}

/**
 * @example describeRecording({ date: '2024-10-31', figures }, false) // 'Recorded the paper of 31/10/2024: 11 actions, 4 open, 3 overdue.'
 */
export function describeRecording(paper: Pick<RecordedPaper, 'date' | 'figures'>, replaced: boolean): string {
  const what = `Recorded the paper of ${formatUkDate(paper.date)}: ${describeFigures(paper)}.`;
  return replaced ? `${what} It replaces the one recorded before for that date.` : what;
}
