import { localAddress } from '../address';
import { finding } from '../finding';
import type { Finding, UncalculatedCell } from '../types';
import type { Check, CheckContext } from './checkContext';

/**
 * A formula whose result has never been calculated (a workbook written by a script and never opened in Excel): its
 * value is unknown, so a computed deadline would otherwise look missing and the action's place in the summary
 * would be a guess.
 */
export const uncalculatedFormula: Check = { id: 'uncalculated-formula', scope: 'row', check };

function check({ plan, actions }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const report = (cells: readonly UncalculatedCell[]) => {
    for (const { label, ref } of cells) {
      const local = localAddress(ref);
      findings.push(
        finding(
          'error',
          'uncalculated-formula',
          ref,
          `The ${label} in ${local} is a formula whose result has never been calculated, so its value is not known.`,
          'Open the workbook in Excel and save it, so the formula\u2019s result is stored with it.',
        ),
      );
    }
  };
  for (const row of plan) if (row.uncalculated.length > 0) report(row.uncalculated);
  for (const action of actions) if (action.uncalculated.length > 0) report(action.uncalculated);
  return findings;
}
