import { localAddress } from '../address';
import { formatUkDate } from '../ukDates';
import { capitalise, finding, quote } from '../finding';
import type { Finding } from '../types';
import { actionName, cellIn, isUnnamed } from './actionName';
import type { Check, CheckContext } from './checkContext';

/**
 * A closing date beside a status that says the action is still open ("In progress", "Partially implemented",
 * "50%"). The date closes the action, as it always has, so it is counted closed; one of the two cells is wrong and
 * only a person can say which. A closing date after the paper's date is signoff-in-future's business.
 */
export const statusContradictsDate: Check = { id: 'status-contradicts-date', scope: 'row', check };

function check({ actions, asOf }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    const { signoff } = action;
    if (action.status.disposition !== 'open' || signoff.kind === 'blank' || signoff.kind === 'placeholder' || signoff.kind === 'uncalculated')
      continue;
    if (signoff.kind === 'date' && signoff.date > asOf) continue;
    const statusCell = cellIn(action, action.columns.status);
    const dateCell = cellIn(action, action.columns.signoff);
    if (statusCell === null || dateCell === null || isUnnamed(action)) continue;
    const shown = signoff.kind === 'date' ? formatUkDate(signoff.date) : quote(signoff.text);
    const dateAt = localAddress(dateCell);
    const statusAt = localAddress(statusCell);
    findings.push(
      finding(
        'warning',
        'status-contradicts-date',
        statusCell,
        `${capitalise(actionName(action))} has a closing date (${shown} in ${dateAt}) but its status ${quote(action.statusText.trim())} says it is still open; it is counted as closed.`,
        `Update the status in ${statusAt} if the action is done, or clear the date in ${dateAt} if it is not.`,
      ),
    );
  }
  return findings;
}
