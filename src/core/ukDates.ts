/** UK dates (dd/mm/yyyy) as people read and type them: writing an ISO date for a person, and reading a date option. */
import { isRealDate, pad, parseIso, toIso } from './calendar';
import { cellText } from './cellText';
import type { IsoDate } from './types';

/** @example formatUkDate('2024-12-06') === '06/12/2024' */
export function formatUkDate(iso: IsoDate): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  return `${pad(parts.day, 2)}/${pad(parts.month, 2)}/${pad(parts.year, 4)}`;
}

/**
 * A date typed as an option (command line, settings): `YYYY-MM-DD` or `dd/mm/yyyy` only, so a mistyped option is
 * rejected rather than guessed.
 * @example parseDateOption('06/12/2024') === '2024-12-06'; parseDateOption('12/31/2024') === null
 */
export function parseDateOption(text: string): IsoDate | null {
  const trimmed = cellText(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return year >= 1900 && isRealDate(year, month, day) ? toIso(year, month, day) : null;
  }
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (uk) {
    const [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    return year >= 1900 && isRealDate(year, month, day) ? toIso(year, month, day) : null;
  }
  return null;
}
