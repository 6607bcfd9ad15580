/**
 * A1 addresses as Excel writes them, so every finding and row points at a cell a person can click.
 * Coordinates in the engine are 0-based; addresses are what a person reads (`'Audit Actions'!A5`).
 */
import type { CellRef } from './types';

/**
 * 0-based column index -> Excel column letters.
 * @example columnLetter(0) === 'A'; columnLetter(27) === 'AB'
 */
export function columnLetter(column0: number): string {
  let n = column0 + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column letters -> 0-based index, or null when the text is not letters. */
export function columnIndex(letters: string): number | null {
  const upper = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) return null;
  let n = 0;
  for (const ch of upper) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Excel quotes a sheet name in a formula unless it is a plain identifier (ASCII letters, digits, underscore, not starting
 * with a digit) that could not be mistaken for a cell address; quotes inside are doubled.
 * @example quoteSheetName('Audit Actions') === "'Audit Actions'"; quoteSheetName('Actions') === 'Actions'
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[Rr]([0-9]+)?[Cc]([0-9]+)?$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** @example cellAddress('Audit Actions', 4, 0) === "'Audit Actions'!A5" */
export function cellAddress(sheet: string, row0: number, column0: number): string {
  return `${quoteSheetName(sheet)}!${columnLetter(column0)}${row0 + 1}`;
}

/**
 * Reads `Sheet!A1`, `'Sheet name'!$B$7` or a bare `C3` (sheet '') back into 0-based coordinates; null when not an address.
 */
export function parseCellAddress(address: string): { sheet: string; row: number; column: number } | null {
  const text = address.trim();
  let sheet = '';
  let rest = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
    if (rawSheet.startsWith("'")) {
      if (!rawSheet.endsWith("'") || rawSheet.length < 3) return null;
      sheet = rawSheet.slice(1, -1).replace(/''/g, "'");
    } else {
      if (rawSheet === '' || /[\s']/.test(rawSheet)) return null;
      sheet = rawSheet;
    }
  }
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(rest);
  if (!match) return null;
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (column === null || row < 0) return null;
  return { sheet, row, column };
}

/** A cell's address without its sheet, as a message names a cell on the row it is about: "I11". */
export function localAddress(ref: Pick<CellRef, 'row' | 'column'>): string {
  return `${columnLetter(ref.column)}${ref.row + 1}`;
}

/** The reference every row and finding carries. */
export function cellRef(sheet: string, row0: number, column0: number): CellRef {
  return { sheet, row: row0, column: column0, address: cellAddress(sheet, row0, column0) };
}
