/**
 * Settings kept in the workbook, so the next person who opens it gets them: in the stored record on the add-in's
 * data sheet (dataSheetStore.ts), the same record `jac-summary` reads and writes. Loading costs two syncs (which
 * sheets there are, then the record's entries in columns A:B, never the recorded papers, which can run to
 * megabytes); saving one more. A refresh reads and writes the record with the cells and the summary instead, at no
 * extra sync.
 */
import type { StoredData } from '../core/dataSheet';
import { readStoredSettings } from '../core/storedSettings';
import type { CellValue, JacSettings } from '../core/types';
import { hostErrors } from '../host/hostMessages';
import { papersUpdate, placePapers, queueLegacyEntries, queueWriteRecord, recordPlace, storedRecord, type RecordPlace } from './dataSheetStore';

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
  const found = recordPlace(
    worksheets.items.map((sheet) => sheet.name),
    legacy.keys,
  );
  const recordSheet = found.dataSheet ?? found.legacySheet;
  let values: CellValue[][] | null = null;
  if (recordSheet) {
    const used = worksheets.getItem(recordSheet).getRange('A:B').getUsedRangeOrNullObject(true).load('values');
    await context.sync();
    values = used.isNullObject ? null : (used.values as CellValue[][]);
  }
  const { stored } = storedRecord(values, found, legacy);
  return { stored, place: placePapers(found, values), canAddSheet: !(protection?.protected ?? false) };
}

export async function loadSettings(context: Excel.RequestContext, workbookProtection: boolean): Promise<Partial<JacSettings> | null> {
  const { stored } = await readRecord(context, workbookProtection);
  return stored.settings === null ? null : readStoredSettings(stored.settings);
}

/** Replaces the record's settings, keeping everything else in it. */
export async function saveSettings(context: Excel.RequestContext, settings: JacSettings, workbookProtection: boolean): Promise<void> {
  const { stored, place, canAddSheet } = await readRecord(context, workbookProtection);
  if (!place.dataSheet && !canAddSheet) throw hostErrors.workbookProtected();
  // The papers stay where they are, unless they are still among the entries, where writing the entries would lose them.
  queueWriteRecord(context, place, { ...stored, settings: { ...settings } }, papersUpdate(place, stored));
  await context.sync();
}
