import { formatUkDate } from '../ukDates';
import { columns } from '../summaryValues';
import type { SummaryTable, SummaryValue } from '../types';
import type { RecordedPaper } from './paper';
import type { PeriodImplementation } from './periodImplementation';

/**
 * The implementation rate of the period: of the actions due since the last meeting, how many were implemented by
 * their deadline, and the same figure at the last recorded paper ("82% completed within timescale against 76% last
 * period"). Rows for kinds of outcome that did not happen are left out, except the ones every paper reports.
 */
export function implementationRate(period: PeriodImplementation | null, previous: RecordedPaper | null): SummaryTable {
  const base = {
    kind: 'table' as const,
    id: 'implementation-rate' as const,
    title: 'Implementation of actions due in the period',
  };
  const specs: [string, 'text' | 'number' | 'percent'][] = [
    ['Measure', 'text'],
    ['Actions', 'number'],
    ['Share', 'percent'],
  ];
  if (period === null) {
    return {
      ...base,
      columns: columns(specs, []),
      rows: [],
      emptyText: 'Set the previous meeting date to see how many actions due since then were implemented by their deadline.',
    };
  }
  const share = (count: number): number | null => (period.due > 0 ? count / period.due : null);
  const rows: SummaryValue[][] = [];
  const add = (label: string, count: number, always = false) => {
    if (always || count > 0) rows.push([label, count, share(count)]);
  };
  add(`Due after ${formatUkDate(period.from)} and by ${formatUkDate(period.to)}`, period.due, true);
  add('Implemented by their deadline', period.byDeadline, true);
  add('Implemented after their deadline', period.late, true);
  add('Implemented, date not recorded', period.dateUnknown);
  add('Implemented, awaiting verification', period.awaitingVerification);
  add('Closed without implementation', period.closedWithoutImplementation);
  add('Still open', period.open, true);
  const then = previous?.figures.implementationRate ?? null;
  if (previous && then !== null) rows.push([`Implemented by their deadline at the last paper (${formatUkDate(previous.date)})`, null, then]);
  return {
    ...base,
    columns: columns(specs, rows),
    rows: period.due === 0 ? [] : rows,
    emptyText: `No actions fell due after ${formatUkDate(period.from)} and by ${formatUkDate(period.to)}.`,
  };
}
