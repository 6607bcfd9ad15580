/**
 * The engine's vocabulary: every type that crosses from one stage of the pipeline to the next.
 *
 *   WorkbookCells -> locateTables -> LocatedTable -> readPlanRows / readActionRows -> PlanRow / ActionRow
 *   -> classifyActions -> ClassifiedAction -> validate -> Finding[] -> buildSummary -> SummaryModel
 *   -> layoutSummary -> SummaryLayout (what the Excel, ExcelJS and preview shells write)
 *
 * Pure data only: no Office JavaScript API, DOM, Node or ExcelJS types, so every shell can share it.
 */

import type { StoredData } from './dataSheet';
import type { PaperComparison } from './movement/comparePaper';

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
  /** 0-based sheet coordinates [row, column] of cells holding a formula with no cached result (their value is ""). */
  uncalculated?: Array<[number, number]>;
}

export interface WorkbookCells {
  /** The user's sheets; the add-in's own (footprint.ts) are never among them. */
  sheets: SheetCells[];
  /** The add-in's stored record from its data sheet, when the host read one (dataSheet.ts). */
  stored?: StoredData;
}

/** The logical columns the engine knows. */
export type PlanField = 'audit' | 'plannedStart' | 'status' | 'opinion';
export type ActionField = 'audit' | 'recommendation' | 'risk' | 'deadline' | 'revisedDeadline' | 'signoff';
export type TableKind = 'plan' | 'actions';

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
}

/** The result of reading one date cell. Problems are kept, not thrown, so every cell gets its finding. */
export type DateReading =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'blank' }
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
  /** A quarter such as "Q4 TBC" or "Q2/3 TBC": quarters of the financial year (Q1 = Apr-Jun). */
  | { kind: 'quarter'; quarters: number[]; text: string }
  /** A month name such as "December" or "Dec 2024"; year is null when not given. */
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
  /** Filled by the status interpreter, not the reader. */
  stage: Stage;
  /** Assurance opinion in the organisation's own word, normalised in case ("Substantial"), or null. */
  opinion: string | null;
  /** The opinion column's cell when the plan has one. */
  opinionRef: CellRef | null;
  opinionText: string;
}

export interface ActionRow {
  /** The row's audit-name cell. */
  ref: CellRef;
  audit: string;
  /** Kept as text ("1", "5 & 6", "3"): recommendation references are labels, not numbers. */
  recommendation: string;
  recommendationRef: CellRef | null;
  /** Normalised risk word ("High", "Medium", "Low", ...) or null when unknown or blank; riskText keeps the cell. */
  risk: string | null;
  riskText: string;
  riskRef: CellRef | null;
  deadline: DateReading;
  deadlineRef: CellRef | null;
  revisedDeadline: DateReading;
  revisedDeadlineRef: CellRef | null;
  signoff: DateReading;
  signoffRef: CellRef | null;
}

/** An action as of the paper's date. */
export interface ClassifiedAction extends ActionRow {
  /** The revised deadline when given and readable, else the deadline; null when neither is a date. */
  effectiveDeadline: IsoDate | null;
  /** The sign-off date, when it is a date. */
  signoffDate: IsoDate | null;
  open: boolean;
  overdue: boolean;
  /** Days past the effective deadline as of asOf; 0 unless overdue. */
  daysOverdue: number;
  /** Open, not overdue, effective deadline within 30 days of asOf (inclusive). */
  dueWithin30Days: boolean;
  /** Signed off after `since` and on or before asOf. False when since is null. */
  signedOffSince: boolean;
  /** Signed off after its effective deadline. */
  implementedLate: boolean;
}

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'unknown-status'
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
  rule: RuleId;
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

/**
 * The committee's tables, once. Every shell renders this (Excel ranges, ExcelJS, terminal text, React, JSON):
 * no renderer computes a number the core did not give it.
 */
export interface SummaryModel {
  title: string;
  asOf: IsoDate;
  since: IsoDate | null;
  blocks: SummaryBlock[];
}

export type SummaryBlockId =
  | 'plan'
  | 'plan-at-a-glance'
  | 'signed-off-since'
  | 'overdue'
  | 'open-by-risk'
  // The tables committees print and the movement since the last recorded paper (src/core/movement).
  | 'priority-by-rag'
  | 'revised-vs-overdue'
  | 'overdue-ageing'
  | 'implementation-rate'
  | 'committee-attention'
  | 'movement'
  | 'movement-closed'
  | 'movement-added'
  | 'movement-extended'
  | 'movement-newly-overdue'
  | 'movement-cohort'
  | 'movement-removed'
  | 'movement-audits'
  | 'narrative';

/** A value in a summary table. Dates are tagged so renderers can format them (dd/mm/yyyy) and keep them real dates. */
export type SummaryValue = string | number | { date: IsoDate } | null;

export interface SummaryColumn {
  header: string;
  type: 'text' | 'date' | 'number' | 'percent';
  /** Suggested width in characters. */
  width: number;
}

/** Marks a row so renderers can colour it the way the grid's conditional formatting does. */
export type RowTone = 'overdue' | 'due-soon' | null;

export interface SummaryTable {
  kind: 'table';
  id: SummaryBlockId;
  title: string;
  columns: SummaryColumn[];
  rows: SummaryValue[][];
  /** Parallel to rows when present. */
  tones?: RowTone[];
  /** Where each row came from, parallel to rows, so a pane can link back to the grid. */
  sources?: (string | null)[];
  /** Shown instead of an empty table, e.g. "No actions are overdue." */
  emptyText: string;
  /**
   * Draw this table as a native chart that reads the table's own cells on the summary sheet, so the chart stays live
   * in Excel and agrees with the table. layoutSummary turns it into a LayoutChart; tables without it are not charted,
   * and an empty table gets no chart.
   */
  chart?: TableChart;
}

/** Which of a table's body rows and columns a chart plots. */
export interface TableChart {
  title: string;
  /** Columns: one bar per category; stacked: each bar split into one segment per series. */
  type: 'column-stacked' | 'column-clustered';
  /** The body rows plotted, `[first, end)` as indexes into `rows`: leaves out a totals row. */
  rows: [first: number, end: number];
  /** The column whose cells name the categories (the bars). */
  categoryColumn: number;
  /** One series per column, named by that column's header. */
  series: { column: number; tone: SeriesTone }[];
}

/** What a chart series stands for; footprint.ts gives each its colour. */
export type SeriesTone = 'overdue' | 'due-soon' | 'not-yet-due' | 'no-deadline' | 'plan';

export interface SummaryParagraph {
  kind: 'paragraph';
  id: SummaryBlockId;
  title: string;
  text: string;
}

export type SummaryBlock = SummaryTable | SummaryParagraph;

/**
 * The summary model placed on a sheet: one grid of values, plus what to style. Both the Office JavaScript API shell and the
 * ExcelJS shell write exactly this, so the layout exists once.
 */
export interface SummaryLayout {
  sheetName: string;
  /** Row-major values starting at A1; text stays text (renderers must not let "=x" become a formula). */
  values: (string | number | null)[][];
  /** Parallel to values: "@" for text, "dd/mm/yyyy" for dates, "0" / "0%" for numbers, "General" for empty. */
  numberFormats: string[][];
  /** Column widths in characters, index = column. */
  columnWidths: number[];
  /** Cell regions to style, 0-based inclusive rectangles. */
  regions: LayoutRegion[];
  /**
   * Where each summary block landed (title row to last row, 0-based inclusive), so a shell can write or link to one
   * table at a time. Optional: added after the first contract; `values` alone is enough to write the sheet.
   */
  blocks?: LayoutBlock[];
  /**
   * The native charts, drawn from cells of the sheet so they stay live. Always set by layoutSummary; optional so a
   * layout written by hand for a shell's test stays valid.
   */
  charts?: LayoutChart[];
  /** How the sheet prints. Always set by layoutSummary; optional for the same reason as `charts`. */
  print?: LayoutPrint;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface LayoutRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One native chart on the summary sheet, described once for every shell (Office.js: `sheet.charts.add`; the file
 * shell: a drawing with a chart part; the preview: SVG). Ranges are on the summary sheet; `rangeReference` in
 * rangeReference.ts turns one into an absolute reference such as `'JAC Summary'!$B$50:$B$52`.
 */
export interface LayoutChart {
  /** The block whose cells the chart reads. */
  id: SummaryBlockId;
  title: string;
  /**
   * Office.js `Excel.ChartType.columnStacked` / `columnClustered`; in a chart part, `c:barChart` with
   * `c:barDir val="col"` and `c:grouping val="stacked"` (with `c:overlap val="100"`) or `"clustered"`.
   */
  type: TableChart['type'];
  /**
   * The cells the chart sits over, below the summary's blocks: from the top-left corner of (top, left) to the
   * bottom-right corner of (bottom, right), moving and sizing with them (Office.js `chart.setPosition(A1 of
   * top-left, A1 of bottom-right)`; a `xdr:twoCellAnchor` from (left, top) to (right + 1, bottom + 1) at offset 0).
   */
  anchor: LayoutRect;
  /** The same size in points, from the columns' widths and the default row height (15 pt). */
  widthPt: number;
  heightPt: number;
  /** The category labels: one column of the table's body. */
  categories: LayoutRect;
  /** In drawing order (for a stacked chart, bottom segment first). */
  series: LayoutSeries[];
  /** Every series' values are whole counts: the value axis shows whole numbers ("0") from zero. */
  valueFormat: '0';
}

export interface LayoutSeries {
  name: string;
  /** The header cell holding `name`, so the series name stays linked to the sheet. */
  nameCell: { row: number; column: number };
  /** One column of the table's body, parallel to the categories. */
  values: LayoutRect;
  /** Six-digit hex without "#", from footprint.ts COLOURS. */
  colour: string;
}

/**
 * How the summary sheet prints, described once for every shell (Office.js `worksheet.pageLayout` and
 * `horizontalPageBreaks`; a worksheet part's `pageSetup`, `pageMargins`, `rowBreaks` and the `_xlnm.Print_Area` and
 * `_xlnm.Print_Titles` defined names).
 */
export interface LayoutPrint {
  /** OOXML `paperSize="9"`; Office.js `Excel.PaperType.a4`. */
  paper: 'A4';
  /** Portrait when the columns fit the page's width at 85% or more, otherwise landscape. */
  orientation: 'portrait' | 'landscape';
  /** Scaled to one page wide and as many pages tall as it takes (OOXML `fitToWidth="1" fitToHeight="0"` with `sheetPr/pageSetUpPr fitToPage="1"`; Office.js `zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }`). */
  fitToPagesWide: 1;
  fitToPagesTall: 0;
  /** What prints: every block and every chart. */
  area: LayoutRect;
  /** Rows printed again at the top of every page: the title and the dates line. */
  titleRows: { top: number; bottom: number };
  /**
   * Manual page breaks, each the 0-based row that starts a new page (the break is above it): before a block that
   * would not fit in what is left of its page. OOXML `<brk id="row" max="16383" man="1"/>`; Office.js
   * `horizontalPageBreaks.add("A" + (row + 1))`.
   */
  breaks: number[];
  /** Excel's Normal margins, in inches (OOXML `pageMargins`; Office.js takes points: multiply by 72). */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

export interface LayoutBlock {
  id: SummaryBlockId;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface LayoutRegion {
  style: 'title' | 'table-title' | 'header' | 'body' | 'overdue' | 'due-soon' | 'paragraph' | 'note';
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Everything one run of the engine produces. */
export interface Analysis {
  asOf: IsoDate;
  since: IsoDate | null;
  plan: { table: LocatedTable<PlanField> | null; rows: PlanRow[] };
  actions: { table: LocatedTable<ActionField> | null; rows: ClassifiedAction[] };
  /** Errors first, then warnings; within each, by sheet and then row and column. */
  findings: Finding[];
  summary: SummaryModel;
  /** This paper as it would be recorded, beside the last paper recorded before it and what moved since. */
  paper: PaperComparison;
}
