/**
 * Range addresses as Office.js reports them (`'Audit Actions'!B3:G40`, `Plan!C7`, `D:D`) turned into 0-based
 * rectangles, and back. Whole columns and whole rows have no end on one side: they are `bounded: false`.
 */
import { columnIndex, columnLetter } from '../core/address';

export interface RangeRect {
  /** The sheet part with Excel's quoting removed; '' when the address had none. */
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** False for whole columns (`D:D`) or whole rows (`3:5`), whose far edge is the sheet's edge. */
  bounded: boolean;
}

/** Excel's sheet: 1,048,576 rows by 16,384 columns. */
export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

export function parseRangeAddress(address: string): RangeRect | null {
  const bang = address.lastIndexOf('!');
  let sheet = '';
  let rest = address.trim();
  if (bang >= 0) {
    const rawSheet = address.slice(0, bang).trim();
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    rest = address.slice(bang + 1).trim();
  }
  const [startText, endText = startText] = rest.split(':');
  const start = parsePart(startText);
  const end = parsePart(endText);
  if (!start || !end) return null;
  const top = start.row ?? 0;
  const bottom = end.row ?? SHEET_ROWS - 1;
  const left = start.column ?? 0;
  const right = end.column ?? SHEET_COLUMNS - 1;
  const bounded = start.row !== null && end.row !== null && start.column !== null && end.column !== null;
  return { sheet, top, left, bottom, right, bounded };
}

function parsePart(text: string): { row: number | null; column: number | null } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] === '' ? null : columnIndex(match[1]);
  const row = match[2] === '' ? null : Number(match[2]) - 1;
  if ((match[1] !== '' && column === null) || (row !== null && row < 0)) return null;
  return { row, column };
}

/** A1 address of a 0-based rectangle, without a sheet: `rangeA1(0, 0, 2, 3) === 'A1:D3'`. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = `${columnLetter(left)}${top + 1}`;
  const end = `${columnLetter(right)}${bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
