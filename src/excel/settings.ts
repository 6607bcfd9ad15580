/**
 * Settings kept in the workbook, so the next person who opens it gets them: in the stored record on the add-in's
 * data sheet (dataSheetStore.ts), the same record `jac-summary` reads and writes. Loading costs two syncs (which
 * sheets there are, then the record's cells); saving one more. A refresh reads and writes the record with the cells
 * and the summary instead, at no extra sync.
 */
import type { StoredData } from '../core/dataSheet';
import type { IsoDate, JacSettings, TableMapping } from '../core/types';
import { hostErrors } from '../host/hostMessages';
import { queueLegacyEntries, queueWriteRecord, recordPlace, storedRecord, type RecordPlace } from './dataSheetStore';

interface ReadRecord {
  stored: StoredData;
  place: RecordPlace;
  /** A sheet that must be added to hold the record cannot be, on a workbook whose structure is protected. */
  canAddSheet: boolean;
}

async function readRecord(context: Excel.RequestContext, workbookProtection: boolean): Promise<ReadRecord> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const legacyEntries = queueLegacyEntries(context);
  const protection = workbookProtection ? context.workbook.protection.load('protected') : null;
  await context.sync();
  const legacy = legacyEntries();
  const place = recordPlace(worksheets.items.map((sheet) => sheet.name), legacy.keys);
  const recordSheet = place.dataSheet ?? place.legacySheet;
  let values: unknown[][] | null = null;
  if (recordSheet) {
    const used = worksheets.getItem(recordSheet).getUsedRangeOrNullObject(true).load('values');
    await context.sync();
    values = used.isNullObject ? null : used.values;
  }
  const { stored } = storedRecord(values as (string | number | boolean | null)[][] | null, place, legacy);
  return { stored, place, canAddSheet: !(protection?.protected ?? false) };
}

export async function loadSettings(context: Excel.RequestContext, workbookProtection: boolean): Promise<Partial<JacSettings> | null> {
  const { stored } = await readRecord(context, workbookProtection);
  return stored.settings === null ? null : parseSettings(stored.settings);
}

/** Replaces the record's settings, keeping everything else in it. */
export async function saveSettings(context: Excel.RequestContext, settings: JacSettings, workbookProtection: boolean): Promise<void> {
  const { stored, place, canAddSheet } = await readRecord(context, workbookProtection);
  if (!place.dataSheet && !canAddSheet) throw hostErrors.workbookProtected();
  queueWriteRecord(context, place, { ...stored, settings: { ...settings } });
  await context.sync();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Keeps only well-formed parts of what was stored: a workbook may come from an older version of the add-in, another
 * shell or a hand edit, and a bad entry must not stop the pane from opening.
 */
export function parseSettings(raw: Record<string, unknown>): Partial<JacSettings> {
  const settings: Partial<JacSettings> = {};
  for (const key of ['since', 'asOf'] as const) {
    const date = raw[key];
    if (date === null || (typeof date === 'string' && ISO_DATE.test(date))) settings[key] = date as IsoDate | null;
  }
  for (const key of ['dataValidation', 'checkWhileEditing', 'startWithWorkbook'] as const) {
    const on = raw[key];
    if (typeof on === 'boolean') settings[key] = on;
  }
  for (const key of ['plan', 'actions'] as const) {
    const mapping = parseMapping(raw[key]);
    if (mapping) settings[key] = mapping;
  }
  return settings;
}

function parseMapping(value: unknown): TableMapping | null {
  if (!value || typeof value !== 'object') return null;
  const raw = value as Record<string, unknown>;
  const mapping: TableMapping = {};
  if (typeof raw.sheet === 'string') mapping.sheet = raw.sheet;
  if (typeof raw.table === 'string') mapping.table = raw.table;
  if (raw.columns && typeof raw.columns === 'object') {
    const columns: Record<string, string> = {};
    for (const [field, header] of Object.entries(raw.columns as Record<string, unknown>)) {
      if (typeof header === 'string') columns[field] = header;
    }
    mapping.columns = columns;
  }
  return mapping;
}
