/**
 * What every table of the summary shares: column widths that fit their values, dates tagged once per summary, and
 * how a date cell or an action's deadline shows in a table.
 */
import type { ClassifiedAction, DateReading, IsoDate, SummaryColumn, SummaryValue } from './types';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export type ColumnSpec = [header: string, type: SummaryColumn['type']];

/** How many characters a value takes when shown, for suggesting column widths. */
function shownLength(value: SummaryValue | undefined, type: SummaryColumn['type']): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return 10;
  if (typeof value === 'number') return type === 'percent' ? 4 : numberLength(value);
  return value.length;
}

/** The characters of a number as shown: counted for a whole number (days overdue) rather than made into text. */
function numberLength(value: number): number {
  if (!Number.isSafeInteger(value)) return String(value).length;
  let length = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) length += 1;
  return length;
}

/** Columns with widths that fit their header and values, within 8 to 60 characters; a row may be short. */
export function columns(specs: readonly ColumnSpec[], rows: readonly SummaryValue[][]): SummaryColumn[] {
  return specs.map(([header, type], index) => {
    // A loop, not Math.max(...rows.map(...)): the overdue table can have thousands of rows.
    let longest = header.length;
    for (let r = 0; r < rows.length; r += 1) longest = Math.max(longest, shownLength(rows[r][index], type));
    return { header, type, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
}

/** Tags ISO dates as summary values, one shared `{ date }` per distinct date. */
export type DateTag = (date: IsoDate) => SummaryValue;

/**
 * A tagger for one summary: thousands of rows carry the same few hundred deadlines and sign-off dates, and the values
 * are plain data no renderer changes, so each date is tagged once per summary rather than once per cell.
 */
export function dateTagger(): DateTag {
  const tags = new Map<IsoDate, SummaryValue>();
  return (date) => {
    let tag = tags.get(date);
    if (tag === undefined) {
      tag = { date };
      tags.set(date, tag);
    }
    return tag;
  };
}

/** A date cell as a tagged date, or the words the person typed ("TBC"), or null when blank or never calculated. */
export function dateValue(reading: DateReading, tag: DateTag): SummaryValue {
  if (reading.kind === 'date') return tag(reading.date);
  return reading.kind === 'blank' || reading.kind === 'uncalculated' ? null : reading.text;
}

/** The deadline the committee holds the action to: the effective one when there is one, else what was typed. */
export function deadlineValue(action: ClassifiedAction, tag: DateTag): SummaryValue {
  return action.effectiveDeadline !== null ? tag(action.effectiveDeadline) : dateValue(action.deadline, tag);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The items ordered by a date, items of the same date in the order given (what a stable sort on the date gives).
 * Thousands of actions share a few hundred deadlines: grouping them by date and sorting the distinct dates makes a
 * fraction of the comparisons that sorting every action would.
 *
 * @example inDateOrder(actions, (action) => action.signoffDate ?? '')
 */
export function inDateOrder<T>(items: readonly T[], dateOf: (item: T) => IsoDate): T[] {
  const byDate = new Map<IsoDate, T[]>();
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    const date = dateOf(item);
    const group = byDate.get(date);
    if (group) group.push(item);
    else byDate.set(date, [item]);
  }
  const ordered: T[] = [];
  for (const date of [...byDate.keys()].sort(compareDates)) for (const item of byDate.get(date)!) ordered.push(item);
  return ordered;
}
