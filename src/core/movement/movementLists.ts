/**
 * The movement since the last paper, action by action, as North Devon's paper prints it: actions closed, actions
 * added, deadlines moved (the extensions the committee approves), actions newly overdue, what became of those
 * overdue last time, actions no longer in the tracker, and audits that moved stage. Shown only when there is a
 * recorded paper to compare with; each has its own empty text.
 */
import { daysBetween } from '../calendar';
import { formatUkDate } from '../ukDates';
import { STAGE_LABELS } from '../status';
import { columns, inDateOrder, type ColumnSpec } from '../summaryValues';
import type { RowTone, Stage, SummaryBlockId, SummaryTable, SummaryValue } from '../types';
import { plural } from '../wording';
import type { Movement } from './compareWithPrevious';
import { DISPOSITION_LABELS } from '../actionStatus';
import { capitalise } from '../finding';
import { isOverdue, type CurrentAction } from './paper';
import { dateCell, priorityLabel } from './tableParts';

const ACTION: ColumnSpec[] = [
  ['Audit Name', 'text'],
  ['Recommendation', 'text'],
  ['Priority', 'text'],
];

function table(
  id: SummaryBlockId,
  title: string,
  specs: ColumnSpec[],
  rows: SummaryValue[][],
  emptyText: string,
  extra: Pick<SummaryTable, 'sources' | 'tones'> = {},
): SummaryTable {
  return { kind: 'table', id, title, columns: columns(specs, rows), rows, emptyText, ...extra };
}

function actionCells(action: CurrentAction): SummaryValue[] {
  return [action.audit, action.recommendation, priorityLabel(action)];
}

/** Where an action stands now, in a word or two. */
function position(action: CurrentAction, date: string): string {
  if (isOverdue(action, date)) return 'Overdue';
  return capitalise(DISPOSITION_LABELS[action.disposition]);
}

export function closedTable(movement: Movement): SummaryTable {
  // Actions closed the same day keep the tracker's order; a closing date not known sorts last.
  const closed = inDateOrder(movement.closed, (action) => action.closed ?? '\uffff');
  return table(
    'movement-closed',
    'Actions closed since the last paper',
    [...ACTION, ['Deadline', 'date'], ['Closed', 'date'], ['Outcome', 'text']],
    closed.map((action) => [
      ...actionCells(action),
      dateCell(action.deadline),
      dateCell(action.closed),
      capitalise(DISPOSITION_LABELS[action.disposition]),
    ]),
    'No actions were closed since the last paper.',
    { sources: closed.map((action) => action.cell) },
  );
}

export function addedTable(movement: Movement, date: string): SummaryTable {
  return table(
    'movement-added',
    'Actions added since the last paper',
    [...ACTION, ['Deadline', 'date'], ['Position', 'text']],
    movement.added.map((action) => [...actionCells(action), dateCell(action.deadline), position(action, date)]),
    'No actions were added since the last paper.',
    { sources: movement.added.map((action) => action.cell) },
  );
}

export function movedTable(movement: Movement): SummaryTable {
  return table(
    'movement-extended',
    'Deadlines moved since the last paper',
    [...ACTION, ['From', 'date'], ['To', 'date'], ['Days', 'number'], ['Revisions', 'number']],
    movement.moved.map(({ action, from, to, days }) => [...actionCells(action), dateCell(from), dateCell(to), days, action.revisions]),
    'No deadlines were moved since the last paper.',
    { sources: movement.moved.map(({ action }) => action.cell) },
  );
}

export function newlyOverdueTable(movement: Movement, date: string): SummaryTable {
  const { newlyOverdue } = movement;
  return table(
    'movement-newly-overdue',
    'Actions that became overdue since the last paper',
    [...ACTION, ['Deadline', 'date'], ['Days overdue', 'number']],
    newlyOverdue.map((action) => [...actionCells(action), dateCell(action.deadline), daysBetween(action.deadline!, date)]),
    'No actions became overdue since the last paper.',
    { sources: newlyOverdue.map((action) => action.cell), tones: newlyOverdue.map((): RowTone => 'overdue') },
  );
}

export function cohortTable(movement: Movement): SummaryTable {
  const { cohort } = movement;
  const rows: SummaryValue[][] = [];
  const add = (label: string, count: number, always = true) => {
    if (always || count > 0) rows.push([label, count]);
  };
  add('Implemented', cohort.implemented);
  add('Implemented, awaiting verification', cohort.awaitingVerification, false);
  add('Closed without implementation', cohort.closedWithoutImplementation, false);
  add('Given a new deadline, no longer overdue', cohort.redated);
  add('Still overdue', cohort.stillOverdue);
  add('No longer in the tracker', cohort.removed);
  const actions = `the ${plural(cohort.then, 'action')}`;
  return table(
    'movement-cohort',
    `What became of ${actions} overdue at the last paper`,
    [
      ['Outcome', 'text'],
      ['Actions', 'number'],
    ],
    cohort.then === 0 ? [] : rows,
    'No actions were overdue at the last paper.',
  );
}

export function removedTable(movement: Movement): SummaryTable {
  const then = movement.previousPaper;
  return table(
    'movement-removed',
    'Actions no longer in the tracker',
    [
      ['Audit Name', 'text'],
      ['Recommendation', 'text'],
      ['Deadline at the last paper', 'date'],
      ['Position at the last paper', 'text'],
    ],
    movement.removed.map((action) => [
      action.audit,
      action.recommendation,
      dateCell(action.deadline),
      isOverdue(action, then) ? 'Overdue' : capitalise(DISPOSITION_LABELS[action.disposition]),
    ]),
    'Every action on the last paper is still in the tracker.',
  );
}

export function auditsTable(movement: Movement): SummaryTable {
  const stage = (value: string | null) => (value === null ? 'Not in the plan' : (STAGE_LABELS.get(value as Stage) ?? value));
  return table(
    'movement-audits',
    'Audits that moved since the last paper',
    [
      ['Audit', 'text'],
      ['Then', 'text'],
      ['Now', 'text'],
      ['Opinion', 'text'],
    ],
    movement.audits.map((change) => [change.audit, stage(change.from), stage(change.to), change.opinion]),
    `No audit changed stage since the last paper (${formatUkDate(movement.previousPaper)}).`,
  );
}
