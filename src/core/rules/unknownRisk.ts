import { finding, quote } from '../finding';
import type { Finding } from '../types';
import { closestWord, RISK_SUGGESTIONS } from '../vocabulary';
import type { RuleContext } from './ruleContext';

/** A risk cell that is blank or holds a word that is not a risk grade, so the action cannot be counted by risk. */
export function unknownRisk({ actions }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const action of actions) {
    if (action.risk !== null || action.audit === '') continue;
    const ref = action.riskRef ?? action.ref;
    const text = action.riskText.trim();
    if (text === '') {
      findings.push(
        finding('warning', 'unknown-risk', ref, `No risk is given for ${action.audit} recommendation ${action.recommendation || '(no number)'}.`, 'Enter High, Medium or Low.'),
      );
      continue;
    }
    const closest = closestWord(text, RISK_SUGGESTIONS);
    findings.push(
      finding(
        'warning',
        'unknown-risk',
        ref,
        `The risk ${quote(text)} is not a risk grade the summary recognises, so the action is counted as "Not graded".`,
        closest ? `Change it to ${quote(closest)}.` : 'Use High, Medium or Low.',
      ),
    );
  }
  return findings;
}
