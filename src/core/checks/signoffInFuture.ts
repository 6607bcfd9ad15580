import { localAddress } from '../address';
import { formatUkDate } from '../ukDates';
import { finding, quote } from '../finding';
import type { Finding } from '../types';
import { cellIn } from './actionName';
import type { Check, CheckContext } from './checkContext';

/**
 * A sign-off dated after the paper: usually a typing slip (2025 for 2024), or a planned date entered too early.
 * When the status says the action is done, the date is the cell to fix, and the message says so.
 */
export const signoffInFuture: Check = { id: 'signoff-in-future', scope: 'row', check };

function check({ actions, asOf }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (action.signoffDate === null || action.signoffDate <= asOf) continue;
    const ref = cellIn(action, action.columns.signoff) ?? action.ref;
    const base = `The sign-off date ${formatUkDate(action.signoffDate)} is after the date of this paper, ${formatUkDate(asOf)}`;
    const done = action.status.disposition !== null && action.status.disposition !== 'open' && action.columns.status !== null;
    findings.push(
      done
        ? finding(
            'error',
            'signoff-in-future',
            ref,
            `${base}, but the status ${quote(action.statusText.trim())} says the action is closed, so the date is probably mistyped.`,
            `Correct the date in ${localAddress(ref)}.`,
          )
        : finding('error', 'signoff-in-future', ref, `${base}.`, 'Correct the sign-off date, or clear it until the action has been signed off.'),
    );
  }
  return findings;
}
