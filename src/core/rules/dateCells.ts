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
 * Every date cell of the plan and actions tables that did not read as a date (the only ones a date rule reports). A planned start that held neither a date nor a planning word
 * is read again as a date, so "30/02/2025" there gets the same finding as in a deadline.
 */
export function dateCells(context: RuleContext): DateCell[] {
  // Three rules look at the same cells: list them once per validation run.
  const known = listed.get(context);
  if (known) return known;
  const { plan, actions } = context;
  const cells: DateCell[] = [];
  for (const row of plan) {
    if (row.plannedStart.kind === 'unreadable') {
      cells.push({ label: 'planned start', reading: readDateCell(row.plannedStartText), ref: row.plannedStartRef ?? row.ref });
    }
  }
  for (const action of actions) {
    if (action.deadline.kind !== 'date') {
      cells.push({ label: 'deadline', reading: action.deadline, ref: action.deadlineRef ?? action.ref });
    }
    if (action.revisedDeadlineRef && action.revisedDeadline.kind !== 'date') {
      cells.push({ label: 'revised deadline', reading: action.revisedDeadline, ref: action.revisedDeadlineRef });
    }
    if (action.signoff.kind !== 'date') {
      cells.push({ label: 'sign-off date', reading: action.signoff, ref: action.signoffRef ?? action.ref });
    }
  }
  listed.set(context, cells);
  return cells;
}

const listed = new WeakMap<RuleContext, DateCell[]>();
