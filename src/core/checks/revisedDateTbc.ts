import { formatUkDate } from '../ukDates';
import { finding, quote } from '../finding';
import type { DateReading, Finding, IsoDate } from '../types';
import { cellOf } from '../readActionRows';
import { actionName, isUnnamed } from './actionName';
import type { Check, CheckContext } from './checkContext';

/** Placeholders that say a new date is coming ("TBC", "to be agreed"), unlike "-" or "N/A", which say there is none. */
const TO_COME = /^(tbc|tba|tbd|tbcd|to be (confirmed|agreed|advised|determined|decided)|pending|not yet agreed)\b/i;

/**
 * "TBC" in a revised-deadline column of an open action: the deadline falls back to the previous date, which the
 * committee should know was meant to move. Only when no later column gives a date, and a previous one does (with
 * none at all, missing-deadline says so).
 */
export const revisedDateTbc: Check = { id: 'revised-date-tbc', scope: 'row', check };

function check({ actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (!action.open || action.revisedDeadlines.length === 0) continue;
    let previous: IsoDate | null = dateOf(action.deadline);
    const readings = action.revisedDeadlines;
    for (let i = 0; i < readings.length; i += 1) {
      const reading = readings[i];
      if (reading.kind === 'date') {
        previous = reading.date;
        continue;
      }
      if (reading.kind !== 'placeholder' || !TO_COME.test(reading.text.trim()) || previous === null) continue;
      if (readings.slice(i + 1).some((later) => later.kind === 'date') || isUnnamed(action)) continue;
      const ref = cellOf(action, action.columns.revisions[i]);
      findings.push(
        finding(
          'warning',
          'revised-date-tbc',
          ref,
          `The revised deadline ${quote(reading.text)} of ${actionName(action)} is not a date, so the action is held to its previous deadline, ${formatUkDate(previous)}.`,
          'Enter the agreed revised date as dd/mm/yyyy, or clear the cell if the deadline has not moved.',
        ),
      );
    }
  }
  return findings;
}

function dateOf(reading: DateReading): IsoDate | null {
  return reading.kind === 'date' ? reading.date : null;
}
