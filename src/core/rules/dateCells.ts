import { readDateCell } from '../dates';
import type { CellRef, DateReading } from '../types';
import type { RuleContext } from './ruleContext';

/** One date cell to check, with the words a message uses for it ("deadline", "sign-off date"). */
export interface DateCell {
  label: string;
  reading: DateReading;
  ref: CellRef;
}

/**
 * Every date cell of the plan and actions tables. A planned start that held neither a date nor a planning word
 * is read again as a date, so "30/02/2025" there gets the same finding as in a deadline.
 */
export function dateCells({ plan, actions }: RuleContext): DateCell[] {
  const cells: DateCell[] = [];
  for (const row of plan) {
    if (row.plannedStart.kind === 'unreadable') {
      cells.push({ label: 'planned start', reading: readDateCell(row.plannedStartText), ref: row.plannedStartRef ?? row.ref });
    }
  }
  for (const action of actions) {
    cells.push({ label: 'deadline', reading: action.deadline, ref: action.deadlineRef ?? action.ref });
    if (action.revisedDeadlineRef) {
      cells.push({ label: 'revised deadline', reading: action.revisedDeadline, ref: action.revisedDeadlineRef });
    }
    cells.push({ label: 'sign-off date', reading: action.signoff, ref: action.signoffRef ?? action.ref });
  }
  return cells;
}
