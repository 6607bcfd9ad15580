import { addDays } from '../calendar';
import { quarterEnd } from '../quarters';
import { formatUkDate } from '../ukDates';
import { finding, quote } from '../finding';
import type { Finding, IsoDate, PlannedStart } from '../types';
import type { Check, CheckContext } from './checkContext';

/** The last day a planned start covers: the date itself, the month's last day for "December 2024", the quarter's for "Q3 2024/25". */
function plannedStartEnd(start: PlannedStart): { end: IsoDate; shown: string } | null {
  if (start.kind === 'date') return { end: start.date, shown: formatUkDate(start.date) };
  if (start.kind === 'month' && start.year !== null) {
    const next = start.month === 12 ? `${start.year + 1}-01-01` : `${start.year}-${String(start.month + 1).padStart(2, '0')}-01`;
    return { end: addDays(next, -1), shown: start.text };
  }
  // "Q2/3" may start as late as the last day of Q3. Quarters and months with no year from the cell or the plan's
  // title depend on which year the plan covers: too uncertain to call passed.
  if (start.kind === 'quarter' && start.financialYear !== null)
    return { end: quarterEnd(Math.max(...start.quarters), start.financialYear), shown: start.text };
  return null;
}

/**
 * The planned start has passed but the status still says the audit has not started (or is still being planned):
 * usually the status has not been updated, or the start has slipped and the plan should say so.
 */
export const startPassedNotStarted: Check = { id: 'start-passed-not-started', scope: 'row', check };

function check({ plan, asOf }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    if (row.stage !== 'not-started' && row.stage !== 'planning') continue;
    const start = plannedStartEnd(row.plannedStart);
    if (!start || start.end >= asOf) continue;
    const status = row.statusText.trim() === '' ? 'the blank status' : `the status ${quote(row.statusText.trim())}`;
    const where = row.stage === 'planning' ? 'at planning' : 'as not started';
    findings.push(
      finding(
        'warning',
        'start-passed-not-started',
        row.plannedStartRef ?? row.ref,
        `The planned start ${start.shown} for ${row.audit || 'this audit'} has passed, but ${status} still shows the audit ${where}.`,
        'Update the status, or change the planned start to the new date.',
      ),
    );
  }
  return findings;
}
