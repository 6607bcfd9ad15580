/**
 * Reads every user sheet's used range (values and number formats), every Excel table and the add-in's stored record,
 * in two context.sync() calls whatever the row count:
 *
 *   sync 1: the sheets (name, position, protection), the tables (name, sheet, totals row), the sheet in front, the
 *           workbook's structure protection and any legacy settings entries;
 *   sync 2: each user sheet's used range (address, values, numberFormat), each table's range and the data sheet.
 *
 * Conditional formats and in-cell validation are not read here: Excel fails to read some rule layouts (office-js
 * issues 5222, 6827, 6835), and such a failure must never cost the cells. The write reads them, guarded, for the
 * sheets it touches (ruleReads.ts).
 *
 * Large workbooks: Excel on the web refuses a response over 5 MB, and on every platform a get of more than five
 * million cells may come back as null values instead of an error (Excel's performance guidance; issues 4783, 6781).
 * Either way the values are read again in row chunks of about CHUNK_CELLS cells, one sync each, and the data sheet
 * (whose recorded papers can run to megabytes in a few hundred cells) in chunks of RECORD_CHUNK_ROWS rows. Only
 * then are there more than two syncs.
 */
import { isOwnedSheet } from '../core/footprint';
import type { CellValue, ExcelTableInfo, SheetCells, WorkbookCells } from '../core/types';
import { placePapers, queueLegacyEntries, recordPlace, storedRecord } from './dataSheetStore';
import { isPayloadTooLarge } from './officeErrors';
import { parseRangeAddress, rangeA1 } from './rangeAddress';
import type { WorkbookState } from './workbookState';

/** Cells per chunk in the fallback read: 16,000 cells at up to ~256 bytes each stays under ~4 MB. */
export const CHUNK_CELLS = 16000;

/**
 * Rows per chunk of the data sheet in the fallback read. A row holds at most two long texts (an entry's part and a
 * paper's, each at most PART_LENGTH = 30,000 characters), at most two bytes a character in the response's JSON: 32
 * rows stay under ~4 MB even then.
 */
export const RECORD_CHUNK_ROWS = 32;

/** Excel returns null values, rather than an error, for a get of more cells than this. */
export const GET_CELL_LIMIT = 5_000_000;

export interface ReadOptions {
  /** Read the workbook's structure protection (ExcelApi 1.7). */
  workbookProtection: boolean;
  /** Excel on the web, where an internal error can mean a payload too large. */
  onTheWeb?: boolean;
  /** Cells per chunk in the fallback read; tests lower it. */
  chunkCells?: number;
}

export interface WorkbookSnapshot {
  cells: WorkbookCells;
  state: WorkbookState;
}

export async function readWorkbookCells(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  // Sync 1: what exists.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/protection/protected');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showTotals,items/worksheet/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  const legacyEntries = queueLegacyEntries(context);
  const workbookProtection = options.workbookProtection ? context.workbook.protection.load('protected') : null;
  await context.sync();

  const sheets = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, position: sheet.position, protected: sheet.protection.protected }));
  const userSheets = sheets.filter((entry) => !isOwnedSheet(entry.name));
  const legacy = legacyEntries();
  const place = recordPlace(
    sheets.map((entry) => entry.name),
    legacy.keys,
  );
  const recordSheet = place.dataSheet ?? place.legacySheet;

  // Sync 2: the cells, the tables' places and the record.
  const queueSecondRead = (withValues: boolean) => ({
    used: userSheets.map(({ sheet }) => sheet.getUsedRangeOrNullObject(true).load(withValues ? 'address,values,numberFormat' : 'address')),
    tableRanges: tables.items.map((table) => table.getRange().load('address')),
    record: recordSheet
      ? worksheets
          .getItem(recordSheet)
          .getUsedRangeOrNullObject(true)
          .load(withValues ? 'address,values' : 'address')
      : null,
  });
  let second = queueSecondRead(true);
  let blocks: (CellBlock | null)[];
  let valuesCame = true;
  try {
    await context.sync();
    blocks = second.used.map((range) => (range.isNullObject ? null : cellBlockOf(range.address, range.values, range.numberFormat)));
  } catch (error) {
    if (!isPayloadTooLarge(error, options.onTheWeb)) throw error;
    second = queueSecondRead(false);
    await context.sync();
    blocks = second.used.map(() => null);
    valuesCame = false;
  }
  // A sheet whose values did not come (refused, or null past Excel's get limit) is read in row chunks.
  for (let index = 0; index < userSheets.length; index++) {
    const range = second.used[index];
    if (blocks[index] || range.isNullObject) continue;
    blocks[index] = await readInChunks(
      context,
      userSheets[index].sheet,
      range.address,
      { cells: options.chunkCells ?? CHUNK_CELLS },
      options.onTheWeb,
    );
  }
  // The record likewise, when its values did not come: in chunks of a few rows, as its cells are long.
  let recordValues: CellValue[][] | null = null;
  if (second.record && !second.record.isNullObject) {
    const loaded = valuesCame && Array.isArray(second.record.values) ? (second.record.values as CellValue[][]) : null;
    recordValues =
      loaded ??
      (await readInChunks(context, worksheets.getItem(recordSheet!), second.record.address, { rows: RECORD_CHUNK_ROWS }, options.onTheWeb))?.values ??
      null;
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

  const record = storedRecord(recordValues, place, legacy);
  const cells: WorkbookCells = {
    sheets: userSheets.map(({ name }, index): SheetCells => {
      const block = blocks[index] ?? null;
      return {
        name,
        originRow: block?.top ?? 0,
        originColumn: block?.left ?? 0,
        values: block?.values ?? [],
        numberFormats: block?.numberFormats ?? [],
        tables: tableInfo.get(name) ?? [],
      };
    }),
    stored: record.stored,
  };

  return {
    cells,
    state: {
      sheets: sheets.map(({ name, position, protected: isProtected }) => ({ name, position, protected: isProtected })),
      activeSheet: active.name,
      workbookProtected: workbookProtection?.protected ?? false,
      record,
      place: placePapers(place, recordValues),
    },
  };
}

interface CellBlock {
  top: number;
  left: number;
  values: CellValue[][];
  numberFormats: string[][];
}

function cellBlockOf(address: string, values: unknown[][] | null, numberFormats: unknown[][] | null): CellBlock | null {
  const rect = parseRangeAddress(address);
  // Null values: more cells than Excel will return at once. The caller reads them in chunks.
  if (!rect || !Array.isArray(values) || !Array.isArray(numberFormats)) return null;
  return {
    top: rect.top,
    left: rect.left,
    values: values.map((row) => row.map((value) => value as CellValue)),
    numberFormats: numberFormats.map((row) => row.map((format) => String(format))),
  };
}

/**
 * The fallback read: one sheet's used range in row chunks of about `chunk.cells` cells (or of `chunk.rows` rows), one sync
 * per chunk (each is its own request under Excel on the web's cap). A chunk that is still too large is split in half
 * and retried.
 */
async function readInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  address: string,
  chunk: { cells: number } | { rows: number },
  onTheWeb = false,
): Promise<CellBlock | null> {
  const rect = parseRangeAddress(address);
  if (!rect) return null;
  const width = rect.right - rect.left + 1;
  let rowsPerChunk = 'rows' in chunk ? chunk.rows : Math.max(1, Math.floor(Math.min(chunk.cells, GET_CELL_LIMIT) / width));
  const block: CellBlock = { top: rect.top, left: rect.left, values: [], numberFormats: [] };
  let row = rect.top;
  while (row <= rect.bottom) {
    const last = Math.min(rect.bottom, row + rowsPerChunk - 1);
    const part = sheet.getRange(rangeA1(row, rect.left, last, rect.right)).load('values,numberFormat');
    try {
      // One request per chunk on purpose: batching them would pass the payload cap again.
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error, onTheWeb) || rowsPerChunk === 1) throw error;
      rowsPerChunk = Math.max(1, Math.floor(rowsPerChunk / 2));
      continue;
    }
    block.values.push(...part.values.map((cells) => cells.map((value) => value as CellValue)));
    block.numberFormats.push(...part.numberFormat.map((formats) => formats.map((format) => String(format))));
    row = last + 1;
  }
  return block;
}
