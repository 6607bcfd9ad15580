import { finding, quote } from '../finding';
import type { Finding } from '../types';
import type { Check, CheckContext } from './checkContext';

/**
 * A final report with no assurance opinion: the committee's "opinions issued" count would miss it. A misspelt
 * opinion is reported by unknown-opinion instead, so one mistake gives one finding; an opinion cell that says in
 * words that none was given ("Opinion not provided", "N/A") is taken at its word.
 */
export const finalWithoutOpinion: Check = { id: 'final-without-opinion', scope: 'row', check };

function check({ plan }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    if (row.stage !== 'final' || row.opinion !== null || row.opinionUnread !== null || row.noOpinionStated) continue;
    const where = row.opinionRef
      ? 'Enter the opinion from the final report in the opinion column, for example "Reasonable".'
      : 'Add the opinion from the final report to the status, for example "Finalised - Reasonable assurance".';
    findings.push(
      finding(
        'warning',
        'final-without-opinion',
        row.opinionRef ?? row.statusRef ?? row.ref,
        `${row.audit || 'This audit'} has a final report (${quote(row.statusText.trim())}) but no assurance opinion.`,
        where,
      ),
    );
  }
  return findings;
}
