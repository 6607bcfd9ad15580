import type { IsoDate } from '../../core/types';

/** Today's date where the user is (a paper dated in the UK is dated by the local calendar, not UTC). */
export function localToday(now: Date = new Date()): IsoDate {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
