/**
 * What Excel would show in a cell: the value run through its number format, and how Excel aligns it by default.
 * Covers the formats this workbook family uses (UK dates, whole numbers, percentages, text, General), not the whole
 * number-format language: anything else falls back to General, which is what a reader needs to see the value.
 * Which formats are dates and which day a serial is are the engine's answers (core's numberFormats.ts and serials.ts), so
 * the preview shows a date exactly where the engine reads one.
 */
import { dayOfWeek, MONTH_NAMES, pad, parseIso, WEEKDAY_NAMES } from '../core/calendar';
import { looksLikeDateFormat } from '../core/numberFormats';
import { isDateSerial, serialToIsoDate } from '../core/serials';
import { formatUkDate } from '../core/ukDates';
import type { CellValue, IsoDate } from '../core/types';

export type Alignment = 'left' | 'right' | 'center';

export interface DisplayValue {
  text: string;
  align: Alignment;
}

/** Strips quoted literals, escapes and [colour]/[locale] sections so only the format's tokens are left to inspect. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** Formats a date with Excel's day, month and year codes (the format's first section). */
export function formatDate(iso: IsoDate, format: string): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  const { year, month, day } = parts;
  const weekday = WEEKDAY_NAMES[dayOfWeek(year, month, day)];
  const monthName = MONTH_NAMES[month - 1];
  const section = format.split(';')[0].replace(/\[[^\]]*\]/g, '');
  return section.replace(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi, (token, quoted?: string, escaped?: string) => {
    if (quoted !== undefined) return quoted;
    if (escaped !== undefined) return escaped;
    switch (token.toLowerCase()) {
      case 'yyyy':
        return pad(year, 4);
      case 'yy':
        return pad(year % 100, 2);
      case 'mmmm':
        return monthName;
      case 'mmm':
        return monthName.slice(0, 3);
      case 'mm':
        return pad(month, 2);
      case 'm':
        return String(month);
      case 'dddd':
        return weekday;
      case 'ddd':
        return weekday.slice(0, 3);
      case 'dd':
        return pad(day, 2);
      default:
        return String(day);
    }
  });
}

/**
 * The date a number shows under its format, when the format is a date format and the number one of Excel's date
 * serials (1, 01/01/1900, to 31/12/9999); null for anything else, which is then shown as a number.
 */
function dateShown(value: number, numberFormat: string | undefined): IsoDate | null {
  return looksLikeDateFormat(numberFormat) && isDateSerial(value) ? serialToIsoDate(value) : null;
}

/** Excel's General format: up to 11 significant digits, no trailing zeros. */
function general(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  return String(Number(value.toPrecision(11)));
}

function formatNumber(value: number, format: string | undefined): string {
  const tokens = format ? formatTokens(format.split(';')[value < 0 && format.includes(';') ? 1 : 0]) : '';
  if (!format || /^general$/i.test(format.trim()) || !/[0#?]/.test(tokens)) return general(value);
  const percent = tokens.includes('%');
  const scaled = percent ? value * 100 : value;
  const decimals = /\.([0#?]+)/.exec(tokens)?.[1].length ?? 0;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = tokens.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = scaled < 0 && !format.includes(';') && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`;
}

/** Excel's error values, which it shows centred. */
const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/**
 * @example displayValue(45351, 'dd/mm/yyyy') -> { text: '29/02/2024', align: 'right' }
 * @example displayValue('#N/A') -> { text: '#N/A', align: 'center' }
 */
export function displayValue(value: CellValue | undefined, numberFormat?: string): DisplayValue {
  if (value === null || value === undefined || value === '') return { text: '', align: 'left' };
  if (typeof value === 'number') {
    const date = dateShown(value, numberFormat);
    if (date !== null) return { text: formatDate(date, numberFormat!), align: 'right' };
    if (numberFormat === '@') return { text: general(value), align: 'left' };
    return { text: formatNumber(value, numberFormat), align: 'right' };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', align: 'center' };
  if (ERRORS.has(value)) return { text: value, align: 'center' };
  return { text: value, align: 'left' };
}

/**
 * What the cell editor starts with, as Excel's formula bar shows it: dates as dd/mm/yyyy, numbers in full (not as
 * formatted), text as it is.
 */
export function editText(value: CellValue | undefined, numberFormat?: string): string {
  if (typeof value === 'number') {
    const date = dateShown(value, numberFormat);
    return date !== null ? formatUkDate(date) : general(value);
  }
  return displayValue(value, numberFormat).text;
}
