/**
 * Settings kept in the workbook, so the next person who opens it gets them.
 *
 * Stored in Excel's settings collection (`context.workbook.settings`, ExcelApi 1.4): the same per-document,
 * per-add-in store as `Office.context.document.settings`, but queued in the same Excel.run batch as everything else
 * (so a test can pass a mock context, and a write costs no extra round trip or saveAsync callback). Like any change
 * to the workbook it lasts once the workbook is saved.
 *
 * Two entries: the user's settings, and the add-in's record of what it created (its conditional-format formulas and
 * the ranges it gave data validation), so a later refresh removes only its own rules.
 */
import { vocabularySetting } from '../core/resolveSettings';
import type { IsoDate, JacSettings, TableMapping } from '../core/types';

export const SETTINGS_KEY = 'jacAuditTracker.settings';
export const OWNED_KEY = 'jacAuditTracker.owned';

/** What the add-in wrote into the user's sheets at the last refresh. */
export interface OwnedRecord {
  /** Conditional-format formulas the add-in added (as written, with "="). */
  highlightFormulas: string[];
  /** Ranges (A1 without sheet) where the add-in set data validation. */
  validation: { sheet: string; range: string }[];
}

export const EMPTY_RECORD: OwnedRecord = { highlightFormulas: [], validation: [] };

export async function loadSettings(context: Excel.RequestContext): Promise<Partial<JacSettings> | null> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  await context.sync();
  if (item.isNullObject) return null;
  return parseSettings(item.value);
}

/** Queues the write; the caller syncs (saveSettings on its own, or inside a refresh's single write). */
export function queueSaveSettings(context: Excel.RequestContext, settings: JacSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}

export async function saveSettings(context: Excel.RequestContext, settings: JacSettings): Promise<void> {
  queueSaveSettings(context, settings);
  await context.sync();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Keeps only well-formed parts of what was stored: a workbook may come from an older version of the add-in or have
 * been edited by hand, and a bad entry must not stop the pane from opening.
 */
export function parseSettings(stored: unknown): Partial<JacSettings> | null {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const raw = value as Record<string, unknown>;
  const settings: Partial<JacSettings> = {};
  for (const key of ['since', 'asOf'] as const) {
    const date = raw[key];
    if (date === null || (typeof date === 'string' && ISO_DATE.test(date))) settings[key] = date as IsoDate | null;
  }
  for (const key of ['dataValidation', 'checkWhileEditing'] as const) {
    const on = raw[key];
    if (typeof on === 'boolean') settings[key] = on;
  }
  for (const key of ['plan', 'actions'] as const) {
    const mapping = parseMapping(raw[key]);
    if (mapping) settings[key] = mapping;
  }
  // The organisation's own words: kept entry by entry, as the core reads them, so one bad entry loses only itself.
  const vocabulary = vocabularySetting(raw.vocabulary);
  if (vocabulary.length > 0) settings.vocabulary = vocabulary;
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

export function parseOwnedRecord(stored: unknown): OwnedRecord {
  try {
    const value = typeof stored === 'string' ? JSON.parse(stored) : stored;
    const formulas = Array.isArray(value?.highlightFormulas) ? value.highlightFormulas.filter((f: unknown) => typeof f === 'string') : [];
    const validation = Array.isArray(value?.validation)
      ? value.validation.filter((v: { sheet?: unknown; range?: unknown }) => typeof v?.sheet === 'string' && typeof v?.range === 'string')
      : [];
    return { highlightFormulas: formulas, validation };
  } catch {
    return EMPTY_RECORD;
  }
}
