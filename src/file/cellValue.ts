import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/types';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's 1900 epoch (as serials count it after February 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A JS Date from ExcelJS as the Excel 1900 serial that Office.js would return.
 *
 * ExcelJS turns a date serial into a Date at UTC midnight (plus the time of day), so the UTC clock is read, never the
 * local one: in a UTC+1 summer the local date of 2024-10-30T00:00Z is still 30 October, but west of Greenwich it is
 * the 29th. This is the exact inverse of ExcelJS's own conversion, so the serial stored in the file comes back
 * unchanged (including 1904-system workbooks, which ExcelJS has already turned into real dates).
 */
export function dateToSerial(date: Date): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
  // Undo floating-point dust from the millisecond round trip, so whole days stay whole numbers.
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

/** The Date ExcelJS would produce for a serial, for writing dates as values. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * One ExcelJS cell value as Excel's `Range.values` gives it: text, a number (dates as serials), a boolean or "".
 * Rich text becomes its plain text, a formula its cached result, a hyperlink its shown text, an error its code.
 */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateToSerial(value);
  if (typeof value !== 'object') return '';
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ('error' in v && typeof v.error === 'string') return v.error;
  if ('formula' in v || 'sharedFormula' in v) {
    // Excel shows (and Office.js returns) the last calculated result; a never-calculated formula reads as blank.
    return 'result' in v ? toCellValue(v.result as ExcelJS.CellValue) : '';
  }
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && Array.isArray((text as { richText?: unknown }).richText)) {
      return richTextToString((text as { richText: unknown[] }).richText);
    }
    return '';
  }
  return '';
}

/**
 * A formula with no cached result: ExcelJS gives `{ formula, result: undefined }` (or `sharedFormula`) for a cell
 * whose `<f>` has no `<v>`, as a workbook written by a script and never opened in Excel has. Its value is unknown,
 * which is not the same as blank (SheetCells.uncalculated).
 */
export function isUncalculatedFormula(value: ExcelJS.CellValue | undefined): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  const v = value as unknown as Record<string, unknown>;
  return ('formula' in v || 'sharedFormula' in v) && v.result === undefined;
}

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => (run && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}
