/**
 * Dates as UK finance teams keep them in Excel: 1900-system serials, UK text dates and ISO dates.
 *
 * Calendar arithmetic is done on whole days since 1970-01-01 (Howard Hinnant's civil-date algorithms), not with
 * `Date` objects, so no time zone or daylight-saving change can move a date by a day, and reading 60,000 cells stays
 * cheap.
 *
 * Two-digit years: 00-79 are 2000-2079 and 80-99 are 1980-1999 (the same pivot idea Excel uses, set later because
 * audit papers talk about the future, not the 1930s).
 */
import { civilFromDays, daysFromCivil, daysInMonth, expandYear, isRealDate, monthNumber, MONTH_NAMES, pad, parseIso, toIso } from './calendar';
import { cellText } from './cellText';
import { quarterEnd, readQuarter } from './quarters';
import type { CellValue, DateReading, IsoDate } from './types';

// Callers have always found these here; the calendar itself lives in calendar.ts.
export { daysInMonth, expandYear, monthNumber, MONTH_NAMES } from './calendar';

/** Excel's largest date, 31/12/9999. */
export const MAX_SERIAL = 2958465;
/** Serial 60 is 29/02/1900, a day that never existed: Excel kept Lotus 1-2-3's leap-year mistake. */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;
/** 1970-01-01 as an Excel serial. */
const UNIX_EPOCH_SERIAL = 25569;

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

/** @example formatUkDate('2024-12-06') === '06/12/2024' */
export function formatUkDate(iso: IsoDate): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  return `${pad(parts.day, 2)}/${pad(parts.month, 2)}/${pad(parts.year, 4)}`;
}

/**
 * Day numbers of ISO dates already worked out: classifying 20,000 actions asks for the same few hundred deadlines
 * thousands of times, and each parse allocates a match array and its strings. Bounded like SERIAL_READINGS.
 */
const DAY_NUMBERS = new Map<IsoDate, number>();

function isoToDays(iso: IsoDate): number {
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

/** Words that mean "no date yet". Compared after lower-casing and dropping dots and brackets. */
const PLACEHOLDERS = new Set([
  'tbc', 'tba', 'tbd', 'tbcd', 'n/a', 'na', 'nk', 'not known', 'unknown', 'to be confirmed', 'to be agreed',
  'to be advised', 'to be determined', 'to be decided', 'not applicable', 'not yet agreed', 'pending', 'none', '?', '-',
  '--', '\u2013', '\u2014', 'x',
]);

/** True for "TBC", "TBA", "N/A", "-", "to be confirmed", and text that starts with TBC/TBA/TBD ("TBC (Q4)"). */
export function isPlaceholder(text: string): boolean {
  const key = text.toLowerCase().replace(/[.()[\]]/g, '').replace(/\s+/g, ' ').trim();
  if (PLACEHOLDERS.has(key)) return true;
  return /^(tbc|tba|tbd)\b/.test(key);
}

const TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm))?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const ISO_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const WORDY_DMY = /^(?:(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s/.-]*([a-z]+)\.?,?[\s/.-]*(\d{4}|\d{2})$/i;
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
const REVISED_TO = /^(.+?)\s*[-\u2013\u2014;,]?\s*\(?\b(?:revised|extended|moved|new)\b(?:\s+(?:target|due|deadline|implementation))?(?:\s+date)?(?:\s+(?:to|of|is|now))?\s*:?\s+(.+?)\)?$/i;
/** "30/06/2024 (revised from 31/03/2024)": the revision, then the date it replaced. */
const REVISED_FROM = /^(.+?)\s*[-\u2013(]?\s*\b(?:revised|extended|moved) from\s+(.+?)\)?$/i;

/** Reads text that should be a date. Never throws. */
function readDateText(text: string): DateReading {
  if (isPlaceholder(text)) return { kind: 'placeholder', text };
  const single = readOneDate(text);
  if (single.kind === 'date' || !/\b(revised|rev|extended|amended|moved|new)\b/i.test(text)) return single;
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
  const bare = text.replace(TIME_SUFFIX, '').trim();

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
 * True when an Excel number format shows a date: it has day, month or year codes outside quoted text and
 * colour/locale brackets, and is not a pure time format.
 * @example looksLikeDateFormat('dd/mm/yyyy') === true; looksLikeDateFormat('0.00') === false
 */
export function looksLikeDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  let known = DATE_FORMAT_CACHE.get(numberFormat);
  if (known === undefined) {
    known = formatHasDateCodes(numberFormat);
    DATE_FORMAT_CACHE.set(numberFormat, known);
  }
  return known;
}

/** A workbook uses a handful of number formats over and over: judge each once. */
const DATE_FORMAT_CACHE = new Map<string, boolean>();

function formatHasDateCodes(numberFormat: string): boolean {
  const codes = numberFormat.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').toLowerCase();
  return /[dy]/.test(codes) || /m{3,}/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
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

/**
 * A date typed as an option (command line, settings): `YYYY-MM-DD` or `dd/mm/yyyy` only, so a mistyped option is
 * rejected rather than guessed.
 * @example parseDateOption('06/12/2024') === '2024-12-06'; parseDateOption('12/31/2024') === null
 */
export function parseDateOption(text: string): IsoDate | null {
  const trimmed = cellText(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return year >= 1900 && isRealDate(year, month, day) ? toIso(year, month, day) : null;
  }
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (uk) {
    const [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    return year >= 1900 && isRealDate(year, month, day) ? toIso(year, month, day) : null;
  }
  return null;
}

/**
 * A date serial as a person sees it in the cell: honours day-first number formats such as 'dd/mm/yy' or 'd mmm yyyy';
 * any other format (including Excel's locale-dependent short date, stored as 'm/d/yy' or 'mm-dd-yy', which a UK
 * Excel shows day first) is shown as dd/mm/yyyy.
 * @example displayDateSerial(45607, 'dd/mm/yy') === '11/11/24'
 */
export function displayDateSerial(serial: number, numberFormat?: string): string {
  const iso = serialToIsoDate(serial);
  const parts = parseIso(iso);
  if (!parts) return iso;
  const format = (numberFormat ?? '').replace(/\[[^\]]*\]/g, '').replace(/;.*$/, '').trim();
  // Weekday names (ddd), times and unusual codes are beyond what a table cell needs: fall back to the plain UK form.
  if (!/^d/i.test(format) || /[hs]|d{3,}|m{5,}/i.test(format)) return formatUkDate(iso);
  return format.replace(/d{1,4}|m{1,5}|y{1,4}|\\(.)|"([^"]*)"/gi, (token, escaped?: string, quoted?: string) => {
    if (escaped !== undefined) return escaped;
    if (quoted !== undefined) return quoted;
    const lower = token.toLowerCase();
    if (lower === 'd') return String(parts.day);
    if (lower === 'dd') return pad(parts.day, 2);
    if (lower === 'm') return String(parts.month);
    if (lower === 'mm') return pad(parts.month, 2);
    if (lower === 'mmm') return MONTH_NAMES[parts.month - 1].slice(0, 3);
    if (lower === 'mmmm') return MONTH_NAMES[parts.month - 1];
    if (lower === 'yy') return pad(parts.year % 100, 2);
    if (lower === 'yyyy' || lower === 'yyy') return pad(parts.year, 4);
    return pad(parts.year % 100, 2);
  });
}
