/**
 * The planned start column of an audit plan holds a date, or words: Complete, In progress, Q2/3 TBC, Q4 TBC,
 * a month ("December", "Dec 2024", "Jan-25"), or TBC. This reads each into one PlannedStart.
 */
import { cellText } from './cellText';
import { expandYear, monthNumber } from './calendar';
import { isPlaceholder } from './placeholders';
import { financialYearsIn } from './quarters';
import { readDateCell } from './readDate';
import type { CellValue, PlannedStart } from './types';

const COMPLETE = /^(complete|completed|done|finished|finali[sz]ed|closed|delivered|issued)$/;
const IN_PROGRESS = /^(in[\s-]?progress|ongoing|on[\s-]?going|under\s?way|started|commenced|wip|live|fieldwork|in fieldwork|current)$/;
/** "Q2/3", "Q2-Q3", "Q1 & Q2", "Quarter 4", "2024/25 Q3"; the rest of the text (TBC, a year) does not change the quarters. */
const QUARTERS =
  /^(?:(?:fy\s*)?\d{2,4}\s*\/\s*\d{2,4}\s+)?(?:q|qtr|quarter)\s*([1-4])((?:\s*(?:\/|-|&|,|and|to)\s*(?:q|qtr|quarter)?\s*[1-4])*)(?![0-9])/;
/**
 * "December", "Dec 2024", "Dec-24", "Sept 25", optionally followed by TBC; "early December", "Late February" and
 * "August September" or "Aug - Sept" (a span, read as its first month: North Norfolk's Scheduling column).
 */
const MONTH =
  /^(?:(?:early|mid|late|end of|end)\s+)?([a-z]+)\.?(?:\s*(?:-|\/|to|and|&)?\s*(?!(?:tbc|tba|tbd)\b)([a-z]+)\.?)?(?:[\s/-]+(\d{4}|\d{2}))?(?:\s*\(?\s*(?:tbc|tba|tbd)\s*\)?)?$/;
/** "w/c 11/11/24", "week commencing 11 November 2024", "from 6 Dec 24". */
const LEAD_IN = /^(?:w\/c|wc|w\.c\.|week commencing|week beginning|w\/b|from|starting|starts|start)\s*:?\s+/i;

function quartersOf(first: string, rest: string): number[] {
  const found = [Number(first), ...(rest.match(/[1-4]/g) ?? []).map(Number)];
  const [lo, hi] = [found[0], found[found.length - 1]];
  // "Q2-Q4" and "Q2 to Q4" mean a span; "Q2/3" and "Q1 & Q3" list quarters.
  if (found.length === 2 && /-|to/.test(rest) && hi > lo) return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * @example readPlannedStart(45607) -> { kind: 'date', date: '2024-11-11' }
 * @example readPlannedStart('Q2/3 TBC') -> { kind: 'quarter', quarters: [2, 3], text: 'Q2/3 TBC', financialYear: null }
 */
export function readPlannedStart(value: CellValue | undefined, numberFormat?: string): PlannedStart {
  const text = cellText(value);
  if (text === '') return { kind: 'blank' };
  if (typeof value === 'number') {
    const reading = readDateCell(value, numberFormat);
    return reading.kind === 'date' ? { kind: 'date', date: reading.date } : { kind: 'unreadable', text };
  }
  const key = text.toLowerCase();
  if (COMPLETE.test(key)) return { kind: 'complete' };
  if (IN_PROGRESS.test(key)) return { kind: 'in-progress' };

  const quarter = QUARTERS.exec(key);
  if (quarter) {
    const years = financialYearsIn(text);
    return { kind: 'quarter', quarters: quartersOf(quarter[1], quarter[2]), text, financialYear: years.length === 1 ? years[0] : null };
  }

  const month = MONTH.exec(key);
  if (month) {
    const number = monthNumber(month[1]);
    const spanEnd = month[2] === undefined || monthNumber(month[2]) !== null;
    if (number !== null && spanEnd) return { kind: 'month', month: number, year: month[3] ? expandYear(month[3]) : null, text };
  }

  const reading = readDateCell(text.replace(LEAD_IN, ''));
  if (reading.kind === 'date') return { kind: 'date', date: reading.date };
  if (isPlaceholder(text)) return { kind: 'tbc', text };
  return { kind: 'unreadable', text };
}
