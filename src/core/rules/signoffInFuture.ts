import { formatUkDate } from '../dates';
import { finding } from '../finding';
import type { Finding } from '../types';
import type { RuleContext } from './ruleContext';

/** A sign-off dated after the paper: usually a typing slip (2025 for 2024), or a planned date entered too early. */
export function signoffInFuture({ actions, asOf }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (action.signoffDate === null || action.signoffDate <= asOf) continue;
    findings.push(
      finding(
        'error',
        'signoff-in-future',
        action.signoffRef ?? action.ref,
        `The sign-off date ${formatUkDate(action.signoffDate)} is after the date of this paper, ${formatUkDate(asOf)}.`,
        'Correct the sign-off date, or clear it until the action has been signed off.',
      ),
    );
  }
  return findings;
}
