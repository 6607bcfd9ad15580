/**
 * Hand-built plan and action rows for the analysing half's unit tests, laid out as the seed lays them out:
 * plan on "Plan" (A Audit, B Planned start, C Status, D Opinion when given), actions on "Actions"
 * (A Audit Name, B Recommendation, C Risk, D Deadline, E Signoff Date, F Revised deadline when given, G Status when
 * given, H Owner when given, I Ref when given, J a second revised deadline when given).
 * Dates are written as ISO strings for brevity and become date readings; other text becomes what the reader
 * would make of it (blank, placeholder, impossible...), given explicitly as a DateReading.
 */
import { cellRef } from '../../src/core/address';
import { readActionStatus } from '../../src/core/actionStatus';
import { readPriority, UNGRADED_RANK } from '../../src/core/priorities';
import { readStatus, opinionInStatus, readOpinion } from '../../src/core/status';
import type { ActionColumns, ActionRow, DateReading, PlannedStart, PlanRow } from '../../src/core/types';

export function reading(value: string | DateReading | undefined): DateReading {
  if (value === undefined || value === '') return { kind: 'blank' };
  if (typeof value !== 'string') return value;
  return { kind: 'date', date: value };
}

export interface ActionSpec {
  row: number;
  audit?: string;
  recommendation?: string;
  risk?: string;
  deadline?: string | DateReading;
  signoff?: string | DateReading;
  revised?: string | DateReading;
  /** A second revised deadline (column J). */
  revised2?: string | DateReading;
  status?: string;
  owner?: string;
  ref?: string;
  sheet?: string;
}

export function actionRow(spec: ActionSpec): ActionRow {
  const sheet = spec.sheet ?? 'Actions';
  const priority = readPriority(spec.risk ?? 'Medium');
  const revisions: number[] = [];
  const revised: DateReading[] = [];
  if (spec.revised !== undefined) {
    revisions.push(5);
    revised.push(reading(spec.revised));
  }
  if (spec.revised2 !== undefined) {
    revisions.push(9);
    revised.push(reading(spec.revised2));
  }
  // Each row describes its own columns here; the reader shares one object per table.
  const columns: ActionColumns = {
    sheet,
    audit: 0,
    reference: spec.ref === undefined ? null : 8,
    recommendation: 1,
    risk: 2,
    owner: spec.owner === undefined ? null : 7,
    response: null,
    status: spec.status === undefined ? null : 6,
    deadline: 3,
    revisions,
    signoff: 4,
  };
  return {
    ref: cellRef(sheet, spec.row, 0),
    columns,
    audit: spec.audit ?? 'Payroll',
    reference: spec.ref ?? '',
    recommendation: spec.recommendation ?? '1',
    risk: priority?.word ?? null,
    riskRank: priority?.rank ?? UNGRADED_RANK,
    riskText: spec.risk ?? 'Medium',
    owner: spec.owner ?? '',
    response: '',
    statusText: spec.status ?? '',
    status: readActionStatus(spec.status ?? ''),
    deadline: reading(spec.deadline),
    revisedDeadlines: revised,
    signoff: reading(spec.signoff),
    uncalculated: [],
  };
}

export interface PlanSpec {
  row: number;
  audit?: string;
  plannedStart?: PlannedStart;
  plannedStartText?: string;
  status?: string;
  opinion?: string;
  sheet?: string;
}

export function planRow(spec: PlanSpec): PlanRow {
  const sheet = spec.sheet ?? 'Plan';
  const status = spec.status ?? '';
  const opinionText = spec.opinion ?? '';
  const reading = readStatus(status, opinionText);
  const opinionRef = spec.opinion === undefined ? null : cellRef(sheet, spec.row, 3);
  const inColumn = opinionRef && opinionText.trim() !== '' ? readOpinion(opinionText) : null;
  const inStatus = opinionInStatus(status);
  const unread = inColumn
    ? !inColumn.recognised && (reading.stage === 'final' || inColumn.suggestion !== null)
      ? { text: opinionText.trim(), ref: opinionRef!, suggestion: inColumn.suggestion }
      : null
    : inStatus.recognised
      ? null
      : { text: status.trim(), ref: cellRef(sheet, spec.row, 2), suggestion: inStatus.suggestion };
  return {
    ref: cellRef(sheet, spec.row, 0),
    audit: spec.audit ?? 'Payroll',
    plannedStartText: spec.plannedStartText ?? '',
    plannedStart: spec.plannedStart ?? { kind: 'blank' },
    plannedStartRef: cellRef(sheet, spec.row, 1),
    statusText: status,
    statusRef: cellRef(sheet, spec.row, 2),
    stage: reading.stage,
    statusSuggestion: reading.suggestion,
    opinion: reading.opinion,
    opinionRef,
    opinionText,
    opinionUnread: unread,
    noOpinionStated: inColumn?.statedNone ?? false,
    uncalculated: [],
  };
}
