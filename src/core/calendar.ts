/**
 * Calendar arithmetic on whole days since 1970-01-01 (Howard Hinnant's civil-date algorithms) and the month names
 * and two-digit years people write, shared by the date modules (serials.ts, readDate.ts, ukDates.ts). No Date
 * objects: no time zone or daylight-saving change can move a date by a day.
 *
 * Two rules for a two-digit year, on purpose, because they answer two different questions:
 * - typedYear: what Excel stores when someone types "6/12/45" into a cell. Excel follows Windows' "Century
 *   interpretation for Year 2000" setting, whose default cut-off is 2029: 00-29 are 2000-2029 and 30-99 are
 *   1930-1999 (Microsoft, "Century interpretation for Year 2000", Group Policy reference). The file shell's typing
 *   (file/typedInput.ts) must store what Excel would, so it uses this rule.
 * - expandYear: what a two-digit year means in text a tracker kept as text ("31/03/35", "Mar-45"). Excel never
 *   turned that text into a date, so nothing of Excel's is to be matched; the cells are deadlines and audit dates,
 *   which look forward, so 00-79 are 2000-2079 and only 80-99 are the 1900s. Reading "31/03/35" as 1935 would make a
 *   live deadline ninety years overdue.
 */
import type { IsoDate } from './types';

/** Days since 1970-01-01 for a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: (month <= 2 ? 1 : 0) + yoe + era * 400, month, day };
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (Gregorian leap years). Plain arithmetic because it runs for every date cell read; the test checks
 * it against date-fns' getDaysInMonth.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIso(iso: IsoDate): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A month name or its usual abbreviation ("Sept", "Dec.") -> 1-12, or null. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** 0 (Sunday) to 6 (Saturday), an index into WEEKDAY_NAMES. 1970-01-01 was a Thursday. */
export function dayOfWeek(year: number, month: number, day: number): number {
  return (((daysFromCivil(year, month, day) + 4) % 7) + 7) % 7;
}

/**
 * The year Excel stores for a two-digit year typed into a cell: 00-29 are 2000-2029 and 30-99 are 1930-1999 (the
 * Windows default cut-off, 2029, which Excel follows; see the module comment for why expandYear differs).
 */
export function typedYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/**
 * A two-digit year in text a tracker kept as text: 00-79 -> 2000-2079, 80-99 -> 1980-1999; four-digit years
 * unchanged. Not Excel's typing rule (typedYear): see the module comment.
 */
export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < 80 ? 2000 + n : 1900 + n;
}

/**
 * Day numbers of ISO dates already worked out: classifying 20,000 actions asks for the same few hundred deadlines
 * thousands of times, and each parse allocates a match array and its strings. Bounded, cleared when full.
 */
const DAY_NUMBERS = new Map<IsoDate, number>();

/**
 * Days since 1970-01-01 for a real YYYY-MM-DD date.
 * @throws RangeError for text that is not one.
 */
export function isoToDays(iso: IsoDate): number {
  let days = DAY_NUMBERS.get(iso);
  if (days === undefined) {
    const parts = parseIso(iso);
    if (!parts || !isRealDate(parts.year, parts.month, parts.day)) throw new RangeError(`${iso} is not a YYYY-MM-DD date`);
    days = daysFromCivil(parts.year, parts.month, parts.day);
    if (DAY_NUMBERS.size >= 20000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(iso, days);
  }
  return days;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2024-10-30', '2024-11-01') === 2
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDays(to) - isoToDays(from);
}

/** @example addDays('2024-12-31', 1) === '2025-01-01' */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const { year, month, day } = civilFromDays(isoToDays(iso) + Math.trunc(days));
  return toIso(year, month, day);
}
