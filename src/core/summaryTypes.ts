/**
 * The summary the engine builds and the layout every shell writes (part of the engine's vocabulary, types.ts, which
 * re-exports everything here).
 */
import type { IsoDate } from './types';

/**
 * The committee's tables, once. Every shell renders this (Excel ranges, ExcelJS, terminal text, React, JSON):
 * no renderer computes a number the core did not give it.
 */
export interface SummaryModel {
  title: string;
  asOf: IsoDate;
  since: IsoDate | null;
  /** One-line notes shown under the dates, such as which table this workbook lacks. Absent when there are none. */
  notes?: string[];
  blocks: SummaryBlock[];
}

export type SummaryBlockId =
  | 'plan'
  | 'plan-at-a-glance'
  | 'signed-off-since'
  | 'overdue'
  | 'awaiting-verification'
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
   * table at a time, and so the print layout can break pages between blocks rather than through one.
   */
  blocks: LayoutBlock[];
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
