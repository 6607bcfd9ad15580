/**
 * Reading a cell from a date column into a DateReading: an Excel serial, a UK, ISO or wordy date written as text, a
 * month or a quarter (its last day), a revision written in the cell, a placeholder, or why it is not a date. Every
 * problem comes back as a reading, never an exception, so each bad cell can get its own finding.
 */
import { daysInMonth, expandYear, isRealDate, monthNumber, MONTH_NAMES, toIso } from './calendar';
import { cellText } from './cellText';
import { looksLikeDateFormat } from './numberFormats';
import { isPlaceholder } from './placeholders';
import { quarterEnd, readQuarter } from './quarters';
import { FICTITIOUS_LEAP_DAY_SERIAL, isDateSerial, serialToIsoDate } from './serials';
import type { CellValue, DateReading } from './types';

/**
 * Date columns repeat the same few hundred dates: one reading per serial, shared, keeps 60,000 date cells cheap in
 * time and garbage. Readings are plain data that nothing mutates. Dates from 2000 to 2089 (nearly every date a
 * tracker holds) are kept in an array by day, found by index rather than hashed into a Map, which counted at two
 * or three date cells a row; any other date goes in a Map, bounded.
 */
const WINDOW_FIRST_SERIAL = 36526; // 01/01/2000
const WINDOW_DAYS = 32768;
let windowReadings: (DateReading | undefined)[] | null = null;
const SERIAL_READINGS = new Map<number, DateReading>();
const BLANK_READING: DateReading = { kind: 'blank' };

function serialReading(serial: number): DateReading {
  const day = serial - WINDOW_FIRST_SERIAL;
  if (day >= 0 && day < WINDOW_DAYS) {
    windowReadings ??= new Array<DateReading | undefined>(WINDOW_DAYS);
    return (windowReadings[day] ??= { kind: 'date', date: serialToIsoDate(serial) });
  }
  let reading = SERIAL_READINGS.get(serial);
  if (reading === undefined) {
    reading = { kind: 'date', date: serialToIsoDate(serial) };
    if (SERIAL_READINGS.size >= 20000) SERIAL_READINGS.clear();
    SERIAL_READINGS.set(serial, reading);
  }
  return reading;
}

const TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm))?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const ISO_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const WORDY_DMY =
  /^(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s/.-]*([a-z]+)\.?,?[\s/.-]*(\d{4}|\d{2})$/i;
const WORDY_MDY = /^(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

function dated(year: number, month: number, day: number, text: string): DateReading {
  if (year < 1900) return { kind: 'unreadable', text };
  return isRealDate(year, month, day) ? { kind: 'date', date: toIso(year, month, day) } : { kind: 'impossible', text };
}

/** "March 2024", "Mar-24", "End March 2018", "by end of Sept 2025": a month, read as its last day. */
const MONTH_ONLY = /^(?:(?:by )?(?:the )?end(?: of)?\s+|by\s+)?([a-z]+)\.?[\s/-]+(\d{4}|\d{2})$/i;
/** "31 March 2025 (revised)", "30/06/2024 - revised": the cell says its date is a revision. */
const REVISED_MARK = /\s*[-\u2013(]?\s*\b(?:revised|rev|extended|amended)\b\s*\)?\.?$/i;
/** "March 2015 - revised target date October 2016": the original date, then the revision (Leicestershire PCC). */
const REVISED_TO =
  /^(.+?)\s*[-\u2013\u2014;,]?\s*\(?\b(?:revised|extended|moved|new)\b(?:\s+(?:target|due|deadline|implementation))?(?:\s+date)?(?:\s+(?:to|of|is|now))?\s*:?\s+(.+?)\)?$/i;
/** "30/06/2024 (revised from 31/03/2024)", "30/06/2025 (was 31/03/2025)": the revision, then the date it replaced. */
const REVISED_FROM = /^(.+?)\s*[-\u2013(]?\s*\b(?:(?:revised|extended|moved) from|was|previously|originally|formerly)\s+(.+?)\)?$/i;
/** Words around a date that do not change it: "By 31/03/2025", "Due 30 June 2025", "31 March 2025 and ongoing". */
const LEADING_WORDS = /^(?:by|due(?: by)?|before|on or before|no later than|not later than|deadline:?|target(?: date)?:?)\s+(?=\d)/i;
const TRAILING_WORDS = /\s*[-,;(]?\s*(?:and|then)\s+(?:ongoing|annually|quarterly|monthly|thereafter)\b.*$|\s*\(ongoing\)$/i;

/** Reads text that should be a date. Never throws. */
function readDateText(text: string): DateReading {
  if (isPlaceholder(text)) return { kind: 'placeholder', text };
  const single = readOneDate(text);
  if (single.kind === 'date' || !/\b(revised|rev|extended|amended|moved|new|was|previously|originally|formerly)\b/i.test(text)) return single;
  return readRevisedDate(text) ?? single;
}

/** A cell that says its date is a revision, alone or with the date it replaced; null when it is not one of these. */
function readRevisedDate(text: string): DateReading | null {
  const from = REVISED_FROM.exec(text);
  if (from) {
    const later = readOneDate(from[1]);
    const earlier = readOneDate(from[2]);
    if (later.kind === 'date') return { kind: 'date', date: later.date, earlier: earlier.kind === 'date' ? earlier.date : null };
  }
  const to = REVISED_TO.exec(text);
  if (to) {
    const earlier = readOneDate(to[1]);
    const later = readOneDate(to[2]);
    if (later.kind === 'date') return { kind: 'date', date: later.date, earlier: earlier.kind === 'date' ? earlier.date : null };
  }
  if (REVISED_MARK.test(text)) {
    const date = readOneDate(text.replace(REVISED_MARK, ''));
    if (date.kind === 'date') return { kind: 'date', date: date.date, earlier: null };
  }
  return null;
}

/** One date written as text. */
function readOneDate(text: string): DateReading {
  const bare = text.trim().replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').replace(TIME_SUFFIX, '').trim();

  const iso = ISO_YMD.exec(bare);
  if (iso) return dated(Number(iso[1]), Number(iso[3]), Number(iso[4]), text);

  const dmy = NUMERIC_DMY.exec(bare);
  if (dmy) {
    const first = Number(dmy[1]);
    const second = Number(dmy[3]);
    const year = expandYear(dmy[4]);
    if (year < 1900) return { kind: 'unreadable', text };
    if (isRealDate(year, second, first)) return { kind: 'date', date: toIso(year, second, first) };
    // 12/31/2024 cannot be UK (no month 31) but is a real American date: say so, so the finding can suggest the fix.
    if (second > 12 && isRealDate(year, first, second)) return { kind: 'us-format', text, usDate: toIso(year, first, second) };
    return { kind: 'impossible', text };
  }

  const wordy = WORDY_DMY.exec(bare);
  if (wordy) {
    const month = monthNumber(wordy[2]);
    if (month !== null) return dated(expandYear(wordy[3]), month, Number(wordy[1]), text);
  }
  const mdy = WORDY_MDY.exec(bare);
  if (mdy) {
    // "December 6, 2024" names its month, so it is not ambiguous and reads as a date.
    const month = monthNumber(mdy[1]);
    if (month !== null) return dated(Number(mdy[3]), month, Number(mdy[2]), text);
  }
  const monthOnly = MONTH_ONLY.exec(bare);
  if (monthOnly) {
    // A deadline of "March 2024" is met by the end of March.
    const month = monthNumber(monthOnly[1]);
    const year = expandYear(monthOnly[2]);
    if (month !== null && year >= 1900) return { kind: 'date', date: toIso(year, month, daysInMonth(year, month)) };
  }
  const quarter = readQuarter(bare);
  if (quarter?.financialYear) return { kind: 'date', date: quarterEnd(quarter.quarter, quarter.financialYear) };
  return { kind: 'unreadable', text };
}

/**
 * Reads a cell from a date column. Numbers are Excel serials (the column says they are dates); text is read as a UK
 * date, a month ("March 2024", "End March 2018": its last day), or a revision written in the cell ("31 March 2025
 * (revised)", "March 2015 - revised target date October 2016"). Every problem comes back as a reading, never an
 * exception, so each bad cell can get its own finding.
 *
 * A number whose format is not a date format and which falls in 1900 (serial below 367) is taken to be a number typed
 * into the column by mistake ("3"), not 3 January 1900.
 * @example readDateCell(45597) -> { kind: 'date', date: '2024-11-01' }
 * @example readDateCell('30/02/2024') -> { kind: 'impossible', text: '30/02/2024' }
 * @example readDateCell('12/31/2024') -> { kind: 'us-format', text: '12/31/2024', usDate: '2024-12-31' }
 */
export function readDateCell(value: CellValue | undefined, numberFormat?: string): DateReading {
  if (typeof value === 'number') {
    // The cell's text only for a reading that quotes it: a date column holds tens of thousands of serials, and
    // turning each into a string nobody reads was a string of garbage per cell.
    if (!isDateSerial(value)) return { kind: 'unreadable', text: cellText(value) };
    const serial = Math.floor(value);
    if (numberFormat !== undefined && serial < 367 && !looksLikeDateFormat(numberFormat)) return { kind: 'unreadable', text: cellText(value) };
    if (serial === FICTITIOUS_LEAP_DAY_SERIAL) return { kind: 'impossible', text: '29/02/1900' };
    return serialReading(serial);
  }
  if (value === '' || value === null || value === undefined) return BLANK_READING;
  const text = cellText(value);
  if (text === '') return BLANK_READING;
  if (typeof value === 'boolean') return { kind: 'unreadable', text };
  return readDateText(text);
}

/**
 * Why a date that looks like dd/mm/yyyy cannot exist, for messages: "February 2024 has 29 days".
 * Null when the text is not a numeric or wordy day-month-year, or the date is real.
 * @example impossibleDateReason('30/02/2024') === 'February 2024 has 29 days'
 */
export function impossibleDateReason(text: string): string | null {
  const bare = cellText(text).replace(TIME_SUFFIX, '').trim();
  let day: number;
  let month: number | null;
  let year: number;
  const dmy = NUMERIC_DMY.exec(bare);
  const wordy = WORDY_DMY.exec(bare);
  if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[3]);
    year = expandYear(dmy[4]);
  } else if (wordy) {
    day = Number(wordy[1]);
    month = monthNumber(wordy[2]);
    year = expandYear(wordy[3]);
  } else if (bare === '29/02/1900') {
    return 'February 1900 had 28 days (Excel shows a 29 February 1900 that never existed)';
  } else {
    return null;
  }
  if (month === null) return null;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (year === 1900 && month === 2 && day === 29) {
    return 'February 1900 had 28 days (Excel shows a 29 February 1900 that never existed)';
  }
  if (year < 1 || year > 9999) return null;
  const length = daysInMonth(year, month);
  if (day >= 1 && day <= length) return null;
  if (day < 1) return 'there is no day 0';
  return `${MONTH_NAMES[month - 1]} ${year} has ${length} days`;
}
