/**
 * Remembering what was worked out for a value already seen. Spreadsheet columns repeat a handful of values (grades,
 * statuses, audit names, deadlines) across thousands of rows, so readers work each distinct one out once per run.
 * Each memo lives as long as the reader that made it: nothing is kept from one run of the engine to the next.
 */
import type { CellValue } from './types';

/**
 * `make` remembered for each value it is given.
 * @example const key = remembered(keyPart); key('Payroll') // worked out once, then looked up
 */
export function remembered<K, V>(make: (value: K) => V): (value: K) => V {
  const made = new Map<K, V>();
  return (value) => {
    let result = made.get(value);
    if (result === undefined) {
      result = make(value);
      made.set(value, result);
    }
    return result;
  };
}

/**
 * `read` remembered for each distinct cell: by its text for a text cell, by its value and number format otherwise
 * (the same number reads differently as a date and as a percentage).
 */
export function rememberedPerCell<T>(read: (value: CellValue, format: string | undefined) => T): (value: CellValue, format: string | undefined) => T {
  const byText = new Map<string, T>();
  const byNumber = new Map<string, T>();
  return (value, format) => {
    const map = typeof value === 'string' ? byText : byNumber;
    const key = typeof value === 'string' ? value : `${String(value)}|${format ?? ''}`;
    let known = map.get(key);
    if (known === undefined) {
      known = read(value, format);
      map.set(key, known);
    }
    return known;
  };
}
