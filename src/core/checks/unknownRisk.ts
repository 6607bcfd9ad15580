import { finding, quote } from '../finding';
import { GRADES_OFFERED } from '../priorities';
import type { Finding } from '../types';
import { closestWord } from '../vocabulary';
import { actionName, isUncalculatedCell, isUnnamed } from './actionName';
import { cellOf } from '../readActionRows';
import type { Check, CheckContext } from './checkContext';

const ADD_WORD = 'or add it to the vocabulary in Settings > Tables and columns';

/**
 * A risk cell that is blank or holds a word that is not a grade, so the action cannot be counted by risk. A tracker
 * without a risk column is told so once (missing-column), not on every row.
 */
export const unknownRisk: Check = { id: 'unknown-risk', scope: 'row', check };

function check({ actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  // A tracker repeats the same slip on many rows: look each distinct text up once.
  const suggestions = new Map<string, string | null>();
  for (const action of actions) {
    const riskColumn = action.columns.risk;
    if (action.risk !== null || riskColumn === null || isUnnamed(action)) continue;
    if (isUncalculatedCell(action, riskColumn)) continue;
    const ref = cellOf(action, riskColumn);
    const text = action.riskText.trim();
    if (text === '') {
      findings.push(finding('warning', 'unknown-risk', ref, `No risk is given for ${actionName(action)}.`, 'Enter High, Medium or Low.'));
      continue;
    }
    if (!suggestions.has(text)) suggestions.set(text, closestWord(text, GRADES_OFFERED));
    const closest = suggestions.get(text) ?? null;
    findings.push(
      finding(
        'warning',
        'unknown-risk',
        ref,
        `The risk ${quote(text)} is not a risk grade the summary recognises, so the action is counted as "Not graded".`,
        closest ? `Change it to ${quote(closest)}.` : `Use High, Medium or Low, ${ADD_WORD}.`,
      ),
    );
  }
  return findings;
}
