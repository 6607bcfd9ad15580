import { formatUkDate } from '../ukDates';
import { finding } from '../finding';
import type { Finding } from '../types';
import { dateCells } from './dateCells';
import type { Check, CheckContext } from './checkContext';

/**
 * A date that only makes sense month first (12/31/2024). Never guessed into a date: the engine reads UK dates,
 * and silently swapping day and month elsewhere would misdate real UK dates such as 05/06/2024.
 */
export const usDate: Check = { id: 'us-date', scope: 'row', check };

function check(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const { label, reading, ref } of dateCells(context)) {
    if (reading.kind !== 'us-format') continue;
    const uk = formatUkDate(reading.usDate);
    findings.push(
      finding(
        'error',
        'us-date',
        ref,
        `The ${label} ${reading.text} reads as month/day/year. Dates here are day/month/year: did you mean ${uk}?`,
        `Change it to ${uk}.`,
      ),
    );
  }
  return findings;
}
