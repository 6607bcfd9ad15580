import type { CellRef, Finding, RuleId, Severity } from './types';

/** A finding pointing at one cell. Every rule builds its findings here so the shape stays one shape. */
export function finding(
  severity: Severity,
  rule: RuleId,
  ref: CellRef,
  message: string,
  suggestion: string | null,
): Finding {
  return { severity, rule, cell: ref.address, sheet: ref.sheet, row: ref.row, column: ref.column, message, suggestion };
}

/** Quotes a cell's text inside a message, the way a person would write it: "Meduim". */
export function quote(text: string): string {
  return `"${text}"`;
}

/** A message's first letter in capitals: "payroll recommendation 3 is ..." -> "Payroll recommendation 3 is ...". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
