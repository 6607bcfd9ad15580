/**
 * Cells whose formula has never been calculated (SheetCells.uncalculated). Their value reads as "", which would make
 * a computed deadline look missing; readers ask here first, so such a cell gets its own finding instead.
 */
import type { SheetCells } from './types';

/** Excel's column count: a row and column pair as one number. */
const COLUMNS = 16384;

export interface UncalculatedTest {
  (row: number, column: number): boolean;
  /** False when the sheet has no uncalculated cells at all, so readers can skip asking. */
  readonly any: boolean;
}

const NEVER: UncalculatedTest = Object.assign(() => false, { any: false });
const tests = new WeakMap<SheetCells, UncalculatedTest>();

/** @example uncalculatedTest(sheet)(4, 3) // true when D5 holds a formula with no cached result */
export function uncalculatedTest(sheet: SheetCells): UncalculatedTest {
  const cells = sheet.uncalculated;
  if (!cells || cells.length === 0) return NEVER;
  let test = tests.get(sheet);
  if (!test) {
    const keys = new Set(cells.map(([row, column]) => row * COLUMNS + column));
    test = Object.assign((row: number, column: number) => keys.has(row * COLUMNS + column), { any: true });
    tests.set(sheet, test);
  }
  return test;
}
