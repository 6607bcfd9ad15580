/**
 * The summary as a person reads it: each value as the summary sheet shows it, and the line under the title. The
 * paper renderers (Word, the clipboard's HTML) and the preview's charts use these, so a table pasted into Word says
 * exactly what the sheet says.
 */
import { formatUkDate } from './ukDates';
import type { SummaryColumn, SummaryModel, SummaryValue } from './types';

/**
 * A summary value as the sheet shows it through the number format layoutSummary gives it: dates dd/mm/yyyy,
 * percentages "75%" ("0%"), counts as whole numbers ("0"), text as it was written, blank as "".
 *
 * @example summaryValueText({ date: '2024-10-30' }, 'date') === '30/10/2024'; summaryValueText(0.125, 'percent') === '13%'
 */
export function summaryValueText(value: SummaryValue, type: SummaryColumn['type']): string {
  if (value === null) return '';
  if (typeof value === 'object') return formatUkDate(value.date);
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  // Excel rounds halves away from zero; Math.round would take -0.5 to -0.
  const whole = (n: number) => Math.sign(n) * Math.round(Math.abs(n));
  if (type === 'percent') return `${whole(value * 100)}%`;
  if (type === 'number') return String(whole(value));
  return String(value);
}

/**
 * The line under the summary's title, on the sheet and in the paper.
 *
 * @example summaryDatesLine({ asOf: '2024-10-31', since: '2024-07-24', ... }) === 'As at 31/10/2024; previous meeting 24/07/2024'
 */
export function summaryDatesLine(model: Pick<SummaryModel, 'asOf' | 'since'>): string {
  const previous = model.since ? `previous meeting ${formatUkDate(model.since)}` : 'previous meeting date not set';
  return `As at ${formatUkDate(model.asOf)}; ${previous}`;
}
