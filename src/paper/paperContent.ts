/**
 * The committee paper's content, read once from the summary model for every paper renderer (Word, the clipboard's
 * HTML and plain text): each block becomes a table of cell texts exactly as the summary sheet shows them, or words.
 *
 * It reads blocks by their shape, not their id: any block with columns and rows is a table, and any other block
 * is its title and its text. A block another part of the engine adds (movement since the last meeting, priority
 * by RAG, a one-line note) comes out right without a change here.
 */
import { summaryDatesLine, summaryValueText } from '../core/summaryText';
import type { SummaryColumn, SummaryModel, SummaryValue } from '../core/types';

export interface PaperContent {
  title: string;
  /** "As at 31/10/2024; previous meeting 24/07/2024". */
  dates: string;
  /** In the summary's order. */
  sections: PaperSection[];
}

export type PaperSection = PaperTable | PaperText;

export interface PaperTable {
  kind: 'table';
  id: string;
  title: string;
  columns: PaperColumn[];
  /** Each cell as the sheet shows it; empty when the table has no rows (then `emptyText` stands instead). */
  rows: string[][];
  emptyText: string;
}

export interface PaperColumn {
  header: string;
  /** Counts and shares read down the column right-aligned, as on the sheet. */
  align: 'left' | 'right';
  /** This column's share of the table's width, from the summary's suggested widths; the shares add up to 1. */
  share: number;
}

export interface PaperText {
  kind: 'text';
  id: string;
  /** Empty for a block with no title of its own. */
  title: string;
  /** The text split at its line breaks, blank lines dropped. */
  paragraphs: string[];
}

/** What any block may carry, read defensively: blocks are plain data and new kinds arrive from other work. */
interface LooseBlock {
  id?: unknown;
  title?: unknown;
  text?: unknown;
  columns?: unknown;
  rows?: unknown;
  emptyText?: unknown;
}

/**
 * @example paperContent(analysis.summary).sections[0] // { kind: 'table', title: 'Internal audit plan: latest position', ... }
 */
export function paperContent(model: SummaryModel): PaperContent {
  return {
    title: model.title,
    dates: summaryDatesLine(model),
    sections: model.blocks.map((block) => section(block as LooseBlock)),
  };
}

function section(block: LooseBlock): PaperSection {
  const id = typeof block.id === 'string' ? block.id : '';
  const title = typeof block.title === 'string' ? block.title : '';
  if (Array.isArray(block.columns) && Array.isArray(block.rows)) {
    return table(
      id,
      title,
      block.columns as SummaryColumn[],
      block.rows as SummaryValue[][],
      typeof block.emptyText === 'string' ? block.emptyText : '',
    );
  }
  return { kind: 'text', id, title, paragraphs: typeof block.text === 'string' ? paragraphs(block.text) : [] };
}

function table(id: string, title: string, columns: readonly SummaryColumn[], rows: readonly SummaryValue[][], emptyText: string): PaperTable {
  const total = columns.reduce((sum, column) => sum + Math.max(1, column.width || 0), 0);
  return {
    kind: 'table',
    id,
    title,
    columns: columns.map((column) => ({
      header: column.header,
      align: column.type === 'number' || column.type === 'percent' ? 'right' : 'left',
      share: Math.max(1, column.width || 0) / total,
    })),
    rows: rows.map((row) => columns.map((column, index) => summaryValueText(row[index] ?? null, column.type))),
    emptyText,
  };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
