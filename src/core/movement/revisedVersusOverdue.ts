import type { SummaryTable } from '../types';
import { columns } from '../summaryValues';
import { isOverdue, type CurrentAction, type PaperSnapshot } from './paper';
import { paperPriorityOrder, priorityRows } from './tableParts';

/**
 * Open actions past their original deadline, split as SWAP's papers split them: those with a revised date agreed
 * and not yet reached, apart from those overdue against their current date (revised or never revised). Committees
 * challenge the first group's extensions and chase the second.
 */
export function revisedVersusOverdue(snapshot: PaperSnapshot): SummaryTable {
  const past = snapshot.actions.filter(
    (action) => action.disposition === 'open' && action.originalDeadline !== null && action.originalDeadline < snapshot.date,
  );
  // Columns: revised and not yet reached, overdue against a revised date, overdue never revised, total.
  const tally = (counts: number[], action: CurrentAction) => {
    if (!isOverdue(action, snapshot.date)) counts[0]++;
    else if (action.revisions > 0) counts[1]++;
    else counts[2]++;
    counts[3]++;
  };
  const rows = priorityRows(past, paperPriorityOrder(snapshot), 4, tally);
  return {
    kind: 'table',
    id: 'revised-vs-overdue',
    title: 'Open actions past their original deadline: revised or overdue',
    columns: columns(
      [
        ['Priority', 'text'],
        ['Revised date agreed, not yet reached', 'number'],
        ['Overdue against a revised date', 'number'],
        ['Overdue, never revised', 'number'],
        ['Total past the original date', 'number'],
      ],
      rows,
    ),
    rows,
    emptyText: 'No open action is past its original deadline.',
  };
}
