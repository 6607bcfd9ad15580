/**
 * What Excel would show in a cell: the value run through its number format, and how Excel aligns it by default.
 * Covers the formats this workbook family uses (UK dates, whole numbers, percentages, text, General), not the whole
 * number-format language: anything else falls back to General, which is what a reader needs to see the value.
 */
import type { CellValue } from '../core/types';

export type Alignment = 'left' | 'right' | 'center';

export interface DisplayValue {
  text: string;
  align: Alignment;
}

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system (it counts the phantom 29/02/1900, so serials from 61 on line up with this). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Strips quoted literals, escapes and [colour]/[locale] sections so only the format's tokens are left to inspect. */
function formatTokens(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[dy]/i.test(formatTokens(format)) || /(^|[^h:])m{3,}/i.test(formatTokens(format));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a calendar date (read in UTC, as ExcelJS stores them) with Excel's day/month/year tokens. */
export function formatDate(date: Date, format: string): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  const section = format.split(';')[0].replace(/\[[^\]]*\]/g, '');
  return section.replace(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d/gi, (token, quoted?: string, escaped?: string) => {
    if (quoted !== undefined) return quoted;
    if (escaped !== undefined) return escaped;
    switch (token.toLowerCase()) {
      case 'yyyy': return String(year);
      case 'yy': return pad(year % 100);
      case 'mmmm': return MONTHS[month];
      case 'mmm': return MONTHS[month].slice(0, 3);
      case 'mm': return pad(month + 1);
      case 'm': return String(month + 1);
      case 'dddd': return DAYS[date.getUTCDay()];
      case 'ddd': return DAYS[date.getUTCDay()].slice(0, 3);
      case 'dd': return pad(day);
      default: return String(day);
    }
  });
}

export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
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
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/**
 * @example displayValue(45351, 'dd/mm/yyyy') -> { text: '29/02/2024', align: 'right' }
 * @example displayValue('#N/A') -> { text: '#N/A', align: 'center' }
 */
export function displayValue(value: CellValue | undefined, numberFormat?: string): DisplayValue {
  if (value === null || value === undefined || value === '') return { text: '', align: 'left' };
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat) && value >= 0) return { text: formatDate(serialToDate(value), numberFormat!), align: 'right' };
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
  if (typeof value === 'number') return isDateFormat(numberFormat) && value >= 0 ? formatDate(serialToDate(value), 'dd/mm/yyyy') : general(value);
  return displayValue(value, numberFormat).text;
}
