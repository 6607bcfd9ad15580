/**
 * The financial year a plan covers, when it says so: in its sheet's name ("Plan 2026-27") or in the title above its
 * header ("Internal Audit Plan 2026/27"). A plan's planned starts are often a quarter or a month with no year ("Q3",
 * "December"); with the plan's year they are dates a paper can hold them to (start-passed-not-started), and without
 * it they are left alone, since the paper alone cannot say which year is meant.
 */
import { cellValue } from './sheetGrid';
import { financialYearsIn } from './quarters';
import type { LocatedTable, PlannedStart, SheetCells } from './types';

/**
 * The one financial year the sheet's name and the rows above the header name; null when they name none, or more
 * than one (a plan titled "2025/26 and 2026/27" says nothing certain).
 *
 * @example planYear(sheet named 'Plan 2026-27', table) === 2026
 */
export function planYear(sheet: SheetCells, table: Pick<LocatedTable, 'headerRow'>): number | null {
  const years = new Set(financialYearsIn(sheet.name));
  for (let row = sheet.originRow; row < table.headerRow; row += 1) {
    for (let column = sheet.originColumn; column < sheet.originColumn + (sheet.values[row - sheet.originRow]?.length ?? 0); column += 1) {
      const value = cellValue(sheet, row, column);
      if (typeof value === 'string') for (const year of financialYearsIn(value)) years.add(year);
    }
  }
  return years.size === 1 ? [...years][0] : null;
}

/**
 * A planned start with the plan's year where the cell gave none: a quarter of that financial year, or a month of it
 * (April to December in its first year, January to March in its second). Anything else comes back as it was.
 *
 * @example inPlanYear({ kind: 'month', month: 2, year: null, text: 'February' }, 2026).year === 2027
 */
export function inPlanYear(start: PlannedStart, year: number | null): PlannedStart {
  if (year === null) return start;
  if (start.kind === 'quarter' && start.financialYear === null) return { ...start, financialYear: year };
  if (start.kind === 'month' && start.year === null) return { ...start, year: start.month >= 4 ? year : year + 1 };
  return start;
}
