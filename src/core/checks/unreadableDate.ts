import { formatUkDate } from '../ukDates';
import { finding, quote } from '../finding';
import { financialYearName, financialYearOf, quarterEnd, readQuarter } from '../quarters';
import type { Finding, IsoDate } from '../types';
import { dateCells } from './dateCells';
import type { Check, CheckContext } from './checkContext';

/**
 * Text in a date column that is neither a date nor a placeholder such as TBC. In a planned start words are
 * normal ("Q4 TBC", "In progress"), so only text the reader could make nothing of gets here, as a warning.
 */
export const unreadableDate: Check = { id: 'unreadable-date', scope: 'row', check };

function check(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const { label, reading, ref } of dateCells(context)) {
    if (reading.kind !== 'unreadable') continue;
    const plannedStart = label === 'planned start';
    const quarter = plannedStart ? null : quarterProblem(label, reading.text, context.asOf);
    if (quarter) {
      findings.push(finding('error', 'unreadable-date', ref, quarter.message, quarter.suggestion));
      continue;
    }
    findings.push(
      finding(
        plannedStart ? 'warning' : 'error',
        'unreadable-date',
        ref,
        `The ${label} ${quote(reading.text)} cannot be read as a date.`,
        plannedStart
          ? 'Enter a date as dd/mm/yyyy, a month, a quarter such as "Q3 TBC", or TBC.'
          : 'Enter the date as dd/mm/yyyy, for example 31/12/2024.',
      ),
    );
  }
  return findings;
}

const CALENDAR_QUARTERS = ['January to March', 'April to June', 'July to September', 'October to December'];

/**
 * What is missing from a deadline written as a quarter that is not read as a date: its year ("Q3"), or which year it
 * counts in ("Q4 2024": the calendar's quarter or a financial year's). The example names the financial year of the
 * paper, or of the year given, and the date it would be read as. Null when the text is not a quarter.
 */
function quarterProblem(label: string, text: string, asOf: IsoDate): { message: string; suggestion: string } | null {
  const read = readQuarter(text);
  if (!read) return null;
  const { quarter, year } = read;
  const startYear = year ?? financialYearOf(asOf);
  const example = `Q${quarter} ${financialYearName(startYear)}`;
  const suggestion = `Write the financial year, for example ${quote(example)} (read as ${formatUkDate(quarterEnd(quarter, startYear))}, the quarter\u2019s last day), or enter the date as dd/mm/yyyy.`;
  if (year === null) return { message: `The ${label} ${quote(text)} names a quarter but not its year, so it cannot be read as a date.`, suggestion };
  return {
    message: `The ${label} ${quote(text)} names a quarter of ${year} without saying whether it is the calendar\u2019s (${CALENDAR_QUARTERS[quarter - 1]} ${year}) or a financial year\u2019s (Q1 is April to June), so it cannot be read as a date.`,
    suggestion,
  };
}
