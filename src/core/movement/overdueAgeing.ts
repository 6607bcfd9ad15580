import { daysInMonth } from '../calendar';
import { columns } from '../summaryValues';
import type { IsoDate, SummaryTable } from '../types';
import { isOverdue, type CurrentAction, type PaperSnapshot } from './paper';
import { paperPriorityOrder, priorityRows } from './tableParts';

/** The ageing bands, in months past the original deadline (Flintshire reports actions over six months past it). */
const BANDS = [3, 6, 12] as const;

/**
 * Overdue actions by how long they are past their **original** deadline, so an action re-dated twice still shows
 * its full age: up to 3 months, 3 to 6, 6 to 12, over 12.
 */
export function overdueAgeing(snapshot: PaperSnapshot): SummaryTable {
  const overdue = snapshot.actions.filter((action) => isOverdue(action, snapshot.date));
  const bandOf = ageBands(snapshot.date);
  // Columns: one per band (BANDS.length + 1 of them), then the total.
  const total = BANDS.length + 1;
  const tally = (counts: number[], action: CurrentAction) => {
    counts[bandOf(action.originalDeadline ?? action.deadline!)]++;
    counts[total]++;
  };
  const rows = priorityRows(overdue, paperPriorityOrder(snapshot), total + 1, tally);
  return {
    kind: 'table',
    id: 'overdue-ageing',
    title: 'Overdue actions by time past the original deadline',
    columns: columns(
      [
        ['Priority', 'text'],
        ['Up to 3 months', 'number'],
        ['3 to 6 months', 'number'],
        ['6 to 12 months', 'number'],
        ['Over 12 months', 'number'],
        ['Total', 'number'],
      ],
      rows,
    ),
    rows,
    emptyText: 'No actions are overdue.',
  };
}

/**
 * The band of an original deadline on the paper's `date`: 0 for up to 3 months past it (on or after the date three
 * calendar months before the paper), 1 for 3 to 6, 2 for 6 to 12, 3 for more. The three limits are worked out
 * once, so banding thousands of overdue actions is three comparisons each.
 */
export function ageBands(date: IsoDate): (original: IsoDate) => number {
  const limits = BANDS.map((months) => addMonths(date, -months));
  return (original) => {
    for (let index = 0; index < limits.length; index++) if (original >= limits[index]) return index;
    return limits.length;
  };
}

/**
 * The same day `months` calendar months later (or earlier, for a negative count), or the month's last day when it
 * is shorter (31/08 + 6 = 28/02).
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [year, month, day] = iso.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = (total % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}
