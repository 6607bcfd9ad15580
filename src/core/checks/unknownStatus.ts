import { finding, quote } from '../finding';
import type { Finding } from '../types';
import type { Check, CheckContext } from './checkContext';

/** A plan status the engine cannot place on the audit's path; the audit then counts as "Status not recognised". */
export const unknownStatus: Check = { id: 'unknown-status', scope: 'row', check };

function check({ plan }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    if (row.stage !== 'other' || row.statusText.trim() === '') continue;
    findings.push(
      finding(
        'warning',
        'unknown-status',
        row.statusRef ?? row.ref,
        `The status ${quote(row.statusText)} for ${row.audit || 'this audit'} is not one the summary recognises, so the audit is counted as "Status not recognised".`,
        'Use a status such as Not started, Planning, Fieldwork in progress, Draft report issued or Finalised - Substantial assurance, or add it to the vocabulary in Settings > Tables and columns.',
      ),
    );
  }
  return findings;
}
