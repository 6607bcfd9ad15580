import { toIso, typedYear } from '../core/calendar';
import { isoDateToSerial } from '../core/serials';

/** What a cell holds after someone types into it, as a UK-English Excel would store it. */
export interface TypedValue {
  value: string | number | boolean | null;
  /** A date typed into a cell gets a date format, as in Excel; null leaves the cell's format alone. */
  numberFormat: string | null;
}

/**
 * Interpret text typed into a cell the way Excel does in a UK locale, so an edit in the preview reaches the engine
 * exactly as it would from Excel: "14/08/2024" becomes a date serial, "3" a number, "TRUE" a boolean, while
 * "30/02/2024" (no such day) and "12/31/2024" (month first) stay text, and a leading apostrophe forces text.
 *
 * Formulas are not calculated: "=SUM(A1:A3)" stays text here, which is also how the add-in writes such text.
 *
 * @example parseTypedInput('06/12/24') -> { value: 45632, numberFormat: 'dd/mm/yyyy' }
 */
export function parseTypedInput(text: string): TypedValue {
  if (text === '') return { value: null, numberFormat: null };
  if (text.startsWith("'")) return { value: text.slice(1), numberFormat: null };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', numberFormat: null };
  if (/^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(trimmed)) {
    return { value: Number(trimmed.replace(/,/g, '')), numberFormat: null };
  }
  const serial = typedDateSerial(trimmed);
  if (serial !== null) return { value: serial, numberFormat: 'dd/mm/yyyy' };
  return { value: text, numberFormat: null };
}

function typedDateSerial(text: string): number | null {
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const date: [year: number, month: number, day: number] | null = uk
    ? [typedYear(uk[3]), Number(uk[2]), Number(uk[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : null;
  if (!date) return null;
  try {
    // Excel's own 29/02/1900 included, as Excel takes it.
    return isoDateToSerial(toIso(...date));
  } catch {
    // Not a real day (30/02/2024) or before 1900: Excel keeps what was typed as text.
    return null;
  }
}
