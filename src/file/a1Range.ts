import { columnLetter, parseCellAddress } from '../core/address';

/** A 0-based, inclusive rectangle on one sheet. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Reads `B3:E20`, `$B$3:$E$20` or a single `B3` (no sheet) into a rectangle; null when it is not a range.
 * @example parseA1Range('B3:E20') -> { top: 2, left: 1, bottom: 19, right: 4 }
 */
export function parseA1Range(range: string): Rect | null {
  const [first, second = first, extra] = range.trim().split(':');
  if (extra !== undefined) return null;
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (!a || !b || a.sheet !== '' || b.sheet !== '') return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** @example a1Range({ top: 2, left: 1, bottom: 19, right: 4 }) === 'B3:E20' */
export function a1Range(rect: Rect): string {
  const start = `${columnLetter(rect.left)}${rect.top + 1}`;
  const end = `${columnLetter(rect.right)}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
