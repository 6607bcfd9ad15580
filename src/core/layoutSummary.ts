import { isoDateToSerial } from './serials';
import { SUMMARY_SHEET_NAME } from './footprint';
import { placeCharts, type ChartSource } from './layoutCharts';
import { layoutPrint } from './layoutPrint';
import { summaryDatesLine } from './summaryText';
import type { IsoDate, LayoutBlock, LayoutRegion, SummaryColumn, SummaryLayout, SummaryModel, SummaryTable, SummaryValue } from './types';

const TEXT = '@';
const DATE = 'dd/mm/yyyy';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

type Value = string | number | null;

/** Formats and places cells a row at a time, recording the regions to style and each block's rectangle. */
class Grid {
  readonly values: Value[][] = [];
  readonly formats: string[][] = [];
  readonly regions: LayoutRegion[] = [];
  readonly blocks: LayoutBlock[] = [];
  /** Tables that ask for a chart, with where their header and body landed. */
  readonly chartSources: ChartSource[] = [];
  /** Dates repeat (many actions share a deadline), so each is turned into a serial once. */
  private readonly serials = new Map<string, number>();

  constructor(private readonly width: number) {}

  /** Adds a row padded to the grid's width, so every row has the same length. Returns its index. */
  add(values: Value[], formats: string[]): number {
    for (let c = values.length; c < this.width; c++) {
      values.push(null);
      formats.push('General');
    }
    this.values.push(values);
    this.formats.push(formats);
    return this.values.length - 1;
  }

  text(value: string): number {
    return this.add([value], [TEXT]);
  }

  blank(): number {
    return this.add([], []);
  }

  /**
   * A table row. Text gets the text format "@", so a cell that came from the user as "=SUM(1)" stays text when a
   * shell writes it; dates become Excel serials shown dd/mm/yyyy, so they stay real dates.
   */
  tableRow(row: readonly SummaryValue[], columns: readonly SummaryColumn[]): number {
    const values: Value[] = [];
    const formats: string[] = [];
    for (let c = 0; c < columns.length; c++) {
      const value = row[c] ?? null;
      if (value === null) {
        values.push(null);
        formats.push('General');
      } else if (typeof value === 'object') {
        values.push(this.serial(value.date));
        formats.push(DATE);
      } else if (typeof value === 'string') {
        values.push(value);
        formats.push(TEXT);
      } else {
        const type = columns[c].type;
        values.push(value);
        formats.push(type === 'percent' ? '0%' : type === 'number' ? '0' : 'General');
      }
    }
    return this.add(values, formats);
  }

  region(style: LayoutRegion['style'], top: number, bottom: number, right: number): void {
    this.regions.push({ style, top, left: 0, bottom, right });
  }

  private serial(date: IsoDate): number {
    let serial = this.serials.get(date);
    if (serial === undefined) {
      serial = isoDateToSerial(date);
      this.serials.set(date, serial);
    }
    return serial;
  }
}

function placeTable(grid: Grid, table: SummaryTable): void {
  const right = table.columns.length - 1;
  const top = grid.text(table.title);
  grid.region('table-title', top, top, 0);
  if (table.rows.length === 0) {
    const note = grid.text(table.emptyText);
    grid.region('note', note, note, 0);
    grid.blocks.push({ id: table.id, top, left: 0, bottom: note, right: 0 });
    return;
  }
  const header = grid.add(
    table.columns.map((column) => column.header),
    table.columns.map(() => TEXT),
  );
  grid.region('header', header, header, right);
  const first = header + 1;
  for (const row of table.rows) grid.tableRow(row, table.columns);
  const last = first + table.rows.length - 1;
  grid.region('body', first, last, right);
  if (table.chart) grid.chartSources.push({ table, headerRow: header, firstRow: first });
  // Tones after the body, so an overdue row's colour wins over the body's plain look.
  table.tones?.forEach((tone, index) => {
    if (tone) grid.region(tone, first + index, first + index, right);
  });
  grid.blocks.push({ id: table.id, top, left: 0, bottom: last, right });
}

/** Widest suggested width per sheet column across all tables, within 8 to 60 characters. */
function columnWidths(model: SummaryModel, width: number): number[] {
  const widths = new Array<number>(width).fill(MIN_WIDTH);
  for (const block of model.blocks) {
    if (block.kind !== 'table') continue;
    block.columns.forEach((column, c) => {
      widths[c] = Math.max(widths[c], column.width);
    });
  }
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));
}

/**
 * Places the summary model on the "JAC Summary" sheet: a title and date line (and the model's notes, a line each),
 * then each block as a titled table
 * (header, body rows, or its empty text) with a blank row between blocks, and the narrative as one wide cell.
 * Every row is padded to the same width, so a shell can write the whole grid (or any block's rectangle) as one
 * 2-D array. Below the blocks, the native charts the tables ask for (layoutCharts.ts); and how it all prints
 * (layoutPrint.ts).
 *
 * @example layoutSummary(buildSummary(plan, actions, '2024-10-31', '2024-07-24')).values[0][0]
 *   // 'Joint Audit Committee: internal audit summary'
 */
export function layoutSummary(model: SummaryModel): SummaryLayout {
  const width = Math.max(1, ...model.blocks.map((block) => (block.kind === 'table' ? block.columns.length : 1)));
  const grid = new Grid(width);

  const title = grid.text(model.title);
  grid.region('title', title, title, 0);
  const dates = grid.text(summaryDatesLine(model));
  grid.region('note', dates, dates, 0);
  for (const text of model.notes ?? []) {
    const note = grid.text(text);
    grid.region('note', note, note, 0);
  }

  for (const block of model.blocks) {
    grid.blank();
    if (block.kind === 'table') {
      placeTable(grid, block);
      continue;
    }
    const top = grid.text(block.title);
    grid.region('table-title', top, top, 0);
    const body = grid.text(block.text);
    grid.region('paragraph', body, body, width - 1);
    grid.blocks.push({ id: block.id, top, left: 0, bottom: body, right: width - 1 });
  }

  const widths = columnWidths(model, width);
  const layout = {
    sheetName: SUMMARY_SHEET_NAME,
    values: grid.values,
    numberFormats: grid.formats,
    columnWidths: widths,
    regions: grid.regions,
    blocks: grid.blocks,
    // Below everything else, after a blank row, so the charts never cover a table however long it grows.
    charts: placeCharts(grid.chartSources, widths, grid.values.length + 1),
  };
  return { ...layout, print: layoutPrint(layout, { top: title, bottom: dates }) };
}
