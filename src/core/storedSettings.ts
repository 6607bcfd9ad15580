/**
 * Settings as stored in a workbook's data sheet (or a settings file), kept only where well formed: a workbook may come
 * from an older version of the add-in, another shell or a hand edit, and a bad entry must not stop the pane from
 * opening or a refresh from running. resolveSettings then fills in the defaults. Every shell reads stored settings
 * through this one function, so a setting saved by one is understood by all.
 */
import { vocabularySetting } from './resolveSettings';
import type { IsoDate, JacSettings, TableMapping } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example readStoredSettings({ since: '2024-07-24', dataValidation: 'yes' }) // { since: '2024-07-24' }
 */
export function readStoredSettings(raw: Record<string, unknown>): Partial<JacSettings> {
  const settings: Partial<JacSettings> = {};
  for (const key of ['since', 'asOf'] as const) {
    const date = raw[key];
    if (date === null || (typeof date === 'string' && ISO_DATE.test(date))) settings[key] = date as IsoDate | null;
  }
  for (const key of ['dataValidation', 'checkWhileEditing', 'startWithWorkbook'] as const) {
    const on = raw[key];
    if (typeof on === 'boolean') settings[key] = on;
  }
  for (const key of ['mostRevisions', 'longestExtensionDays'] as const) {
    const rule = raw[key];
    if (rule === null || (typeof rule === 'number' && Number.isInteger(rule) && rule >= 0)) settings[key] = rule as number | null;
  }
  for (const key of ['plan', 'actions'] as const) {
    const mapping = readMapping(raw[key]);
    if (mapping) settings[key] = mapping;
  }
  // The organisation's own words: kept entry by entry, so one bad entry loses only itself.
  const vocabulary = vocabularySetting(raw.vocabulary);
  if (vocabulary.length > 0) settings.vocabulary = vocabulary;
  return settings;
}

function readMapping(value: unknown): TableMapping | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  const mapping: TableMapping = {};
  if (typeof raw.sheet === 'string') mapping.sheet = raw.sheet;
  if (typeof raw.table === 'string') mapping.table = raw.table;
  if (raw.columns && typeof raw.columns === 'object' && !Array.isArray(raw.columns)) {
    const columns: Record<string, string> = {};
    for (const [field, header] of Object.entries(raw.columns as Record<string, unknown>)) {
      if (typeof header === 'string') columns[field] = header;
    }
    mapping.columns = columns;
  }
  return mapping;
}
