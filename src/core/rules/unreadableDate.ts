import { finding, quote } from '../finding';
import type { Finding } from '../types';
import { dateCells } from './dateCells';
import type { RuleContext } from './ruleContext';

/**
 * Text in a date column that is neither a date nor a placeholder such as TBC. In a planned start words are
 * normal ("Q4 TBC", "In progress"), so only text the reader could make nothing of gets here, as a warning.
 */
export function unreadableDate(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { label, reading, ref } of dateCells(context)) {
    if (reading.kind !== 'unreadable') continue;
    const plannedStart = label === 'planned start';
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
