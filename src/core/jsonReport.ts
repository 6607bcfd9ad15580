import { jsonMovement, jsonSummaryBlock, type JsonMovement, type JsonSummaryBlock } from './movement/jsonMovement';
import type { Analysis, ClassifiedAction, DateReading, Disposition, Finding, IsoDate, PlanRow, Severity, Stage } from './types';

export type { JsonMovement, JsonSummaryBlock };

/**
 * The `--json` object of `jac-summary`. These fields are fixed, because other tools read them; fields are only
 * ever added.
 */
export interface JsonReport {
  asOf: IsoDate;
  since: IsoDate | null;
  /** Which of the two tables the workbook has (a workbook may hold only one). */
  tablesFound: { plan: boolean; actions: boolean };
  plan: { rows: JsonPlanRow[] };
  actions: { rows: JsonActionRow[]; overdue: JsonActionRow[]; signedOffSince: JsonActionRow[] };
  findings: JsonFinding[];
  /** What moved since the last recorded paper before this one; null when no earlier paper is recorded. */
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
  /** The recommendation's text, or its reference when the tracker has no recommendation column. */
  recommendation: string;
  /** The organisation's grade word ("High", "Significant", "Priority 1"), or what the cell says when not a grade. */
  risk: string | null;
  /** The effective deadline (the latest revised one holding a date), YYYY-MM-DD or null. */
  deadline: IsoDate | null;
  signoff: IsoDate | null;
  overdue: boolean;
  daysOverdue: number;
  /** The recommendation's reference ("IA-24-01.2"), or null when the tracker has no reference column or it is blank. */
  ref: string | null;
  owner: string | null;
  /** The status as the tracker words it, or null when blank or the tracker has no status column. */
  status: string | null;
  disposition: Disposition;
  /** The first deadline agreed, YYYY-MM-DD, or null when not known. */
  originalDeadline: IsoDate | null;
  /** How many times the deadline was moved. */
  revisions: number;
  /** The latest management response or update, or null. */
  response: string | null;
}

export interface JsonFinding {
  severity: Severity;
  /** The id of the check that made the finding. Named `rule` because other tools read this key (see above). */
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
    recommendation: action.columns.recommendation !== null ? action.recommendation : action.reference,
    // The grade word when recognised; otherwise what the cell says, so nothing the user wrote is lost.
    risk: action.risk ?? (action.riskText.trim() || null),
    deadline: action.effectiveDeadline,
    signoff: dateOf(action.signoff),
    overdue: action.overdue,
    daysOverdue: action.daysOverdue,
    ref: action.reference || null,
    owner: action.owner || null,
    status: action.statusText || null,
    disposition: action.disposition,
    originalDeadline: action.originalDeadline,
    revisions: action.revisionCount,
    response: action.response || null,
  };
}

function finding({ severity, check, cell, message, suggestion }: Finding): JsonFinding {
  return { severity, rule: check, cell, message, suggestion };
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
    tablesFound: { plan: analysis.plan.table !== null, actions: analysis.actions.table !== null },
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
