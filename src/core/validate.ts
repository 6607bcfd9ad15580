import { duplicateAction } from './rules/duplicateAction';
import { finalWithoutOpinion } from './rules/finalWithoutOpinion';
import { impossibleDate } from './rules/impossibleDate';
import { missingAuditName } from './rules/missingAuditName';
import { misspeltStatus } from './rules/misspeltStatus';
import { missingDeadline } from './rules/missingDeadline';
import { revisedDateTbc } from './rules/revisedDateTbc';
import type { Rule } from './rules/ruleContext';
import { signoffInFuture } from './rules/signoffInFuture';
import { startPassedNotStarted } from './rules/startPassedNotStarted';
import { statusContradictsDate } from './rules/statusContradictsDate';
import { uncalculatedFormula } from './rules/uncalculatedFormula';
import { unknownActionStatus } from './rules/unknownActionStatus';
import { unknownOpinion } from './rules/unknownOpinion';
import { unknownRisk } from './rules/unknownRisk';
import { unknownStatus } from './rules/unknownStatus';
import { unreadableDate } from './rules/unreadableDate';
import { usDate } from './rules/usDate';
import type { ClassifiedAction, Finding, IsoDate, PlanRow } from './types';

/** Every rule, each in its own file. Order does not matter: findings are sorted afterwards. */
export const RULES: readonly Rule[] = [
  missingAuditName,
  unknownStatus,
  unknownOpinion,
  finalWithoutOpinion,
  startPassedNotStarted,
  unknownRisk,
  impossibleDate,
  usDate,
  unreadableDate,
  missingDeadline,
  signoffInFuture,
  misspeltStatus,
  unknownActionStatus,
  statusContradictsDate,
  revisedDateTbc,
  uncalculatedFormula,
  duplicateAction,
];

/** Errors before warnings; then by sheet, row and column, so the list reads down the workbook. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return a.row - b.row || a.column - b.column;
}

/** A sorted copy; the input is left as it was. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * Every data problem in the plan and actions, all of them (never stopping at the first), sorted.
 *
 * @example validate(planRows, classifyActions(actionRows, '2024-10-31', null), '2024-10-31')
 */
export function validate(plan: readonly PlanRow[], actions: readonly ClassifiedAction[], asOf: IsoDate): Finding[] {
  const context = { plan, actions, asOf };
  return sortFindings(RULES.flatMap((rule) => rule(context)));
}
