import { finding, quote } from '../finding';
import type { Finding } from '../types';
import type { Check, CheckContext } from './checkContext';

/**
 * An assurance opinion that is not an opinion word: in the plan's opinion column, or written in the status
 * before "assurance" ("Finalised - Substantail assurance").
 */
export const unknownOpinion: Check = { id: 'unknown-opinion', scope: 'row', check };

function check({ plan }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    const unread = row.opinionUnread;
    if (!unread) continue;
    findings.push(
      finding(
        'warning',
        'unknown-opinion',
        unread.ref,
        `The assurance opinion in ${quote(unread.text)} is not an opinion word the summary recognises, so no opinion is counted for ${row.audit || 'this audit'}.`,
        unread.suggestion
          ? `Change the opinion to ${quote(unread.suggestion)}.`
          : 'Use the opinion word from the audit report, such as Substantial, Reasonable, Limited or No, or add it to the vocabulary in Settings > Tables and columns.',
      ),
    );
  }
  return findings;
}
