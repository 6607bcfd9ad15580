import { parseDateOption } from './ukDates';
import { DEFAULT_SETTINGS, type IsoDate, type JacSettings, type TableMapping, type VocabularyEntry } from './types';
import { isValidEntry } from './userWords';

/** A stored date as an IsoDate, or null when missing or not a date (stored settings may be old or hand-edited). */
function dateSetting(value: unknown): IsoDate | null {
  return typeof value === 'string' ? parseDateOption(value) : null;
}

function mappingSetting(value: unknown): TableMapping | undefined {
  return value !== null && typeof value === 'object' ? (value as TableMapping) : undefined;
}

/** A committee rule: a whole number from 0 up, or null for no rule (stored settings may hold anything). */
function ruleSetting(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** The well-formed entries of a stored vocabulary, each word trimmed; anything else is dropped. */
export function vocabularySetting(value: unknown): VocabularyEntry[] {
  if (!Array.isArray(value)) return [];
  const entries: VocabularyEntry[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object') continue;
    const { table, field, word, means } = item as Record<string, unknown>;
    if ((table !== 'plan' && table !== 'actions') || typeof field !== 'string' || typeof word !== 'string' || typeof means !== 'string') continue;
    const entry: VocabularyEntry = { table, field, word: word.trim(), means };
    if (isValidEntry(entry)) entries.push(entry);
  }
  return entries;
}

function switchSetting(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * Complete settings from whatever was stored or given: anything missing or malformed takes its default, dates are
 * accepted as YYYY-MM-DD or dd/mm/yyyy, and data validation and checking while editing stay on unless explicitly
 * turned off (settings saved before a switch existed therefore get it on); starting with the workbook stays off
 * unless explicitly turned on; the committee's rules on revised deadlines are kept only when they are whole
 * numbers from 0 up; and the user's vocabulary keeps only entries that name a field taking words and one of its
 * meanings.
 *
 * @example resolveSettings({ since: '24/07/2024' }) // { since: '2024-07-24', asOf: null, dataValidation: true, checkWhileEditing: true, startWithWorkbook: false }
 */
export function resolveSettings(partial: Partial<JacSettings> | null | undefined): JacSettings {
  const given = partial ?? {};
  const settings: JacSettings = {
    since: dateSetting(given.since),
    asOf: dateSetting(given.asOf),
    dataValidation: switchSetting(given.dataValidation, DEFAULT_SETTINGS.dataValidation),
    checkWhileEditing: switchSetting(given.checkWhileEditing, DEFAULT_SETTINGS.checkWhileEditing),
    // Off unless explicitly chosen: starting with the workbook has a cost for everyone the file is sent to.
    startWithWorkbook: switchSetting(given.startWithWorkbook, false),
  };
  // The committee's rules appear only when set, so settings without them read as they always have.
  for (const key of ['mostRevisions', 'longestExtensionDays'] as const) {
    const rule = ruleSetting(given[key]);
    if (rule !== null) settings[key] = rule;
  }
  const plan = mappingSetting(given.plan);
  const actions = mappingSetting(given.actions);
  if (plan) settings.plan = plan;
  if (actions) settings.actions = actions;
  const vocabulary = vocabularySetting(given.vocabulary);
  if (vocabulary.length > 0) settings.vocabulary = vocabulary;
  return settings;
}
