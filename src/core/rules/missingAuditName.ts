import { finding } from '../finding';
import type { Finding } from '../types';
import type { RuleContext } from './ruleContext';

/** A row with data but no audit name: it cannot be reported against an audit. */
export function missingAuditName({ plan, actions }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    if (row.audit !== '') continue;
    findings.push(
      finding('error', 'missing-audit-name', row.ref, 'This row of the audit plan has no audit name.', "Enter the audit's name, or clear the row."),
    );
  }
  for (const action of actions) {
    if (action.audit !== '') continue;
    const which = action.recommendation ? ` (recommendation ${action.recommendation})` : '';
    findings.push(
      finding(
        'error',
        'missing-audit-name',
        action.ref,
        `This action${which} has no audit name.`,
        'Enter the name of the audit the action came from, or clear the row.',
      ),
    );
  }
  return findings;
}
