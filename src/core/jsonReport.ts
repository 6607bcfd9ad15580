import { jsonMovement, jsonSummaryBlock, type JsonMovement, type JsonSummaryBlock } from './movement/jsonMovement';
import type { Analysis, ClassifiedAction, DateReading, Finding, IsoDate, PlanRow, Severity, Stage } from './types';

export type { JsonMovement, JsonSummaryBlock };

/** The `--json` object of `jac-summary`. These fields are fixed, because other tools read them. */
export interface JsonReport {
  asOf: IsoDate;
  since: IsoDate | null;
  plan: { rows: JsonPlanRow[] };
  actions: { rows: JsonActionRow[]; overdue: JsonActionRow[]; signedOffSince: JsonActionRow[] };
  findings: JsonFinding[];
  /** What moved since the last paper recorded before this one; null when no earlier paper is recorded. */
  movement: JsonMovement | null;
  /** Every block of the summary layout, in order, each with its stable id. */
  summary: { blocks: JsonSummaryBlock[] };
}

export interface JsonPlanRow {
  cell: string;
  audit: string;
  /** YYYY-MM-DD when the planned start is a date, else the words in the cell ("Q4 TBC"), or null when blank. */
  plannedStart: string | null;
  status: string;
  stage: Stage;
  opinion: string | null;
}

export interface JsonActionRow {
  cell: string;
  audit: string;
  recommendation: string;
  risk: string | null;
  /** The effective deadline (revised when given), YYYY-MM-DD or null. */
  deadline: IsoDate | null;
  signoff: IsoDate | null;
  overdue: boolean;
  daysOverdue: number;
}

export interface JsonFinding {
  severity: Severity;
  rule: string;
  cell: string;
  message: string;
  suggestion: string | null;
}

function dateOf(reading: DateReading): IsoDate | null {
  return reading.kind === 'date' ? reading.date : null;
}

function planRow(row: PlanRow): JsonPlanRow {
  const plannedStart =
    row.plannedStart.kind === 'date' ? row.plannedStart.date : row.plannedStartText.trim() === '' ? null : row.plannedStartText.trim();
  return {
    cell: row.ref.address,
    audit: row.audit,
    plannedStart,
    status: row.statusText.trim(),
    stage: row.stage,
    opinion: row.opinion,
  };
}

function actionRow(action: ClassifiedAction): JsonActionRow {
  return {
    cell: action.ref.address,
    audit: action.audit,
    recommendation: action.recommendation,
    // The normalised word when recognised; otherwise what the cell says, so nothing the user wrote is lost.
    risk: action.risk ?? (action.riskText.trim() || null),
    deadline: action.effectiveDeadline,
    signoff: dateOf(action.signoff),
    overdue: action.overdue,
    daysOverdue: action.daysOverdue,
  };
}

function finding({ severity, rule, cell, message, suggestion }: Finding): JsonFinding {
  return { severity, rule, cell, message, suggestion };
}

/**
 * The analysis as the fixed `--json` shape: each row points at its audit-name cell, dates are YYYY-MM-DD or null,
 * and a row's deadline is the effective one.
 */
export function toJsonReport(analysis: Analysis): JsonReport {
  const actions = analysis.actions.rows.map(actionRow);
  return {
    asOf: analysis.asOf,
    since: analysis.since,
    plan: { rows: analysis.plan.rows.map(planRow) },
    actions: {
      rows: actions,
      overdue: actions.filter((_, index) => analysis.actions.rows[index].overdue),
      signedOffSince: actions.filter((_, index) => analysis.actions.rows[index].signedOffSince),
    },
    findings: analysis.findings.map(finding),
    movement: analysis.paper.movement ? jsonMovement(analysis.paper.movement) : null,
    summary: { blocks: analysis.summary.blocks.map(jsonSummaryBlock) },
  };
}
