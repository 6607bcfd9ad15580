import { readDateCell } from '../readDate';
import { cellOf } from '../readActionRows';
import { cellIn } from './actionName';
import type { CellRef, DateReading } from '../types';
import type { CheckContext } from './checkContext';

/** One date cell to check, with the words a message uses for it ("deadline", "sign-off date"). */
export interface DateCell {
  label: string;
  reading: DateReading;
  ref: CellRef;
}

/**
 * Every date cell of the plan and actions tables that holds something wrong: an impossible, American or unreadable
 * date (the only readings a date check reports; blanks and placeholders such as TBC are left to missing-deadline, which
 * reads the rows itself). A planned start that held neither a date nor a planning word is read again as a date, so
 * "30/02/2025" there gets the same finding as in a deadline.
 *
 * Speed: three checks (impossible-date, us-date, unreadable-date) look at the same cells, so the list is made once
 * per run of the checks (kept by context). Only wrong cells are listed, so a clean 20,000-action tracker builds none
 * of the 40,000 entries no check would look at. The loop over actions is indexed: a closure per action (forEach) or an
 * iterator step per action (for...of), before the function is optimised, made most of the garbage the checks made.
 */
export function dateCells(context: CheckContext): DateCell[] {
  const known = listed.get(context);
  if (known) return known;
  const { plan, actions } = context;
  const cells: DateCell[] = [];
  for (const row of plan) {
    if (row.plannedStart.kind === 'unreadable') {
      const reading = readDateCell(row.plannedStartText);
      if (isWrong(reading)) cells.push({ label: 'planned start', reading, ref: row.plannedStartRef ?? row.ref });
    }
  }
  for (let a = 0; a < actions.length; a += 1) {
    const action = actions[a];
    const { columns, revisedDeadlines } = action;
    if (isWrong(action.deadline)) {
      cells.push({ label: 'deadline', reading: action.deadline, ref: cellIn(action, columns.deadline) ?? action.ref });
    }
    for (let i = 0; i < revisedDeadlines.length; i += 1) {
      const reading = revisedDeadlines[i];
      if (isWrong(reading)) cells.push({ label: 'revised deadline', reading, ref: cellOf(action, columns.revisions[i]) });
    }
    if (isWrong(action.signoff)) {
      cells.push({ label: 'sign-off date', reading: action.signoff, ref: cellIn(action, columns.signoff) ?? action.ref });
    }
  }
  listed.set(context, cells);
  return cells;
}

const listed = new WeakMap<CheckContext, DateCell[]>();

/** Readings a date check reports: not a date, not blank, not a placeholder. */
function isWrong(reading: DateReading): boolean {
  return reading.kind === 'impossible' || reading.kind === 'us-format' || reading.kind === 'unreadable';
}
