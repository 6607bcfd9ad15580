/**
 * Text stays text, checked. The summary's text cells are formatted "@" before their values arrive, which in Excel's
 * own terms keeps "=x" as the text it is; but Office.js documents only that a value starting with "=", "+" or "-"
 * written through `Range.values` is interpreted as a formula, and says nothing of a text-formatted cell. So after
 * writing, the add-in asks the summary which of its cells Excel holds as formulas (getSpecialCellsOrNullObject,
 * ExcelApi 1.9) and writes any it finds again with a leading apostrophe, Excel's own way of saying "this is text".
 */
import { parseRangeAddress, rangeA1 } from './rangeAddress';
import type { SummaryCells } from './writePayload';

/** Queues the question; the answer is a comma-separated list of areas, or a null object when there are none. */
export function queueFormulaCheck(sheet: Excel.Worksheet, writtenRange: string): Excel.RangeAreas {
  return sheet
    .getRange(writtenRange)
    .getSpecialCellsOrNullObject('Formulas' as Excel.SpecialCellType)
    .load('address');
}

/** Queues the rewrite of every area Excel turned into formulas; returns how many cells. */
export function queueTextRewrite(sheet: Excel.Worksheet, found: Excel.RangeAreas | null, summary: SummaryCells): number {
  if (!found || found.isNullObject) return 0;
  let cells = 0;
  for (const area of splitAreas(found.address)) {
    const rect = parseRangeAddress(area);
    if (!rect || !rect.bounded) continue;
    const values: (string | number)[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      values.push([]);
      for (let column = rect.left; column <= rect.right; column++) {
        const value = summary.values[row]?.[column] ?? '';
        values[values.length - 1].push(typeof value === 'string' && value !== '' ? `'${value}` : value);
        cells += 1;
      }
    }
    sheet.getRange(rangeA1(rect.top, rect.left, rect.bottom, rect.right)).values = values;
  }
  return cells;
}

/** "'JAC Summary'!A5,'JAC Summary'!C7:C8" -> its areas; a comma inside a quoted sheet name is not a separator. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of address) {
    if (character === "'") quoted = !quoted;
    if (character === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += character;
  }
  if (current !== '') areas.push(current);
  return areas;
}
