import { finding } from '../finding';
import type { Finding } from '../types';
import { actionId, isUncalculatedCell } from './actionName';
import type { Check, CheckContext } from './checkContext';

/**
 * A row with data but no audit name (or, in a tracker without an audit column, nothing that identifies the
 * action): it cannot be reported against an audit.
 */
export const missingAuditName: Check = { id: 'missing-audit-name', scope: 'row', check };

function check({ plan, actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    if (row.audit !== '' || row.uncalculated.some((cell) => cell.ref.column === row.ref.column)) continue;
    findings.push(
      finding('error', 'missing-audit-name', row.ref, 'This row of the audit plan has no audit name.', "Enter the audit's name, or clear the row."),
    );
  }
  for (const action of actions) {
    const auditColumn = action.columns.audit;
    if (auditColumn === null) {
      if (action.reference !== '' || action.recommendation !== '') continue;
      findings.push(
        finding(
          'error',
          'missing-audit-name',
          action.ref,
          'This action has no reference or recommendation to identify it.',
          'Enter its reference, or clear the row.',
        ),
      );
      continue;
    }
    if (action.audit !== '' || isUncalculatedCell(action, auditColumn)) continue;
    const id = actionId(action);
    const which = id ? ` (recommendation ${id})` : '';
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
