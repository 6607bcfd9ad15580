import { capitalise, finding } from '../finding';
import type { ClassifiedAction, Finding } from '../types';
import { actionName } from './actionName';
import type { RuleContext } from './ruleContext';

/**
 * The same action listed twice (same audit and recommendation, ignoring case and spacing): it would be counted
 * twice. Reported on the second and later rows, naming the first, so the person knows which row to keep.
 * Grouped with a Map because audit names are arbitrary text ("__proto__" must not reach an object's prototype).
 */
/** Case and spacing do not make two actions different; punctuation ("5 & 6" vs "5, 6") might, so it stays. */
function sameText(text: string): string {
  // Readers already trim and collapse spaces, so the regular expression is needed only for hand-made rows.
  const lower = text.toLowerCase();
  return /\s\s|^\s|\s$|[\u00a0\t\n]/.test(lower) ? lower.replace(/[\s\u00a0]+/g, ' ').trim() : lower;
}

export function duplicateAction({ actions }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  // Audit -> recommendation -> first action: nested Maps rather than one joined key, so 20,000 actions build no
  // key strings; audit names and recommendation numbers repeat, so each distinct text is normalised once.
  const first = new Map<string, Map<string, ClassifiedAction>>();
  const normalised = new Map<string, string>();
  const same = (text: string) => {
    let key = normalised.get(text);
    if (key === undefined) {
      key = sameText(text);
      normalised.set(text, key);
    }
    return key;
  };
  for (const action of actions) {
    const audit = same(action.audit);
    // The reference identifies an action when the tracker has one; otherwise its recommendation does.
    const recommendation = same(action.reference !== '' ? action.reference : action.recommendation);
    if ((audit === '' && action.columns.audit !== null) || recommendation === '') continue;
    let byRecommendation = first.get(audit);
    if (!byRecommendation) {
      byRecommendation = new Map();
      first.set(audit, byRecommendation);
    }
    const earlier = byRecommendation.get(recommendation);
    if (!earlier) {
      byRecommendation.set(recommendation, action);
      continue;
    }
    findings.push(
      finding(
        'warning',
        'duplicate-action',
        action.ref,
        `${capitalise(actionName(action))} is listed twice: it is already at ${earlier.ref.address}.`,
        `Delete one of the two rows, or correct the recommendation number if they are different actions.`,
      ),
    );
  }
  return findings;
}
