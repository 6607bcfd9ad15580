import { formatUkDate } from '../dates';
import { capitalise, finding, quote } from '../finding';
import type { Finding } from '../types';
import { actionName, isUnnamed } from './actionName';
import type { RuleContext } from './ruleContext';

/**
 * A closing date beside a status that says the action is still open ("In progress", "Partially implemented",
 * "50%"). The date closes the action, as it always has, so it is counted closed; one of the two cells is wrong and
 * only a person can say which. A closing date after the paper's date is signoff-in-future's business.
 */
export function statusContradictsDate({ actions, asOf }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (action.status.disposition !== 'open' || action.statusRef === null || action.signoffRef === null || isUnnamed(action)) continue;
    const { signoff } = action;
    if (signoff.kind === 'blank' || signoff.kind === 'placeholder' || signoff.kind === 'uncalculated') continue;
    if (signoff.kind === 'date' && signoff.date > asOf) continue;
    const shown = signoff.kind === 'date' ? formatUkDate(signoff.date) : quote(signoff.text);
    const dateCell = action.signoffRef.address.replace(/^.*!/, '');
    const statusCell = action.statusRef.address.replace(/^.*!/, '');
    findings.push(
      finding(
        'warning',
        'status-contradicts-date',
        action.statusRef,
        `${capitalise(actionName(action))} has a closing date (${shown} in ${dateCell}) but its status ${quote(action.statusText.trim())} says it is still open; it is counted as closed.`,
        `Update the status in ${statusCell} if the action is done, or clear the date in ${dateCell} if it is not.`,
      ),
    );
  }
  return findings;
}
