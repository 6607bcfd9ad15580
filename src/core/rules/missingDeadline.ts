import { finding, quote } from '../finding';
import type { Finding } from '../types';
import type { RuleContext } from './ruleContext';

/**
 * An open action with no deadline (blank, or TBC and the like) and no revised one: it can never show as overdue,
 * so the committee would not see it slip. Closed actions are left alone: their deadline no longer matters.
 */
export function missingDeadline({ actions }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (!action.open || action.audit === '') continue;
    const { deadline, revisedDeadline } = action;
    if (deadline.kind !== 'blank' && deadline.kind !== 'placeholder') continue;
    if (revisedDeadline.kind !== 'blank' && revisedDeadline.kind !== 'placeholder') continue;
    const what = deadline.kind === 'blank' ? 'has no deadline' : `has the deadline ${quote(deadline.text)}, which is not a date`;
    findings.push(
      finding(
        'warning',
        'missing-deadline',
        action.deadlineRef ?? action.ref,
        `The open action ${action.audit} recommendation ${action.recommendation || '(no number)'} ${what}, so it cannot be shown as overdue or due soon.`,
        'Enter the agreed deadline as dd/mm/yyyy.',
      ),
    );
  }
  return findings;
}
