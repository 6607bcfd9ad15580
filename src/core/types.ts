/**
 * The engine's vocabulary: every type that crosses from one stage of the pipeline to the next.
 *
 *   WorkbookCells -> locateTables -> LocatedTable -> readPlanRows / readActionRows -> PlanRow / ActionRow
 *   -> classifyActions -> ClassifiedAction -> runChecks -> Finding[] -> buildSummary -> SummaryModel
 *   -> layoutSummary -> SummaryLayout (what the Excel, ExcelJS and preview shells write)
 *
 * Pure data only: no Office JavaScript API, DOM, Node or ExcelJS types, so every shell can share it.
 */

import type { StoredData } from './dataSheet';
import type { ActionField, PlanField } from './fields';
import type { PaperComparison } from './movement/comparePaper';
import type { SummaryModel } from './summaryTypes';

export type { ActionField, Field, PlanField } from './fields';

/** A cell exactly as Excel hands it over: text, a number (dates are serials), a boolean, or "" when blank. */
export type CellValue = string | number | boolean | null;

/** A calendar date with no time zone, as `YYYY-MM-DD`. Compare with `<`/`>`: the format sorts. */
export type IsoDate = string;

/** An Excel table (ListObject) as the host reports it. Rows and columns are 0-based sheet coordinates. */
export interface ExcelTableInfo {
  name: string;
  /** Row of the header, 0-based on the sheet. */
  headerRow: number;
  /** First and last column, 0-based, inclusive. */
  firstColumn: number;
  lastColumn: number;
  /** Last data row, 0-based, inclusive (equals headerRow when the table has no data rows). */
  lastRow: number;
}

/** One worksheet's used range. `values[r][c]` is the cell at sheet row `originRow + r`, column `originColumn + c`. */
export interface SheetCells {
  name: string;
  /** 0-based sheet row of values[0]. */
  originRow: number;
  /** 0-based sheet column of values[r][0]. */
  originColumn: number;
  values: CellValue[][];
  /**
   * Number formats parallel to `values`, where the host could read them (the Office JavaScript API's `numberFormat`,
   * ExcelJS `numFmt`). Lets the reader tell a date serial from a plain number such as a recommendation "3".
   */
  numberFormats?: string[][];
  tables: ExcelTableInfo[];
  /**
   * Cells holding a formula that has no cached result (a workbook written by a script and never opened in Excel),
   * as 0-based sheet [row, column]; their value in `values` is "". A host that reads calculated values (Excel
   * itself) leaves this out.
   */
  uncalculated?: Array<[row: number, column: number]>;
}

export interface WorkbookCells {
  /** The user's sheets; the add-in's own (footprint.ts) are never among them. */
  sheets: SheetCells[];
  /** The add-in's stored record from its data sheet, when the host read one (dataSheet.ts). */
  stored?: StoredData;
}

/** The logical columns the engine knows are listed once, in fields.ts. */
export type TableKind = 'plan' | 'actions';

/**
 * What an action's status says happened to it. Only open actions can be overdue or due soon. "Implemented, awaiting
 * verification" (management says done, internal audit has not confirmed) is reported apart, as committees do.
 */
export type Disposition = 'open' | 'awaiting-verification' | 'implemented' | 'closed-without-implementation';

/**
 * A word the user adds to what the engine understands: in the plan's status or opinion column, or the tracker's
 * status or risk column. `means` is one of the meanings the field table lists for that field (fields.ts `meanings`):
 * a Stage for a plan status, a Disposition for an action status, a grade ("high") for a risk, an opinion level
 * ("reasonable") for an opinion.
 *
 * @example { table: 'actions', field: 'status', word: 'Closed - verified', means: 'implemented' }
 */
export interface VocabularyEntry {
  table: TableKind;
  field: string;
  word: string;
  means: string;
}

/**
 * The user's override of what the detector would choose. Every part is optional: anything not given is detected.
 * `columns` maps a field to the header text as it appears in the sheet (matched loosely) or a column letter ("D").
 */
export interface TableMapping {
  sheet?: string;
  /** An Excel table's name; wins over `sheet`. */
  table?: string;
  columns?: Partial<Record<PlanField | ActionField, string>>;
}

/** Settings a shell persists (in the workbook for Excel, in a JSON file or flags for the command line). */
export interface JacSettings {
  /** Previous JAC meeting: actions signed off after it (and up to asOf) are "signed off since". */
  since: IsoDate | null;
  /** The paper's date; null means today. */
  asOf: IsoDate | null;
  plan?: TableMapping;
  actions?: TableMapping;
  /** Add Excel data validation (in-cell lists and date rules) to the user's tables. On by default. */
  dataValidation: boolean;
  /**
   * Re-check the tables as the user edits them while the add-in is running. On by default; apart from
   * `dataValidation`, which writes rules into the sheets, and from `startWithWorkbook`.
   */
  checkWhileEditing: boolean;
  /**
   * Start the add-in whenever this workbook opens (in Excel: Office.addin.setStartupBehavior), so edits are checked
   * with the pane closed. Off unless the user chooses it: whoever opens the file without the add-in then sees an
   * error. Shells that cannot start with a workbook ignore it; absent means off.
   */
  startWithWorkbook?: boolean;
  /**
   * The committee's rules on revised deadlines: the most revisions of one action's deadline it accepts, and the
   * longest extension past the original deadline, in days. Absent or null when the committee has none; open actions
   * beyond them are listed for its attention in the summary.
   */
  mostRevisions?: number | null;
  longestExtensionDays?: number | null;
  /** The organisation's own words, added to those the engine knows. Absent or empty when there are none. */
  vocabulary?: VocabularyEntry[];
}

export const DEFAULT_SETTINGS: JacSettings = { since: null, asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false };

/** Where a table was found and which sheet column holds each field. All coordinates are 0-based on the sheet. */
export interface LocatedTable<F extends string = string> {
  kind: TableKind;
  sheet: string;
  /** Set when the table is an Excel table (ListObject). */
  tableName: string | null;
  headerRow: number;
  /** First and last data row, inclusive; lastRow < firstRow when there are no data rows. */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Field -> sheet column. Missing fields were not found. */
  columns: Partial<Record<F, number>>;
  /** Field -> the header text that was matched, for showing "what was detected" in settings. */
  headers: Partial<Record<F, string>>;
  /**
   * Every column of a field that may repeat (fields.ts `repeats`: revised deadlines), in order: the first revision
   * first. `columns` holds the first of them. Absent when no field repeats in this table.
   */
  repeated?: Partial<Record<F, number[]>>;
  /** The header text of each column in `repeated`, in the same order ("Revised target date", "Second revised date"). */
  repeatedHeaders?: Partial<Record<F, string[]>>;
}

/** The result of reading one date cell. Problems are kept, not thrown, so every cell gets its finding. */
export type DateReading =
  /**
   * `earlier` is set when the cell itself says the date is a revision: the date it replaced when the cell names it
   * ("March 2015 - revised target date October 2016"), or null when it only says so ("31 March 2025 (revised)").
   */
  | { kind: 'date'; date: IsoDate; earlier?: IsoDate | null }
  | { kind: 'blank' }
  /** A formula whose result has never been calculated (SheetCells.uncalculated): its value is unknown. */
  | { kind: 'uncalculated' }
  /** Words that stand for "no date yet": TBC, TBA, N/A, "-". */
  | { kind: 'placeholder'; text: string }
  /** Looks like dd/mm/yyyy but the day cannot exist, e.g. 30/02/2024. */
  | { kind: 'impossible'; text: string }
  /** Only makes sense as month/day, e.g. 12/31/2024. `usDate` is what an American reader would take it for. */
  | { kind: 'us-format'; text: string; usDate: IsoDate }
  | { kind: 'unreadable'; text: string };

/** How far an audit has got. */
export type Stage = 'not-started' | 'planning' | 'fieldwork' | 'draft' | 'final' | 'deferred' | 'cancelled' | 'other';

/** The planned start column holds a date, or words such as Complete, In progress, Q2/3 TBC, December, TBC. */
export type PlannedStart =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'complete' }
  | { kind: 'in-progress' }
  /**
   * A quarter such as "Q4 TBC" or "Q2/3 TBC": quarters of the financial year (Q1 = Apr-Jun). financialYear is the
   * year that financial year starts in, from the cell ("2024/25 Q3") or the plan's title (planYear.ts), else null.
   */
  | { kind: 'quarter'; quarters: number[]; text: string; financialYear: number | null }
  /** A month name such as "December" or "Dec 2024"; year is null when neither the cell nor the plan's title gives it. */
  | { kind: 'month'; month: number; year: number | null; text: string }
  | { kind: 'tbc'; text: string }
  | { kind: 'blank' }
  | { kind: 'unreadable'; text: string };

/** The cell a value came from, so every finding and every row can point back at the grid. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
  /** A1 address with its sheet, quoted as Excel quotes it: `'Audit Actions'!A5`, `Actions!D4`. */
  address: string;
}

/** A cell holding a formula that was never calculated, named as findings name its column ("deadline"). */
export interface UncalculatedCell {
  label: string;
  ref: CellRef;
}

export interface PlanRow {
  /** The row's audit-name cell. */
  ref: CellRef;
  audit: string;
  /** The planned start cell's text as a person would read it ("11/11/24", "Q4 TBC"). */
  plannedStartText: string;
  plannedStart: PlannedStart;
  plannedStartRef: CellRef | null;
  statusText: string;
  statusRef: CellRef | null;
  /** Filled by the status interpreter, not the reader. A misspelt status is read as the stage it was meant to say. */
  stage: Stage;
  /** The status with its misspelling put right, when it was misspelt ("Finalsed" -> "Finalised") or not understood. */
  statusSuggestion: string | null;
  /** Assurance opinion in the organisation's own word, normalised in case ("Substantial"), or null. */
  opinion: string | null;
  /** The opinion column's cell when the plan has one. */
  opinionRef: CellRef | null;
  opinionText: string;
  /** An opinion written in the opinion cell or the status that is not an opinion word: what, where, and a fix. */
  opinionUnread: { text: string; ref: CellRef; suggestion: string | null } | null;
  /** The opinion cell says in words that no opinion is given ("Opinion not provided", "N/A"). */
  noOpinionStated: boolean;
  uncalculated: readonly UncalculatedCell[];
}

/** An action status cell as the engine reads it. */
export interface ActionStatus {
  /** Null when the cell is blank or says nothing the engine understands (then the closing date decides). */
  disposition: Disposition | null;
  /** False for a word the engine does not know. A misspelt word is known (read as meant) but has a suggestion. */
  recognised: boolean;
  /** The wording put right, for a misspelt or unknown status ("Implemnted" -> "Implemented"), or null. */
  suggestion: string | null;
}

/**
 * Where a tracker's columns are, 0-based on its sheet, null when it has no such column: one object per table,
 * shared by all its rows. A row keeps one CellRef (its identifying cell) and finds any other cell from this
 * (cellOf), so 20,000 actions do not carry a dozen references each that only a finding would ever use.
 */
export interface ActionColumns {
  sheet: string;
  audit: number | null;
  reference: number | null;
  recommendation: number | null;
  risk: number | null;
  owner: number | null;
  response: number | null;
  status: number | null;
  deadline: number | null;
  /** Every revised-deadline column, in order (the first revision first). */
  revisions: readonly number[];
  signoff: number | null;
}

export interface ActionRow {
  /** The row's identifying cell: its audit name, else its reference, else its recommendation. */
  ref: CellRef;
  /** The tracker's columns (shared by every row of the table). */
  columns: ActionColumns;
  audit: string;
  /** The recommendation's reference ("IA-24-01.2", "3"), kept as text; "" when blank or the tracker has none. */
  reference: string;
  /** The recommendation column as text ("1", "5 & 6", or the recommendation's words). */
  recommendation: string;
  /**
   * The organisation's own word for the grade, in its usual spelling ("High", "Significant", "Priority 1", "Amber"),
   * or null when blank or not a grade; riskText keeps the cell as typed.
   */
  risk: string | null;
  /** One rank across every scale, for ordering: 0 Critical, 1 High, 2 Medium, 3 Low, 4 Advisory, 5 not graded. */
  riskRank: number;
  riskText: string;
  owner: string;
  response: string;
  statusText: string;
  status: ActionStatus;
  /** The original deadline cell. */
  deadline: DateReading;
  /** Each revised-deadline cell, parallel to `columns.revisions`. */
  revisedDeadlines: readonly DateReading[];
  signoff: DateReading;
  uncalculated: readonly UncalculatedCell[];
}

/** An action as of the paper's date. */
export interface ClassifiedAction extends ActionRow {
  /** The right-most revised deadline holding a date, else the deadline; null when none is a date. */
  effectiveDeadline: IsoDate | null;
  /** The first date the action was due by, when known. */
  originalDeadline: IsoDate | null;
  /** How many times the deadline was moved (revised dates given, including one written inside a deadline cell). */
  revisionCount: number;
  /** Days between the original and the effective deadline; null when either is unknown. */
  daysAdded: number | null;
  /** The sign-off date, when it is a date. */
  signoffDate: IsoDate | null;
  /** From the status, else the closing date: a closing date closes an action, and so does a status. */
  disposition: Disposition;
  /** The disposition is open. */
  open: boolean;
  overdue: boolean;
  /** Days past the effective deadline as of asOf; 0 unless overdue. */
  daysOverdue: number;
  /** Open, not overdue, effective deadline within DUE_SOON_DAYS days of asOf, inclusive (dueSoon.ts). */
  dueSoon: boolean;
  /** Signed off after `since` and on or before asOf. False when since is null. */
  signedOffSince: boolean;
}

export type Severity = 'error' | 'warning';

/**
 * What made a finding: a check's id (`src/core/checks/`), or the table finder's `missing-table` and `missing-column`.
 */
export type CheckId =
  | 'unknown-status'
  | 'misspelt-status'
  | 'unknown-action-status'
  | 'status-contradicts-date'
  | 'status-says-not-due'
  | 'revised-date-tbc'
  | 'uncalculated-formula'
  | 'unknown-risk'
  | 'unknown-opinion'
  | 'impossible-date'
  | 'us-date'
  | 'unreadable-date'
  | 'missing-deadline'
  | 'signoff-in-future'
  | 'final-without-opinion'
  | 'start-passed-not-started'
  | 'duplicate-action'
  | 'missing-column'
  | 'missing-table'
  | 'missing-audit-name';

/** A data problem a person should fix: never a judgement on performance. */
export interface Finding {
  severity: Severity;
  check: CheckId;
  /** A1 address with sheet; for a missing column or table, the header row's first cell or the sheet's A1. */
  cell: string;
  sheet: string;
  /** 0-based sheet coordinates of `cell`. */
  row: number;
  column: number;
  /** Plain British English: what is wrong, e.g. "The deadline 30/02/2024 is not a real date: February 2024 has 29 days." */
  message: string;
  /** What would fix it, or null. */
  suggestion: string | null;
}

// The summary model and its layout, what every shell renders, have their own file.
export type * from './summaryTypes';

/**
 * The words of this workbook's own columns that the add-in's in-cell lists and highlighting offer and compare with,
 * so they match the scale and statuses the organisation uses (vocabulary.ts trackerWords).
 */
export interface TrackerWords {
  /** Grades to offer in the risk column: the words of the scales this tracker uses, highest first. */
  risk: string[];
  /** Statuses to offer in the action status column: those the tracker uses, else a standard set. */
  actionStatus: string[];
  /** Status words, as typed in this tracker, and the user's own, that say an action is no longer open. */
  closedStatuses: string[];
  /**
   * When the status column holds numbers (percentage complete): the value meaning done (1 under a % format,
   * 100 otherwise). Null when it holds none.
   */
  completePercent: number | null;
  /**
   * Statuses to offer in the plan's status column: the recognised ones the plan uses, stage by stage, and the
   * standard word for each stage it has none for. Absent when the workbook has no plan (the standard list is offered).
   */
  planStatus?: string[];
}

/** Everything one run of the engine produces. */
export interface Analysis {
  asOf: IsoDate;
  since: IsoDate | null;
  plan: { table: LocatedTable<PlanField> | null; rows: PlanRow[] };
  actions: { table: LocatedTable<ActionField> | null; rows: ClassifiedAction[] };
  /** In the one order of findings (compareFindings): errors first, then by sheet, row, column, check id and message. */
  findings: Finding[];
  summary: SummaryModel;
  /** This paper as it would be recorded, beside the last paper recorded before it and what moved since. */
  paper: PaperComparison;
  /** What the in-cell lists and highlighting should use for this workbook (absent from analyses built by hand). */
  words?: TrackerWords;
}
