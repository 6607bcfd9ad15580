/**
 * The movement and the summary's blocks in `jac-summary --json`. The movement's fields are fixed, because other
 * tools read them:
 *
 *   "movement": { "previousPaper": "YYYY-MM-DD",
 *     "added": [cell], "removed": [{ "audit", "recommendation" }], "closed": [cell],
 *     "extended": [{ "cell", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD" }],
 *     "newlyOverdue": [cell], "stillOverdue": [cell], "overdueThen": n, "overdueNow": n }
 *
 * where a cell is the action row's cell (its audit-name cell), as everywhere else in the JSON.
 */
import type { IsoDate, SummaryBlock, SummaryBlockId, SummaryValue } from '../types';
import type { Movement } from './compareWithPrevious';

export interface JsonMovement {
  previousPaper: IsoDate;
  added: string[];
  removed: { audit: string; recommendation: string }[];
  closed: string[];
  /** Deadlines put back since the last paper (one brought forward is not an extension, and is left out). */
  extended: { cell: string; from: IsoDate; to: IsoDate }[];
  newlyOverdue: string[];
  stillOverdue: string[];
  overdueThen: number;
  overdueNow: number;
}

export function jsonMovement(movement: Movement): JsonMovement {
  return {
    previousPaper: movement.previousPaper,
    added: movement.added.map((action) => action.cell),
    removed: movement.removed.map(({ audit, recommendation }) => ({ audit, recommendation })),
    closed: movement.closed.map((action) => action.cell),
    extended: movement.moved.filter((move) => move.days > 0).map(({ action, from, to }) => ({ cell: action.cell, from, to })),
    newlyOverdue: movement.newlyOverdue.map((action) => action.cell),
    stillOverdue: movement.stillOverdue.map((action) => action.cell),
    overdueThen: movement.overdueThen,
    overdueNow: movement.overdueNow,
  };
}

/** A table's cells with dates as YYYY-MM-DD, or a paragraph's text. */
export type JsonSummaryBlock =
  | { id: SummaryBlockId; kind: 'table'; title: string; columns: string[]; rows: (string | number | null)[][]; emptyText: string }
  | { id: SummaryBlockId; kind: 'paragraph'; title: string; text: string };

export function jsonSummaryBlock(block: SummaryBlock): JsonSummaryBlock {
  if (block.kind === 'paragraph') return { id: block.id, kind: 'paragraph', title: block.title, text: block.text };
  return {
    id: block.id,
    kind: 'table',
    title: block.title,
    columns: block.columns.map((column) => column.header),
    rows: block.rows.map((row) => row.map(jsonValue)),
    emptyText: block.emptyText,
  };
}

function jsonValue(value: SummaryValue): string | number | null {
  return value !== null && typeof value === 'object' ? value.date : value;
}
