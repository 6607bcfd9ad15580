import { parseDateOption } from './dates';
import { DEFAULT_SETTINGS, type IsoDate, type JacSettings, type TableMapping } from './types';

/** A stored date as an IsoDate, or null when missing or not a date (stored settings may be old or hand-edited). */
function dateSetting(value: unknown): IsoDate | null {
  return typeof value === 'string' ? parseDateOption(value) : null;
}

function mappingSetting(value: unknown): TableMapping | undefined {
  return value !== null && typeof value === 'object' ? (value as TableMapping) : undefined;
}

/**
 * Complete settings from whatever was stored or given: anything missing or malformed takes its default, dates are
 * accepted as YYYY-MM-DD or dd/mm/yyyy, and data validation stays on unless explicitly turned off.
 *
 * @example resolveSettings({ since: '24/07/2024' }) // { since: '2024-07-24', asOf: null, dataValidation: true }
 */
export function resolveSettings(partial: Partial<JacSettings> | null | undefined): JacSettings {
  const given = partial ?? {};
  const settings: JacSettings = {
    since: dateSetting(given.since),
    asOf: dateSetting(given.asOf),
    dataValidation: typeof given.dataValidation === 'boolean' ? given.dataValidation : DEFAULT_SETTINGS.dataValidation,
  };
  const plan = mappingSetting(given.plan);
  const actions = mappingSetting(given.actions);
  if (plan) settings.plan = plan;
  if (actions) settings.actions = actions;
  return settings;
}
