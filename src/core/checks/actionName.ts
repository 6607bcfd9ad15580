import { cellOf } from '../readActionRows';
import type { ActionRow, CellRef } from '../types';

/** Longest recommendation text a message quotes before cutting it short. */
const QUOTED = 40;

/** Whether a cell of the row holds a formula that was never calculated. */
export function isUncalculatedCell(row: Pick<ActionRow, 'uncalculated'>, column: number): boolean {
  return row.uncalculated.some((cell) => cell.ref.column === column);
}

/** The row's cell in a column of its tracker, or null when the tracker has no such column. */
export function cellIn(action: Pick<ActionRow, 'ref'>, column: number | null): CellRef | null {
  return column === null ? null : cellOf(action, column);
}

/**
 * What identifies an action to its row: its reference, else its recommendation (cut short when it is prose).
 * @example actionId({ reference: 'IA-24-01.2', ... }) // 'IA-24-01.2'
 */
export function actionId(action: Pick<ActionRow, 'reference' | 'recommendation'>): string {
  if (action.reference !== '') return action.reference;
  const text = action.recommendation;
  return text.length > QUOTED ? `${text.slice(0, QUOTED - 1).trimEnd()}\u2026` : text;
}

/** A recommendation column that holds words rather than a number or short label ("5 & 6", "R2"). */
function isProse(text: string): boolean {
  return text.length > 12 || text.split(' ').length > 3;
}

/**
 * How messages name an action: "Payroll recommendation 3", "recommendation 22 CTAX & NNDR 01" when the tracker has
 * no audit column, "Payroll recommendation (no number)" when it has nothing else, and the Payroll action
 * "Reconcile payroll to the ledger monthly" when only its words identify it.
 */
export function actionName(action: Pick<ActionRow, 'audit' | 'reference' | 'recommendation'>): string {
  if (action.reference === '' && isProse(action.recommendation)) {
    const words = actionId(action).replace(/[.;:,]+$/, '');
    return action.audit === '' ? `the action "${words}"` : `the ${action.audit} action "${words}"`;
  }
  const id = actionId(action) || '(no number)';
  return action.audit === '' ? `recommendation ${id}` : `${action.audit} recommendation ${id}`;
}

/**
 * A row that cannot be named: its audit cell is blank in a tracker that has one (missing-audit-name reports it),
 * or it has neither reference nor recommendation in a tracker without. Other checks leave such rows alone, so one
 * problem gives one finding.
 */
export function isUnnamed(action: Pick<ActionRow, 'audit' | 'columns' | 'reference' | 'recommendation' | 'uncalculated'>): boolean {
  // A name computed by a formula never calculated is unknown, not missing: uncalculated-formula reports it.
  const auditColumn = action.columns.audit;
  if (auditColumn !== null) return action.audit === '' && !isUncalculatedCell(action, auditColumn);
  return action.reference === '' && action.recommendation === '';
}
