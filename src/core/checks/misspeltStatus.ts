import { DISPOSITION_LABELS } from '../actionStatus';
import { finding, quote } from '../finding';
import { STAGE_LABELS } from '../status';
import type { Finding } from '../types';
import { actionName, cellIn, isUnnamed } from './actionName';
import type { Check, CheckContext } from './checkContext';

/**
 * A status with a misspelt word ("Finalsed - Reasonable assurance", "Implemnted"). It is read as the corrected
 * wording says, so the numbers are right, but the paper would print the misspelling: the finding offers the fix.
 */
export const misspeltStatus: Check = { id: 'misspelt-status', scope: 'row', check };

function check({ plan, actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    if (row.statusSuggestion === null || row.stage === 'other') continue;
    findings.push(
      finding(
        'warning',
        'misspelt-status',
        row.statusRef ?? row.ref,
        `The status ${quote(row.statusText.trim())} for ${row.audit || 'this audit'} looks misspelt; it is read as "${STAGE_LABELS.get(row.stage)}".`,
        `Change it to ${quote(row.statusSuggestion)}.`,
      ),
    );
  }
  for (const action of actions) {
    const { suggestion, disposition } = action.status;
    if (suggestion === null || disposition === null) continue;
    const statusCell = cellIn(action, action.columns.status);
    if (statusCell === null || isUnnamed(action)) continue;
    findings.push(
      finding(
        'warning',
        'misspelt-status',
        statusCell,
        `The status ${quote(action.statusText.trim())} of ${actionName(action)} looks misspelt; it is read as ${DISPOSITION_LABELS[disposition]}.`,
        `Change it to ${quote(suggestion)}.`,
      ),
    );
  }
  return findings;
}
