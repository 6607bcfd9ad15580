/**
 * How big the summary's write is, and how to cut it into row chunks that each fit one request. Excel on the web
 * refuses a request over 5 MB; the summary's values and number formats are nearly all of a write, so the estimate
 * is their JSON byte count (UTF-8), plus a fixed allowance per styled region (each is a few property sets).
 * Pure: no Office.js, so the numbers are unit-tested.
 */
import type { SummaryLayout } from '../core/types';

/** What one request may carry: ~4 MB leaves ~1 MB of Excel's 5 MB cap for everything else in the batch. */
export const WRITE_BUDGET_BYTES = 4_000_000;

/** Allowance for one styled region (a range path plus two to a dozen property sets), generous on purpose. */
export const REGION_BYTES = 500;

/** The summary exactly as written: every row padded to the same width, blanks as "", text formatted "@". */
export interface SummaryCells {
  width: number;
  values: (string | number)[][];
  numberFormats: string[][];
}

export function summaryCells(layout: SummaryLayout): SummaryCells {
  const width = Math.max(layout.columnWidths.length, ...layout.values.map((row) => row.length), 1);
  return {
    width,
    // Number formats are written first: a text cell ("@") keeps "=x" or "0123" as the text it is when the values arrive.
    numberFormats: layout.values.map((row, r) =>
      Array.from({ length: width }, (_, c) => layout.numberFormats[r]?.[c] ?? (row[c] == null ? 'General' : '@')),
    ),
    values: layout.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '')),
  };
}

/** UTF-8 bytes of `value` as JSON. */
export function jsonBytes(value: string | number | boolean | null): number {
  const text = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Each row's share of the write: its values and number formats as JSON (a comma after each cell, brackets round the
 * row), plus REGION_BYTES for each region ending on it.
 */
export function rowBytes(layout: SummaryLayout, cells: SummaryCells = summaryCells(layout)): number[] {
  const bytes = cells.values.map(
    (row, r) => row.reduce<number>((sum, value, c) => sum + jsonBytes(value) + jsonBytes(cells.numberFormats[r][c]) + 2, 0) + 4,
  );
  for (const region of layout.regions) {
    if (region.bottom >= 0 && region.bottom < bytes.length) bytes[region.bottom] += REGION_BYTES;
  }
  return bytes;
}

/** The whole write's estimated payload in bytes. */
export function estimateWriteBytes(layout: SummaryLayout): number {
  return rowBytes(layout).reduce((sum, bytes) => sum + bytes, 0);
}

/**
 * The last row of a chunk starting at `first` whose rows stay within `budget` bytes; a single row over the budget is
 * a chunk by itself (a row cannot be split).
 */
export function lastRowWithin(rowCosts: number[], first: number, budget: number): number {
  let total = rowCosts[first] ?? 0;
  let last = first;
  while (last + 1 < rowCosts.length && total + rowCosts[last + 1] <= budget) {
    last += 1;
    total += rowCosts[last];
  }
  return last;
}

/** Consecutive row chunks (0-based, inclusive) covering every row, each within `budget` where a row allows. */
export function planRowChunks(rowCosts: number[], budget: number): { first: number; last: number }[] {
  const chunks: { first: number; last: number }[] = [];
  for (let first = 0; first < rowCosts.length;) {
    const last = lastRowWithin(rowCosts, first, budget);
    chunks.push({ first, last });
    first = last + 1;
  }
  return chunks;
}
