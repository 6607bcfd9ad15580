import { finding, quote } from '../finding';
import type { Finding } from '../types';
import { actionName, cellIn, isUnnamed } from './actionName';
import type { Check, CheckContext } from './checkContext';

/**
 * An action status the engine does not understand ("Green", "With finance"): whether the action is open is then
 * taken from its closing date alone, which may not be what the tracker means.
 */
export const unknownActionStatus: Check = { id: 'unknown-action-status', scope: 'row', check };

function check({ actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (action.status.recognised) continue;
    const statusCell = cellIn(action, action.columns.status);
    if (statusCell === null || isUnnamed(action)) continue;
    const text = action.statusText.trim();
    if (text === '') continue;
    const counted = action.open ? 'open' : 'closed';
    const how =
      action.columns.signoff === null
        ? `so the action is counted as ${counted}, as the tracker has no sign-off date to say otherwise`
        : `so the action is counted as ${counted} from its sign-off date alone`;
    findings.push(
      finding(
        'warning',
        'unknown-action-status',
        statusCell,
        `The status ${quote(text)} of ${actionName(action)} is not one the summary recognises, ${how}.`,
        action.status.suggestion
          ? `Change it to ${quote(action.status.suggestion)}, or add ${quote(text)} to the vocabulary in Settings > Tables and columns.`
          : `Use a status such as In progress, Implemented or Superseded, or add ${quote(text)} to the vocabulary in Settings > Tables and columns.`,
      ),
    );
  }
  return findings;
}
