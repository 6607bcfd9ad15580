import { formatUkDate } from '../ukDates';
import { columns } from '../summaryValues';
import type { IsoDate, SummaryTable, SummaryValue } from '../types';
import type { Movement } from './compareWithPrevious';

/**
 * Said when there is nothing to compare with. Recording is the user's choice, so the block says how; the
 * narrative stays silent rather than repeat it.
 */
export function noPreviousPaperText(date: IsoDate): string {
  return (
    `No paper dated before ${formatUkDate(date)} is recorded in this workbook, so there is no movement to show yet. ` +
    'The next paper will show movement once this one is recorded (Record this paper in the add-in, or jac-summary --record).'
  );
}

/**
 * The movement block: the overdue count then and now and how many actions moved each way since the last recorded
 * paper. Rarer kinds of movement (reopened, brought forward, audits added or removed) get a row only when they
 * happened.
 */
export function movementCounts(movement: Movement | null, date: IsoDate): SummaryTable {
  const base = { kind: 'table' as const, id: 'movement' as const };
  const specs: [string, 'text' | 'number'][] = [
    ['Measure', 'text'],
    ['Number', 'number'],
  ];
  if (movement === null) {
    return { ...base, title: 'Movement since the last paper', columns: columns(specs, []), rows: [], emptyText: noPreviousPaperText(date) };
  }
  const closedAs = (disposition: string) => movement.closed.filter((action) => action.disposition === disposition).length;
  const rows: SummaryValue[][] = [];
  const add = (label: string, count: number, always = true) => {
    if (always || count > 0) rows.push([label, count]);
  };
  add('Overdue actions at the last paper', movement.overdueThen);
  add('Overdue actions now', movement.overdueNow);
  add('Actions added', movement.added.length);
  add('Actions implemented', closedAs('implemented'));
  add('Actions implemented, awaiting verification', closedAs('awaiting-verification'), false);
  add('Actions closed without implementation', closedAs('closed-without-implementation'), false);
  add('Actions reopened', movement.reopened.length, false);
  add('Actions no longer in the tracker', movement.removed.length);
  add('Deadlines extended', movement.moved.filter((move) => move.days > 0).length);
  add('Deadlines brought forward', movement.moved.filter((move) => move.days < 0).length, false);
  add('Newly overdue', movement.newlyOverdue.length);
  add('Still overdue', movement.stillOverdue.length);
  add('Audits finalised', movement.audits.filter((change) => change.to === 'final').length);
  add('Audits added to the plan', movement.audits.filter((change) => change.from === null).length, false);
  add('Audits removed from the plan', movement.audits.filter((change) => change.to === null).length, false);
  return {
    ...base,
    title: `Movement since the last paper (${formatUkDate(movement.previousPaper)})`,
    columns: columns(specs, rows),
    rows,
    emptyText: '',
  };
}
