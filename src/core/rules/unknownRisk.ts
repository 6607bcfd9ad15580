import { finding, quote } from '../finding';
import type { Finding } from '../types';
import { closestWord, RISK_SUGGESTIONS } from '../vocabulary';
import type { RuleContext } from './ruleContext';

/** A risk cell that is blank or holds a word that is not a risk grade, so the action cannot be counted by risk. */
export function unknownRisk({ actions }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // A tracker repeats the same slip on many rows: look each distinct text up once.
  const suggestions = new Map<string, string | null>();
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
    if (!suggestions.has(text)) suggestions.set(text, closestWord(text, RISK_SUGGESTIONS));
    const closest = suggestions.get(text) ?? null;
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
