import { formatUkDate, isoDateToSerial } from './dates';
import type {
  LayoutBlock,
  LayoutRegion,
  SummaryColumn,
  SummaryLayout,
  SummaryModel,
  SummaryTable,
  SummaryValue,
} from './types';

export const SUMMARY_SHEET_NAME = 'JAC Summary';

const TEXT = '@';
const DATE = 'dd/mm/yyyy';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

type Cell = { value: string | number | null; format: string };

/**
 * One value as a sheet cell. Text gets the text format "@" so a cell that came from the user as "=SUM(1)" stays
 * text when a shell writes it; dates become Excel serials shown dd/mm/yyyy, so they stay real dates.
 */
function toCell(value: SummaryValue, type: SummaryColumn['type']): Cell {
  if (value === null) return { value: null, format: 'General' };
  if (typeof value === 'object') return { value: isoDateToSerial(value.date), format: DATE };
  if (typeof value === 'string') return { value, format: TEXT };
  return { value, format: type === 'percent' ? '0%' : type === 'number' ? '0' : 'General' };
}

const text = (value: string): Cell => ({ value, format: TEXT });

/** Builds the grid a row at a time, recording the regions to style and each block's rectangle. */
class Grid {
  readonly rows: Cell[][] = [];
  readonly regions: LayoutRegion[] = [];
  readonly blocks: LayoutBlock[] = [];

  add(cells: Cell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  region(style: LayoutRegion['style'], top: number, bottom: number, right: number): void {
    this.regions.push({ style, top, left: 0, bottom, right });
  }
}

function placeTable(grid: Grid, table: SummaryTable): void {
  const right = table.columns.length - 1;
  const top = grid.add([text(table.title)]);
  grid.region('table-title', top, top, 0);
  if (table.rows.length === 0) {
    const note = grid.add([text(table.emptyText)]);
    grid.region('note', note, note, 0);
    grid.blocks.push({ id: table.id, top, left: 0, bottom: note, right: 0 });
    return;
  }
  const header = grid.add(table.columns.map((column) => text(column.header)));
  grid.region('header', header, header, right);
  const first = grid.rows.length;
  for (const row of table.rows) grid.add(table.columns.map((column, c) => toCell(row[c] ?? null, column.type)));
  const last = grid.rows.length - 1;
  grid.region('body', first, last, right);
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
 * Places the summary model on the "JAC Summary" sheet: a title and date line, then each block as a titled table
 * (header, body rows, or its empty text) with a blank row between blocks, and the narrative as one wide cell.
 * Every row is padded to the same width, so a shell can write the whole grid (or any block's rectangle) as one
 * 2-D array.
 *
 * @example layoutSummary(buildSummary(plan, actions, '2024-10-31', '2024-07-24')).values[0][0]
 *   // 'Joint Audit Committee: internal audit summary'
 */
export function layoutSummary(model: SummaryModel): SummaryLayout {
  const grid = new Grid();
  const width = Math.max(1, ...model.blocks.map((block) => (block.kind === 'table' ? block.columns.length : 1)));

  const title = grid.add([text(model.title)]);
  grid.region('title', title, title, 0);
  const previous = model.since ? `previous meeting ${formatUkDate(model.since)}` : 'previous meeting date not set';
  const dates = grid.add([text(`As at ${formatUkDate(model.asOf)}; ${previous}`)]);
  grid.region('note', dates, dates, 0);

  for (const block of model.blocks) {
    grid.add([]);
    if (block.kind === 'table') {
      placeTable(grid, block);
      continue;
    }
    const top = grid.add([text(block.title)]);
    grid.region('table-title', top, top, 0);
    const body = grid.add([text(block.text)]);
    grid.region('paragraph', body, body, width - 1);
    grid.blocks.push({ id: block.id, top, left: 0, bottom: body, right: width - 1 });
  }

  const padded = grid.rows.map((row) =>
    Array.from({ length: width }, (_, c): Cell => row[c] ?? { value: null, format: 'General' }),
  );
  return {
    sheetName: SUMMARY_SHEET_NAME,
    values: padded.map((row) => row.map((cell) => cell.value)),
    numberFormats: padded.map((row) => row.map((cell) => cell.format)),
    columnWidths: columnWidths(model, width),
    regions: grid.regions,
    blocks: grid.blocks,
  };
}
