/**
 * Deadlines written as a quarter of the financial year, as UK public bodies count it (Q1 is April to June): "Q3
 * 2024/25" is met by 31/12/2024, the quarter's last day. A quarter with no year, or with a single calendar year
 * ("Q4 2024": October to December 2024, or January to March 2025?), is not a date; the unreadable-date check says which it is.
 */
import { daysInMonth, expandYear, toIso } from './calendar';
import type { IsoDate } from './types';

/** "Q3", "Qtr 3", "Quarter 3", after "end of", "by the end of" or "by". */
const QUARTER_WORDS = String.raw`(?:(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?|by\s+)?(?:q|qtr|quarter)\s*([1-4])`;
/** A financial year: "2024/25", "2024-25", "2024/2025", "24/25", "FY24/25". */
const FINANCIAL_YEAR = String.raw`(?:fy\s*)?(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})`;
const QUARTER_THEN_YEAR = new RegExp(`^${QUARTER_WORDS}(?:\\s*[-,]?\\s*(?:of\\s+)?(?:${FINANCIAL_YEAR}|(\\d{4})))?$`, 'i');
const YEAR_THEN_QUARTER = new RegExp(`^${FINANCIAL_YEAR}\\s+(?:q|qtr|quarter)\\s*([1-4])$`, 'i');

const TO_BE_CONFIRMED = /\s*\(?\s*\b(?:tbc|tba|tbd)\b\s*\)?$/i;

/** A quarter of the financial year as a deadline names it. */
export interface QuarterText {
  quarter: number;
  /** The year the financial year starts in ("2024/25" -> 2024), or null when the text gives none. */
  financialYear: number | null;
  /** A single year given instead ("Q4 2024"): the calendar's quarter or the financial year's, it does not say. */
  year: number | null;
}

/**
 * A deadline written as a quarter: "Q3 2024/25", "Quarter 4 2024-25", "end of Q2", "2024/25 Q3", "Q4 2024". Null for
 * other text, and for a financial year whose second year does not follow its first ("2024/26").
 *
 * @example readQuarter('Q3 2024/25') // { quarter: 3, financialYear: 2024, year: null }
 */
export function readQuarter(text: string): QuarterText | null {
  // "Q4 TBC", "Q4 2024/25 (TBC)": the quarter stands; only the day within it is still to be agreed.
  const trimmed = text.trim().replace(TO_BE_CONFIRMED, '');
  const after = QUARTER_THEN_YEAR.exec(trimmed);
  const before = after ? null : YEAR_THEN_QUARTER.exec(trimmed);
  if (!after && !before) return null;
  const quarter = Number(after ? after[1] : before![3]);
  const [first, second] = after ? [after[2], after[3]] : [before![1], before![2]];
  if (after?.[4] !== undefined) return { quarter, financialYear: null, year: Number(after[4]) };
  if (first === undefined) return { quarter, financialYear: null, year: null };
  const start = expandYear(first);
  const end = second.length === 4 ? Number(second) : expandYear(second);
  return start >= 1900 && end === start + 1 ? { quarter, financialYear: start, year: null } : null;
}

/**
 * The last day of a quarter of the financial year that starts in April of `startYear`: Q1 is April to June, Q4
 * January to March of the next year.
 *
 * @example quarterEnd(3, 2024) === '2024-12-31'; quarterEnd(4, 2024) === '2025-03-31'
 */
export function quarterEnd(quarter: number, startYear: number): IsoDate {
  const month = quarter * 3 + 3; // 6, 9, 12, 15
  return month > 12 ? toIso(startYear + 1, month - 12, 31) : toIso(startYear, month, daysInMonth(startYear, month));
}

/**
 * The financial year a date falls in, as its first year: 15/10/2024 and 15/02/2025 are both in 2024/25.
 * @example financialYearOf('2025-02-15') === 2024
 */
export function financialYearOf(date: IsoDate): number {
  const [year, month] = date.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/**
 * A financial year written anywhere in a text: four digits first ("Plan 2026/27", "2026-2027"), or two after "FY"
 * ("FY26/27"). Two digits alone ("12/13") may be a day and a month, so they are not read as a year.
 */
const FINANCIAL_YEAR_IN_TEXT = /(?<![0-9])(?:fy\s*(\d{2})|(?:fy\s*)?((?:19|20)\d{2}))\s*[/-]\s*(\d{2}|(?:19|20)\d{2})(?![0-9/-])/gi;

/**
 * The financial years a text names, as their first years, in order and without repeats: "Internal Audit Plan
 * 2026/27" -> [2026]. A pair whose second year does not follow the first ("2024/26", "2024-10") is not one.
 */
export function financialYearsIn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(FINANCIAL_YEAR_IN_TEXT)) {
    const start = match[1] !== undefined ? expandYear(match[1]) : Number(match[2]);
    const end = match[3].length === 4 ? Number(match[3]) : expandYear(match[3]);
    if (end === start + 1 && !found.includes(start)) found.push(start);
  }
  return found;
}

/** "2024/25" for the financial year starting in 2024. */
export function financialYearName(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
