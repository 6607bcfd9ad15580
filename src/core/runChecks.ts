import type { Check } from './checks/checkContext';
import { duplicateAction } from './checks/duplicateAction';
import { finalWithoutOpinion } from './checks/finalWithoutOpinion';
import { impossibleDate } from './checks/impossibleDate';
import { missingAuditName } from './checks/missingAuditName';
import { missingDeadline } from './checks/missingDeadline';
import { misspeltStatus } from './checks/misspeltStatus';
import { revisedDateTbc } from './checks/revisedDateTbc';
import { signoffInFuture } from './checks/signoffInFuture';
import { startPassedNotStarted } from './checks/startPassedNotStarted';
import { statusContradictsDate } from './checks/statusContradictsDate';
import { statusSaysNotDue } from './checks/statusSaysNotDue';
import { uncalculatedFormula } from './checks/uncalculatedFormula';
import { unknownActionStatus } from './checks/unknownActionStatus';
import { unknownOpinion } from './checks/unknownOpinion';
import { unknownRisk } from './checks/unknownRisk';
import { unknownStatus } from './checks/unknownStatus';
import { unreadableDate } from './checks/unreadableDate';
import { usDate } from './checks/usDate';
import type { ClassifiedAction, Finding, IsoDate, PlanRow } from './types';

/**
 * Every check, each in its own file with its id and scope. The only list: the whole engine runs them all and live
 * checking picks by scope. Order does not matter: findings have one total order (compareFindings).
 */
export const CHECKS: readonly Check[] = [
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
  statusSaysNotDue,
  revisedDateTbc,
  uncalculatedFormula,
  duplicateAction,
];

/**
 * Every data problem in the plan and actions, all of them (never stopping at the first), unsorted: the caller sorts
 * once, with the table finder's findings (sortFindings).
 *
 * @example sortFindings(runChecks(planRows, classifyActions(actionRows, '2024-10-31', null), '2024-10-31'))
 */
export function runChecks(
  plan: readonly PlanRow[],
  actions: readonly ClassifiedAction[],
  asOf: IsoDate,
  checks: readonly Check[] = CHECKS,
): Finding[] {
  const context = { plan, actions, asOf };
  return checks.flatMap((check) => check.check(context));
}
