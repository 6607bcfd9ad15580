/**
 * The add-in's stored record (settings, what it owns, the last refresh, recorded papers) on its very hidden data
 * sheet, "JAC Data" (core's footprint.ts and dataSheet.ts): the one store every shell reads and writes, so settings
 * saved here are the ones `jac-summary` uses on the same file, and the other way round.
 *
 * Read with the cells and written with the summary, so it costs no sync of its own. Every write puts the small
 * entries in columns A:B; the recorded papers, which change only when a paper is recorded and can run to megabytes,
 * are written only then (or once, to move them out of the entries where the first layout kept them), into the
 * papers' area the entries do not point at, and the entries then point there (core's dataSheet.ts).
 *
 * Earlier versions of the Excel shell kept settings and the ownership record in the workbook's settings collection,
 * and earlier file shells on a very hidden "JAC Settings" sheet: while there is no data sheet, both are read once
 * and carried into it.
 */
import { DATA_SHEET_NAME, LEGACY_DATA_SHEET_NAMES, sameSheetName } from '../core/footprint';
import {
  EMPTY_STORED_DATA,
  entryRows,
  PAPER_AREAS,
  paperRows,
  papersArea,
  readDataSheet,
  type OwnedValidation,
  type PaperArea,
  type StoredData,
} from '../core/dataSheet';
import type { CellValue } from '../core/types';
import { rangeA1 } from './rangeAddress';

/** The workbook-settings entries earlier versions of the Excel shell wrote. */
export const LEGACY_SETTINGS_KEY = 'jacAuditTracker.settings';
export const LEGACY_OWNED_KEY = 'jacAuditTracker.owned';

/** Where the record is now: the data sheet's name as the workbook spells it, and legacy entries still to remove. */
export interface RecordPlace {
  dataSheet: string | null;
  /** A legacy "JAC Settings" sheet read because there was no data sheet; left in place (every reader ignores it). */
  legacySheet: string | null;
  /** Workbook-settings entries carried into the data sheet: removed when it is written. */
  legacyKeys: string[];
  /** The papers' area the record points at (core's papersArea), known once the data sheet's cells are read. */
  papersAt: PaperArea | null;
}

/** Papers to put in place with the record: their area's rows, written into `area` now, or already written (null). */
export interface PapersUpdate {
  area: PaperArea;
  rows: string[][] | null;
}

/** The record and what a migration found that the record has no place for. */
export interface StoredRecord {
  stored: StoredData;
  /**
   * Conditional-format formulas an earlier version recorded writing, before its rules carried the mark: still the
   * add-in's, recognised by their exact text until the first refresh replaces them.
   */
  legacyFormulas: string[];
}

/** The data sheet and, while there is none, the legacy sheet, among the workbook's sheets. */
export function recordPlace(sheetNames: readonly string[], legacyKeys: string[]): RecordPlace {
  const dataSheet = sheetNames.find((name) => sameSheetName(name, DATA_SHEET_NAME)) ?? null;
  const legacySheet = dataSheet ? null : (sheetNames.find((name) => LEGACY_DATA_SHEET_NAMES.some((legacy) => sameSheetName(name, legacy))) ?? null);
  return { dataSheet, legacySheet, legacyKeys: dataSheet ? [] : legacyKeys, papersAt: null };
}

/** The place once the data sheet's cells are read: which papers' area its record points at. */
export function placePapers(place: RecordPlace, sheetValues: readonly (readonly CellValue[])[] | null): RecordPlace {
  return { ...place, papersAt: place.dataSheet ? papersArea(sheetValues) : null };
}

/**
 * The papers to write with this record, if any: every paper to keep when this refresh recorded one, or the stored
 * papers when they are still among the entries (the first layout), which a write of the entries alone would lose.
 * They go in the area the record does not point at, so a write that fails part-way leaves the papers it points at.
 */
export function papersUpdate(place: RecordPlace, stored: StoredData, recorded?: readonly unknown[]): PapersUpdate | null {
  const papers = recorded ?? (place.papersAt === null && stored.papers.length > 0 ? stored.papers : null);
  return papers ? { area: place.papersAt === 0 ? 1 : 0, rows: paperRows(papers) } : null;
}

/** Queues the legacy workbook-settings entries' load; the getter reads them after the sync. */
export function queueLegacyEntries(context: Excel.RequestContext): () => { keys: string[]; settings: string | null; owned: string | null } {
  const settings = context.workbook.settings.getItemOrNullObject(LEGACY_SETTINGS_KEY).load('value');
  const owned = context.workbook.settings.getItemOrNullObject(LEGACY_OWNED_KEY).load('value');
  return () => {
    const text = (item: Excel.Setting) => (item.isNullObject ? null : typeof item.value === 'string' ? item.value : JSON.stringify(item.value));
    const found = { settings: text(settings), owned: text(owned) };
    return {
      ...found,
      keys: [found.settings !== null ? LEGACY_SETTINGS_KEY : null, found.owned !== null ? LEGACY_OWNED_KEY : null].filter(
        (key): key is string => key !== null,
      ),
    };
  };
}

/**
 * The record from what was read: the data sheet's cells when there is one; otherwise a legacy "JAC Settings" sheet
 * (its settings row reads the same way) and the legacy workbook-settings entries, whose ranges become in-cell validation the
 * add-in owns with no table or header known.
 */
export function storedRecord(
  sheetValues: readonly (readonly CellValue[])[] | null,
  place: RecordPlace,
  legacy: { settings: string | null; owned: string | null },
): StoredRecord {
  if (place.dataSheet) return { stored: readDataSheet(sheetValues), legacyFormulas: [] };
  const fromSheet = place.legacySheet ? readDataSheet(sheetValues) : EMPTY_STORED_DATA;
  const settings = fromSheet.settings ?? parseObject(legacy.settings);
  const owned = parseObject(legacy.owned) ?? {};
  const ranges = Array.isArray(owned.validation) ? owned.validation : [];
  const validation: OwnedValidation[] = ranges
    .filter((item): item is { sheet: string; range: string } => typeof item?.sheet === 'string' && typeof item?.range === 'string')
    .map((item) => ({ sheet: item.sheet, table: null, header: '', range: item.range }));
  const formulas = Array.isArray(owned.highlightFormulas) ? owned.highlightFormulas.filter((f): f is string => typeof f === 'string') : [];
  return { stored: { ...EMPTY_STORED_DATA, settings, owned: { highlights: [], validation } }, legacyFormulas: formulas };
}

/**
 * Queues the record onto the data sheet, adding it (very hidden) when there is none. With papers to write, their
 * area is cleared and written first (number formats "@" first, so every part stays the text it is); then columns A:B
 * are cleared and the entries written, pointing at the papers' area; then any area not pointed at is cleared.
 * Legacy workbook-settings entries are removed now that the data sheet holds what they held. Returns where the
 * record now is.
 */
export function queueWriteRecord(
  context: Excel.RequestContext,
  place: RecordPlace,
  data: StoredData,
  papers: PapersUpdate | null = null,
): RecordPlace {
  const sheet = queueDataSheet(context, place);
  if (papers?.rows) queuePaperRows(sheet, papers.area, papers.rows, 0, papers.rows.length - 1);
  const papersAt = papers ? papers.area : place.papersAt;
  sheet.getRange('A:B').clear('Contents' as Excel.ClearApplyTo);
  queueTextRows(sheet, 0, 0, entryRows(data, papersAt));
  // Nothing points at the other area now: clear it, with whatever an earlier write that failed part-way left there.
  PAPER_AREAS.forEach((area, index) => {
    if (index !== papersAt) sheet.getRange(area.columns).clear('Contents' as Excel.ClearApplyTo);
  });
  for (const key of place.legacyKeys) context.workbook.settings.getItem(key).delete();
  return { dataSheet: place.dataSheet ?? DATA_SHEET_NAME, legacySheet: place.legacySheet, legacyKeys: [], papersAt };
}

/** The data sheet, added when there is none, very hidden. */
export function queueDataSheet(context: Excel.RequestContext, place: RecordPlace): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  const sheet = place.dataSheet ? worksheets.getItem(place.dataSheet) : worksheets.add(DATA_SHEET_NAME);
  // Very hidden, so Excel's Unhide list does not offer it; set every time, in case someone made it visible by code.
  sheet.visibility = 'VeryHidden' as Excel.SheetVisibility;
  return sheet;
}

/** Rows `first` to `last` of a papers' area; the first of them clears the area before. */
export function queuePaperRows(sheet: Excel.Worksheet, area: PaperArea, rows: string[][], first: number, last: number): void {
  if (first === 0) sheet.getRange(PAPER_AREAS[area].columns).clear('Contents' as Excel.ClearApplyTo);
  queueTextRows(sheet, first, PAPER_AREAS[area].column, rows.slice(first, last + 1));
}

/** Two-column rows of text from (row, column), formatted "@" first. */
function queueTextRows(sheet: Excel.Worksheet, row: number, column: number, rows: string[][]): void {
  if (rows.length === 0) return;
  const range = sheet.getRange(rangeA1(row, column, row + rows.length - 1, column + 1));
  range.numberFormat = rows.map(() => ['@', '@']);
  range.values = rows.map((cells) => [cells[0] ?? '', cells[1] ?? '']);
}

function parseObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
