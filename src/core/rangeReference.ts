import { columnLetter, quoteSheetName } from './address';
import type { LayoutRect } from './types';

/**
 * An absolute reference to a rectangle of cells, as a chart's series formula or a defined name holds it.
 *
 * @example rangeReference('JAC Summary', { top: 49, left: 1, bottom: 51, right: 1 }) === "'JAC Summary'!$B$50:$B$52"
 */
export function rangeReference(sheet: string, rect: LayoutRect): string {
  const start = `$${columnLetter(rect.left)}$${rect.top + 1}`;
  const end = `$${columnLetter(rect.right)}$${rect.bottom + 1}`;
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
