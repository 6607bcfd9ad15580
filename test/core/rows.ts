/**
 * Hand-built plan and action rows for the analysing half's unit tests, laid out as the seed lays them out:
 * plan on "Plan" (A Audit, B Planned start, C Status, D Opinion when given), actions on "Actions"
 * (A Audit Name, B Recommendation, C Risk, D Deadline, E Signoff Date, F Revised deadline when given).
 * Dates are written as ISO strings for brevity and become date readings; other text becomes what the reader
 * would make of it (blank, placeholder, impossible...), given explicitly as a DateReading.
 */
import { cellRef } from '../../src/core/address';
import { interpretStatus } from '../../src/core/status';
import type { ActionRow, DateReading, PlannedStart, PlanRow } from '../../src/core/types';
import { normaliseRisk } from '../../src/core/vocabulary';

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
  sheet?: string;
}

export function actionRow(spec: ActionSpec): ActionRow {
  const sheet = spec.sheet ?? 'Actions';
  const hasRevised = spec.revised !== undefined;
  return {
    ref: cellRef(sheet, spec.row, 0),
    audit: spec.audit ?? 'Payroll',
    recommendation: spec.recommendation ?? '1',
    recommendationRef: cellRef(sheet, spec.row, 1),
    risk: normaliseRisk(spec.risk ?? 'Medium'),
    riskText: spec.risk ?? 'Medium',
    riskRef: cellRef(sheet, spec.row, 2),
    deadline: reading(spec.deadline),
    deadlineRef: cellRef(sheet, spec.row, 3),
    signoff: reading(spec.signoff),
    signoffRef: cellRef(sheet, spec.row, 4),
    revisedDeadline: reading(spec.revised),
    revisedDeadlineRef: hasRevised ? cellRef(sheet, spec.row, 5) : null,
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
  const reading = interpretStatus(status, opinionText);
  return {
    ref: cellRef(sheet, spec.row, 0),
    audit: spec.audit ?? 'Payroll',
    plannedStartText: spec.plannedStartText ?? '',
    plannedStart: spec.plannedStart ?? { kind: 'blank' },
    plannedStartRef: cellRef(sheet, spec.row, 1),
    statusText: status,
    statusRef: cellRef(sheet, spec.row, 2),
    stage: reading.stage,
    opinion: reading.opinion,
    opinionRef: spec.opinion === undefined ? null : cellRef(sheet, spec.row, 3),
    opinionText,
  };
}
