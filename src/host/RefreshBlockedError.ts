import type { Analysis } from '../core/types';
import { HostError } from './WorkbookHost';

/** Where the message sends the user: the mapping is how they tell the add-in which table is which. */
export const CHOOSE_TABLES_POINTER = 'Choose the table under Settings > Tables and columns.';

/**
 * A refresh that stopped before writing because the plan or the actions table could not be found. Writing a summary
 * with empty tables would replace the user's last good one, so nothing is written; the analysis travels with the
 * error so the pane can still list its findings and offer the tables the workbook has.
 */
export class RefreshBlockedError extends HostError {
  constructor(readonly analysis: Analysis) {
    super('table-not-found', blockedMessage(analysis));
    this.name = 'RefreshBlockedError';
  }
}

/** True when the analysis lacks a table the summary needs. */
export function missingTable(analysis: Analysis): boolean {
  return analysis.plan.table === null || analysis.actions.table === null;
}

/** The engine's missing-table findings already say what was looked for and where; the pointer says what to do. */
function blockedMessage(analysis: Analysis): string {
  const said = analysis.findings.filter((finding) => finding.rule === 'missing-table').map((finding) => finding.message);
  if (said.length === 0) {
    // The engine always explains a missing table; this covers a future engine that does not.
    if (analysis.plan.table === null) said.push('No audit plan table found.');
    if (analysis.actions.table === null) said.push('No actions table found.');
  }
  return [...said, CHOOSE_TABLES_POINTER].join(' ');
}
