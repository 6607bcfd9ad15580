/**
 * duplicate-action, the one check of table scope: it compares every action with the others.
 *
 * Speed: each action's audit and recommendation become numbers (TextNumbers, each distinct text compared once), and
 * each pair one number (audit x recommendations + recommendation) whose first row firstRows keeps, so 20,000 actions
 * cost two text lookups each, with no key strings and no Map per audit.
 */
import { capitalise, finding } from '../finding';
import type { Finding } from '../types';
import { actionName } from './actionName';
import type { Check, CheckContext } from './checkContext';

/** Case and spacing do not make two actions different; punctuation ("5 & 6" vs "5, 6") might, so it stays. */
function sameText(text: string): string {
  // Readers already trim and collapse spaces, so the regular expression is needed only for hand-made rows.
  const lower = text.toLowerCase();
  return /\s\s|^\s|\s$|[\u00a0\t\n]/.test(lower) ? lower.replace(/[\s\u00a0]+/g, ' ').trim() : lower;
}

/** The number TextNumbers gives a blank text (or one of spaces only). */
const BLANK = 0;

/**
 * Numbers each distinct text as sameText compares them, BLANK for a blank one, so that each distinct text is
 * normalised once and the check then works with small numbers. Maps, not objects: the texts are arbitrary
 * ("__proto__" must not reach an object's prototype).
 */
class TextNumbers {
  private readonly byText = new Map<string, number>();
  private readonly bySame = new Map<string, number>([['', BLANK]]);

  numberOf(text: string): number {
    let number = this.byText.get(text);
    if (number === undefined) {
      const same = sameText(text);
      number = this.bySame.get(same);
      if (number === undefined) this.bySame.set(same, (number = this.bySame.size));
      this.byText.set(text, number);
    }
    return number;
  }

  get count(): number {
    return this.bySame.size;
  }
}

/**
 * The first row of each (audit, recommendation) pair, by the pair's two numbers. A flat array of one slot per pair
 * when there are no more pairs than a few per action (recommendations numbered 1, 2, 3 under each audit); a Map of
 * the pairs met otherwise (recommendations written out in words, each its own).
 */
function firstRows(audits: number, recommendations: number, rows: number): { get(pair: number): number; set(pair: number, row: number): void } {
  if (audits * recommendations <= 4 * rows + 1024) {
    const first = new Int32Array(audits * recommendations).fill(-1);
    return { get: (pair) => first[pair], set: (pair, row) => void (first[pair] = row) };
  }
  const first = new Map<number, number>();
  return { get: (pair) => first.get(pair) ?? -1, set: (pair, row) => void first.set(pair, row) };
}

/**
 * The same action listed twice (same audit and recommendation, ignoring case and spacing): it would be counted
 * twice. Reported on the second and later rows, naming the first, so the person knows which row to keep.
 */
export const duplicateAction: Check = { id: 'duplicate-action', scope: 'table', check };

function check({ actions }: CheckContext): Finding[] {
  const audits = new TextNumbers();
  const recommendations = new TextNumbers();
  const auditOf = new Int32Array(actions.length);
  const recommendationOf = new Int32Array(actions.length);
  for (let i = 0; i < actions.length; i += 1) {
    const action = actions[i];
    auditOf[i] = audits.numberOf(action.audit);
    // The reference identifies an action when the tracker has one; otherwise its recommendation does.
    recommendationOf[i] = recommendations.numberOf(action.reference !== '' ? action.reference : action.recommendation);
  }
  const perAudit = recommendations.count;
  const first = firstRows(audits.count, perAudit, actions.length);
  const findings: Finding[] = [];
  for (let i = 0; i < actions.length; i += 1) {
    const action = actions[i];
    // Not named enough to be a copy (missing-audit-name reports a blank audit where the tracker has the column).
    if ((auditOf[i] === BLANK && action.columns.audit !== null) || recommendationOf[i] === BLANK) continue;
    const pair = auditOf[i] * perAudit + recommendationOf[i];
    const earlier = first.get(pair);
    if (earlier === -1) {
      first.set(pair, i);
      continue;
    }
    findings.push(
      finding(
        'warning',
        'duplicate-action',
        action.ref,
        `${capitalise(actionName(action))} is listed twice: it is already at ${actions[earlier].ref.address}.`,
        `Delete one of the two rows, or correct the recommendation number if they are different actions.`,
      ),
    );
  }
  return findings;
}
