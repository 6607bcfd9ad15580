/**
 * The add-in's stored record (settings, what it owns, the last refresh, recorded papers) on its very hidden data
 * sheet, "JAC Data" (core's footprint.ts and dataSheet.ts): the one store every shell reads and writes, so settings
 * saved here are the ones `jac-summary` uses on the same file, and the other way round.
 *
 * Read with the cells and written with the summary, so it costs no sync of its own. Earlier versions of the Excel
 * shell kept settings and the ownership record in the workbook's settings collection, and earlier file shells on a
 * very hidden "JAC Settings" sheet: while there is no data sheet, both are read once and carried into it.
 */
import { DATA_SHEET_NAME, LEGACY_DATA_SHEET_NAMES, sameSheetName } from '../core/footprint';
import { dataSheetRows, EMPTY_STORED_DATA, readDataSheet, type OwnedValidation, type StoredData } from '../core/dataSheet';
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
  const legacySheet = dataSheet
    ? null
    : (sheetNames.find((name) => LEGACY_DATA_SHEET_NAMES.some((legacy) => sameSheetName(name, legacy))) ?? null);
  return { dataSheet, legacySheet, legacyKeys: dataSheet ? [] : legacyKeys };
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
 * (its settings row reads the same way) and the legacy workbook-settings entries, whose ranges become validation the
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
 * Queues the record onto the data sheet, adding it (very hidden) when there is none: its columns A:B cleared, number
 * formats "@" first so every part stays the text it is, then the rows. Legacy workbook-settings entries are removed
 * now that the data sheet holds what they held. Returns where the record now is.
 */
export function queueWriteRecord(context: Excel.RequestContext, place: RecordPlace, data: StoredData): RecordPlace {
  const worksheets = context.workbook.worksheets;
  const sheet = place.dataSheet ? worksheets.getItem(place.dataSheet) : worksheets.add(DATA_SHEET_NAME);
  // Very hidden, so Excel's Unhide list does not offer it; set every time, in case someone made it visible by code.
  sheet.visibility = 'VeryHidden' as Excel.SheetVisibility;
  sheet.getRange('A:B').clear('Contents' as Excel.ClearApplyTo);
  const rows = dataSheetRows(data);
  const range = sheet.getRange(rangeA1(0, 0, rows.length - 1, 1));
  range.numberFormat = rows.map((row) => row.map(() => '@'));
  range.values = rows.map((row) => [row[0] ?? '', row[1] ?? '']);
  for (const key of place.legacyKeys) context.workbook.settings.getItem(key).delete();
  return { dataSheet: place.dataSheet ?? DATA_SHEET_NAME, legacySheet: place.legacySheet, legacyKeys: [] };
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
