import { localAddress } from '../address';
import { capitalise, finding, quote } from '../finding';
import type { Finding } from '../types';
import { formatUkDate } from '../ukDates';
import { plural } from '../wording';
import { actionName, cellIn, isUnnamed } from './actionName';
import type { Check, CheckContext } from './checkContext';

/**
 * A status that says the action is not yet due, or on track, beside a deadline that has passed ("Not yet due" on an
 * action due 31/08/2025 in a paper of 30/09/2025). The deadline decides, so the action is counted overdue, but a
 * committee reading the tracker sees two answers: either the status is stale or a revised date was agreed and not
 * written down. Only a person can say which.
 */
export const statusSaysNotDue: Check = { id: 'status-says-not-due', scope: 'row', check };

/** Status wordings that claim the action is within its deadline. */
const NOT_DUE = /\b(not (yet )?due|on (track|target|schedule)|within (target|deadline|timescale)|not (yet )?overdue)\b/i;

function check({ actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (!action.overdue || !NOT_DUE.test(action.statusText)) continue;
    const statusCell = cellIn(action, action.columns.status);
    if (statusCell === null || isUnnamed(action) || action.effectiveDeadline === null) continue;
    const statusAt = localAddress(statusCell);
    findings.push(
      finding(
        'warning',
        'status-says-not-due',
        statusCell,
        `${capitalise(actionName(action))} has the status ${quote(action.statusText.trim())}, but its deadline, ${formatUkDate(action.effectiveDeadline)}, has passed; it is counted as overdue by ${plural(action.daysOverdue, 'day')}.`,
        `Update the status in ${statusAt}, or enter the revised date that was agreed in the tracker's revised deadline column.`,
      ),
    );
  }
  return findings;
}
