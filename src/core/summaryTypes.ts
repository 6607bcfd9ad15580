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
}

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

