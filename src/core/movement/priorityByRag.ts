import type { SummaryTable } from '../types';
import { columns, type ColumnSpec } from '../summaryValues';
import { isOverdue, type CurrentAction, type PaperSnapshot } from './paper';
import { priorityRows } from './tableParts';

/**
 * Actions by priority against their RAG position, as Leicestershire's paper prints it: outstanding past target
 * (red), outstanding within target (amber), implemented (green), closed without implementation (grey), total. A
 * column for actions implemented but awaiting verification appears only when there are some.
 */
export function priorityByRag(snapshot: PaperSnapshot): SummaryTable {
  const awaiting = snapshot.actions.some((action) => action.disposition === 'awaiting-verification');
  const count = (group: readonly CurrentAction[]): number[] => {
    let past = 0;
    let within = 0;
    let implemented = 0;
    let verifying = 0;
    let closed = 0;
    for (let i = 0; i < group.length; i++) {
      const action = group[i];
      if (action.disposition === 'implemented') implemented++;
      else if (action.disposition === 'awaiting-verification') verifying++;
      else if (action.disposition === 'closed-without-implementation') closed++;
      else if (isOverdue(action, snapshot.date)) past++;
      else within++;
    }
    return awaiting ? [past, within, implemented, verifying, closed, group.length] : [past, within, implemented, closed, group.length];
  };
  const rows = priorityRows(snapshot.actions, count);
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
