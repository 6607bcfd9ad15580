/**
 * Excel's date serials (the 1900 date system, the one every workbook a UK finance team keeps uses) to and from ISO
 * dates, and the 1904 system's offset for the few workbooks saved with it. The one home of the serial arithmetic:
 * the shells, the stored paper and the tests all convert here.
 */
import { civilFromDays, daysFromCivil, isoToDays, isRealDate, parseIso, toIso } from './calendar';
import type { IsoDate } from './types';

/** Excel's largest date, 31/12/9999. */
export const MAX_SERIAL = 2958465;
/** Serial 60 is 29/02/1900, a day that never existed: Excel kept Lotus 1-2-3's leap-year mistake. */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;
/** 1970-01-01 as an Excel serial. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days from 1 January 1904 (serial 0 in the 1904 system) back to Excel's 1900-system day 0. */
export const DAYS_1904 = 1462;

/**
 * An Excel 1900-system serial -> ISO date. The time part (fraction) is ignored.
 * Serial 60 gives '1900-02-29', the day Excel shows for it although it never existed; readDateCell reports it as impossible.
 * @throws RangeError for serials Excel cannot show as a date (below 1 or after 31/12/9999); check first with isDateSerial.
 * @example serialToIsoDate(45597) === '2024-11-01'; serialToIsoDate(1) === '1900-01-01'; serialToIsoDate(61) === '1900-03-01'
 */
export function serialToIsoDate(serial: number): IsoDate {
  const whole = Math.floor(serial);
  if (!isDateSerial(whole)) throw new RangeError(`${serial} is not an Excel date serial`);
  if (whole === FICTITIOUS_LEAP_DAY_SERIAL) return '1900-02-29';
  // Before the fictitious leap day Excel's count is one day behind the real calendar.
  const days = whole < FICTITIOUS_LEAP_DAY_SERIAL ? whole - UNIX_EPOCH_SERIAL + 1 : whole - UNIX_EPOCH_SERIAL;
  const { year, month, day } = civilFromDays(days);
  return toIso(year, month, day);
}

/** True for numbers Excel can show as a date: 1 (01/01/1900) to 2958465 (31/12/9999), time part allowed. */
export function isDateSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value < MAX_SERIAL + 1;
}

/**
 * ISO date -> Excel serial. '1900-02-29' gives 60, as Excel's own serials do.
 * @throws RangeError for text that is not a real YYYY-MM-DD date from 1900 to 9999.
 * @example isoDateToSerial('2024-11-01') === 45597
 */
export function isoDateToSerial(iso: IsoDate): number {
  const parts = parseIso(iso);
  if (parts && parts.year === 1900 && parts.month === 2 && parts.day === 29) return FICTITIOUS_LEAP_DAY_SERIAL;
  if (!parts || parts.year < 1900 || !isRealDate(parts.year, parts.month, parts.day)) {
    throw new RangeError(`${iso} is not a date Excel can hold`);
  }
  const serial = daysFromCivil(parts.year, parts.month, parts.day) + UNIX_EPOCH_SERIAL;
  return serial <= FICTITIOUS_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

/**
 * Days since 30/12/1899 for any date from the year 1 to 9999, with no fictitious leap day: the same number as
 * Excel's serial for every date from 01/03/1900, and defined for dates Excel cannot hold, so a recorded paper
 * (movement/storedPaper.ts) can keep any date as a whole number and read it back.
 * @example dayCount('2024-11-01') === 45597
 */
export function dayCount(iso: IsoDate): number {
  return isoToDays(iso) + UNIX_EPOCH_SERIAL;
}

/** The inverse of dayCount. @example dayCountToIsoDate(45597) === '2024-11-01' */
export function dayCountToIsoDate(count: number): IsoDate {
  const { year, month, day } = civilFromDays(Math.trunc(count) - UNIX_EPOCH_SERIAL);
  return toIso(year, month, day);
}
