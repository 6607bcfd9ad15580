import { finding, quote } from '../finding';
import { opinionInStatus, readOpinion } from '../status';
import type { Finding } from '../types';
import type { RuleContext } from './ruleContext';

/**
 * An assurance opinion that is not an opinion word: in the plan's opinion column, or written in the status
 * before "assurance" ("Finalised - Substantail assurance").
 */
export function unknownOpinion({ plan }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of plan) {
    const inColumn = row.opinionRef && row.opinionText.trim() !== '' ? readOpinion(row.opinionText) : null;
    const reading = inColumn ?? opinionInStatus(row.statusText);
    if (reading.recognised) continue;
    const ref = inColumn ? row.opinionRef! : (row.statusRef ?? row.ref);
    const text = inColumn ? row.opinionText.trim() : row.statusText.trim();
    findings.push(
      finding(
        'warning',
        'unknown-opinion',
        ref,
        `The assurance opinion in ${quote(text)} is not an opinion word the summary recognises, so no opinion is counted for ${row.audit || 'this audit'}.`,
        reading.suggestion
          ? `Change the opinion to ${quote(reading.suggestion)}.`
          : 'Use the opinion word from the audit report, such as Substantial, Reasonable, Limited or No.',
      ),
    );
  }
  return findings;
}
