import type { SummaryTable } from '../types';
import { columns, type ColumnSpec } from '../summaryValues';
import { isOverdue, type CurrentAction, type PaperSnapshot } from './paper';
import { paperPriorityOrder, priorityRows } from './tableParts';

/**
 * Actions by priority against their RAG position, as Leicestershire's paper prints it: outstanding past target
 * (red), outstanding within target (amber), implemented (green), closed without implementation (grey), total. A
 * column for actions implemented but awaiting verification appears only when there are some.
 */
export function priorityByRag(snapshot: PaperSnapshot): SummaryTable {
  const awaiting = snapshot.actions.some((action) => action.disposition === 'awaiting-verification');
  // Columns: past target, within target, implemented, awaiting verification (only when some are), closed without
  // implementation, total.
  const verifying = 3;
  const closed = awaiting ? 4 : 3;
  const total = closed + 1;
  const tally = (counts: number[], action: CurrentAction) => {
    if (action.disposition === 'implemented') counts[2]++;
    else if (action.disposition === 'awaiting-verification') counts[verifying]++;
    else if (action.disposition === 'closed-without-implementation') counts[closed]++;
    else if (isOverdue(action, snapshot.date)) counts[0]++;
    else counts[1]++;
    counts[total]++;
  };
  const rows = priorityRows(snapshot.actions, paperPriorityOrder(snapshot), total + 1, tally);
  const specs: ColumnSpec[] = [
    ['Priority', 'text'],
    ['Outstanding past target', 'number'],
    ['Outstanding within target', 'number'],
    ['Implemented', 'number'],
    ...(awaiting ? [['Implemented, awaiting verification', 'number'] as ColumnSpec] : []),
    ['Closed without implementation', 'number'],
    ['Total', 'number'],
  ];
  return {
    kind: 'table',
    id: 'priority-by-rag',
    title: 'Actions by priority and RAG status',
    columns: columns(specs, rows),
    rows,
    emptyText: 'No actions were found in the audit action tracker.',
  };
}
