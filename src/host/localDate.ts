/**
 * Dates on the user's own calendar, the one place any shell turns the clock or a date picker's `Date` into the
 * engine's ISO date: the command line, the ribbon, the pane and the preview all date "today" this way. A paper dated
 * "today" in London is dated by the local calendar, not UTC's (which is still yesterday after midnight in summer).
 * The engine itself never reads the clock; callers pass it the date.
 */
import { toIso } from '../core/calendar';
import type { IsoDate } from '../core/types';

/** A `Date`'s day on the local calendar. @example localDateToIso(new Date(2024, 6, 24, 23, 30)) === '2024-07-24' */
export function localDateToIso(date: Date): IsoDate {
  return toIso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The `Date` at local midnight of an ISO date, for a date picker (which works in local time). */
export function isoToLocalDate(iso: IsoDate): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Today where the user is. Asked at each use, so a pane left open overnight dates the next paper by the new day. */
export function localToday(now: Date = new Date()): IsoDate {
  return localDateToIso(now);
}
