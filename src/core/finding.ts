import type { CellRef, CheckId, Finding, Severity } from './types';

/** A finding pointing at one cell. Every check builds its findings here so the shape stays one shape. */
export function finding(severity: Severity, check: CheckId, ref: CellRef, message: string, suggestion: string | null): Finding {
  return { severity, check, cell: ref.address, sheet: ref.sheet, row: ref.row, column: ref.column, message, suggestion };
}

/** Quotes a cell's text inside a message, the way a person would write it: "Meduim". */
export function quote(text: string): string {
  return `"${text}"`;
}

/** A message's first letter in capitals: "payroll recommendation 3 is ..." -> "Payroll recommendation 3 is ...". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The one order of findings: errors before warnings, then by sheet, row and column so the list reads down the
 * workbook, then by check id and message so that two findings on one cell always come out the same way round
 * whatever order the checks ran in (the suggestion last, so that only identical findings tie). A total order is
 * what lets live checking merge the findings it re-checked with those it kept and get the whole engine's list.
 */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return (
    a.row - b.row ||
    a.column - b.column ||
    compareText(a.check, b.check) ||
    compareText(a.message, b.message) ||
    compareText(a.suggestion ?? '', b.suggestion ?? '')
  );
}

/**
 * A sorted copy, the input left as it was: the one place findings are put in order (analyseWorkbook and recheckRows
 * both end here). A list made of a few sorted runs, as recheckRows gives it, sorts in about one pass.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
