/**
 * Reads every sheet's used range (values and number formats) and every Excel table, plus what a later write needs
 * to know about the add-in's own rules, in two context.sync() calls whatever the row count:
 *
 *   sync 1: sheet names and positions, tables (name, sheet, totals row), the add-in's record of what it owns;
 *   sync 2: each sheet's used range (address, values, numberFormat), each table's range address, each sheet's
 *           conditional formats (id, type, formula) and, where Excel has data validation, each column's
 *           validation type.
 *
 * Excel on the web refuses a response over 5 MB. When sync 2 hits that, the values are read again in row chunks
 * sized to stay under ~4 MB: one sync per chunk, as each must be its own request. Only then are there extra syncs.
 */
import { columnLetter } from '../core/address';
import type { CellValue, ExcelTableInfo, SheetCells, WorkbookCells } from '../core/types';
import { parseRangeAddress, rangeA1 } from './rangeAddress';
import { EMPTY_RECORD, OWNED_KEY, parseOwnedRecord, type OwnedRecord } from './settings';

/** The sheet the add-in owns; never read as user data. */
export const SUMMARY_SHEET = 'JAC Summary';
/** The new summary is built under this name (plus a number if taken) before it replaces the old one. */
export const BUILDING_SUFFIX = ' (new)';

/** Data validation is checked on columns A to AZ; the add-in adds none beyond them (see writeValidation.ts). */
export const VALIDATION_COLUMNS = 52;

/** Cells per chunk when the one-shot read was too large: 16,000 cells at up to ~256 bytes each stays under ~4 MB. */
export const CHUNK_CELLS = 16000;

export interface ReadOptions {
  /** Read each column's data-validation type (ExcelApi 1.8), so the add-in can keep off the user's validation. */
  dataValidation: boolean;
  /** The summary sheet's name (default "JAC Summary"); it and half-built copies are skipped. */
  summarySheet?: string;
  /** Cells per chunk in the fallback read; tests lower it. */
  chunkCells?: number;
}

/** A conditional format found on a sheet, with enough to tell the add-in's own from the user's. */
export interface FoundHighlight {
  sheet: string;
  id: string;
  /** The custom rule's formula; null for other kinds of conditional format (never the add-in's). */
  formula: string | null;
}

/** What the write needs to know, read in the same syncs as the cells so the write is one sync. */
export interface WriteState {
  sheets: { name: string; position: number }[];
  /** The sheet in front when the workbook was read. */
  activeSheet: string | null;
  record: OwnedRecord;
  highlights: FoundHighlight[];
  /** Sheet -> columns (0-based, within A..AZ) that carry any data validation; null when not checked. */
  validatedColumns: Map<string, Set<number>> | null;
}

export interface WorkbookSnapshot {
  cells: WorkbookCells;
  state: WriteState;
}

export function isOwnSheet(name: string, summarySheet = SUMMARY_SHEET): boolean {
  return name === summarySheet || name.startsWith(summarySheet + BUILDING_SUFFIX);
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export async function readWorkbookCells(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const summarySheet = options.summarySheet ?? SUMMARY_SHEET;

  // Sync 1: what exists.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showTotals,items/worksheet/name');
  const recordItem = context.workbook.settings.getItemOrNullObject(OWNED_KEY);
  recordItem.load('value');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();

  const sheets = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, position: sheet.position }));
  const userSheets = sheets.filter((entry) => !isOwnSheet(entry.name, summarySheet));
  const record = recordItem.isNullObject ? EMPTY_RECORD : parseOwnedRecord(recordItem.value);

  // Sync 2: everything else, queued in one loop and read after one sync.
  const queueSecondRead = (withValues: boolean) => ({
    used: userSheets.map(({ sheet }) =>
      sheet.getUsedRangeOrNullObject(true).load(withValues ? 'address,values,numberFormat' : 'address'),
    ),
    tableRanges: tables.items.map((table) => table.getRange().load('address')),
    formats: sheets.map(({ sheet }) =>
      sheet.getRange().conditionalFormats.load('items/id,items/type,items/customOrNullObject/rule/formula'),
    ),
    validation: options.dataValidation
      ? userSheets.map(({ sheet }) =>
          Array.from({ length: VALIDATION_COLUMNS }, (_, column) => {
            const letter = columnLetter(column);
            return sheet.getRange(`${letter}:${letter}`).dataValidation.load('type');
          }),
        )
      : null,
  });

  let second = queueSecondRead(true);
  let grids: (Grid | null)[] | null = null;
  try {
    await context.sync();
    grids = second.used.map((range) => (range.isNullObject ? null : gridOf(range.address, range.values, range.numberFormat)));
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    second = queueSecondRead(false);
    await context.sync();
    grids = await readInChunks(
      context,
      userSheets.map(({ sheet }) => sheet),
      second.used.map((range) => (range.isNullObject ? null : range.address)),
      options.chunkCells ?? CHUNK_CELLS,
    );
  }

  const tableInfo = new Map<string, ExcelTableInfo[]>();
  tables.items.forEach((table, index) => {
    const rect = parseRangeAddress(second.tableRanges[index].address);
    if (!rect) return;
    const info: ExcelTableInfo = {
      name: table.name,
      headerRow: rect.top,
      firstColumn: rect.left,
      lastColumn: rect.right,
      lastRow: rect.bottom - (table.showTotals ? 1 : 0),
    };
    const sheetName = table.worksheet.name;
    tableInfo.set(sheetName, [...(tableInfo.get(sheetName) ?? []), info]);
  });

  const cells: WorkbookCells = {
    sheets: userSheets.map(({ name }, index): SheetCells => {
      const grid = grids?.[index] ?? null;
      return {
        name,
        originRow: grid?.top ?? 0,
        originColumn: grid?.left ?? 0,
        values: grid?.values ?? [],
        numberFormats: grid?.numberFormats ?? [],
        tables: tableInfo.get(name) ?? [],
      };
    }),
  };

  const highlights: FoundHighlight[] = [];
  sheets.forEach(({ name }, index) => {
    for (const format of second.formats[index].items) {
      const custom = format.type === 'Custom' ? format.customOrNullObject : null;
      highlights.push({ sheet: name, id: format.id, formula: custom ? custom.rule.formula : null });
    }
  });

  let validatedColumns: Map<string, Set<number>> | null = null;
  if (second.validation) {
    validatedColumns = new Map();
    userSheets.forEach(({ name }, index) => {
      const columns = new Set<number>();
      second.validation![index].forEach((validation, column) => {
        if (validation.type !== 'None') columns.add(column);
      });
      validatedColumns!.set(name, columns);
    });
  }

  return {
    cells,
    state: { sheets: sheets.map(({ name, position }) => ({ name, position })), activeSheet: active.name, record, highlights, validatedColumns },
  };
}

interface Grid {
  top: number;
  left: number;
  values: CellValue[][];
  numberFormats: string[][];
}

function gridOf(address: string, values: unknown[][], numberFormats: unknown[][]): Grid | null {
  const rect = parseRangeAddress(address);
  if (!rect) return null;
  return {
    top: rect.top,
    left: rect.left,
    values: values.map((row) => row.map((value) => value as CellValue)),
    numberFormats: numberFormats.map((row) => row.map((format) => String(format))),
  };
}

/**
 * The fallback read: each sheet's used range in row chunks of about `chunkCells` cells, one sync per chunk (each
 * is its own request under Excel on the web's cap). A chunk that is still too large is split in half and retried.
 */
async function readInChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  addresses: (string | null)[],
  chunkCells: number,
): Promise<(Grid | null)[]> {
  const grids: (Grid | null)[] = [];
  for (let index = 0; index < sheets.length; index++) {
    const address = addresses[index];
    const rect = address ? parseRangeAddress(address) : null;
    if (!rect) {
      grids.push(null);
      continue;
    }
    const width = rect.right - rect.left + 1;
    let rowsPerChunk = Math.max(1, Math.floor(chunkCells / width));
    const grid: Grid = { top: rect.top, left: rect.left, values: [], numberFormats: [] };
    let row = rect.top;
    while (row <= rect.bottom) {
      const last = Math.min(rect.bottom, row + rowsPerChunk - 1);
      const chunk = sheets[index].getRange(rangeA1(row, rect.left, last, rect.right)).load('values,numberFormat');
      try {
        // One request per chunk on purpose: batching them would pass the payload cap again.
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error) || rowsPerChunk === 1) throw error;
        rowsPerChunk = Math.max(1, Math.floor(rowsPerChunk / 2));
        continue;
      }
      grid.values.push(...chunk.values.map((cells) => cells.map((value) => value as CellValue)));
      grid.numberFormats.push(...chunk.numberFormat.map((formats) => formats.map((format) => String(format))));
      row = last + 1;
    }
    grids.push(grid);
  }
  return grids;
}
