import { finding, quote } from '../finding';
import type { DateReading, Finding } from '../types';
import { actionName, cellIn, isUnnamed } from './actionName';
import type { Check, CheckContext } from './checkContext';

/** Blank or a placeholder such as TBC: no date, and nothing wrong with the cell as a date. */
function noDate(reading: DateReading): boolean {
  return reading.kind === 'blank' || reading.kind === 'placeholder';
}

/**
 * An open action with no deadline (blank, or TBC and the like) and no revised one: it can never show as overdue,
 * so the committee would not see it slip. Closed actions are left alone: their deadline no longer matters. A
 * formula never calculated is reported by uncalculated-formula instead.
 */
export const missingDeadline: Check = { id: 'missing-deadline', scope: 'row', check };

function check({ actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (!action.open || isUnnamed(action)) continue;
    const { deadline } = action;
    if (deadline.kind !== 'blank' && deadline.kind !== 'placeholder') continue;
    if (!action.revisedDeadlines.every(noDate)) continue;
    const what = deadline.kind === 'blank' ? 'has no deadline' : `has the deadline ${quote(deadline.text)}, which is not a date`;
    findings.push(
      finding(
        'warning',
        'missing-deadline',
        cellIn(action, action.columns.deadline) ?? action.ref,
        `The open action ${actionName(action)} ${what}, so it cannot be shown as overdue or due soon.`,
        'Enter the agreed deadline as dd/mm/yyyy.',
      ),
    );
  }
  return findings;
}
