/**
 * Excel number formats as they bear on dates: whether a format shows a date, and a date serial shown the way its
 * cell's format shows it.
 */
import { MONTH_NAMES, pad, parseIso } from './calendar';
import { serialToIsoDate } from './serials';
import { formatUkDate } from './ukDates';

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
  const codes = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  return /[dy]/.test(codes) || /m{3,}/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
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
  const format = (numberFormat ?? '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/;.*$/, '')
    .trim();
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
