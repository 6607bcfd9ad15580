/** Small pieces every table of the movement work is built from, so they all look like the summary's other tables. */
import { NOT_GRADED } from '../summaryFacts';
import type { IsoDate, SummaryValue } from '../types';
import type { CurrentAction } from './paper';

/** A date cell, or an empty one. */
export function dateCell(date: IsoDate | null): SummaryValue {
  return date === null ? null : { date };
}

/** How a priority reads in a table: the organisation's word, or "Not graded". */
export function priorityLabel(action: Pick<CurrentAction, 'priority'>): string {
  return action.priority ?? NOT_GRADED;
}

/**
 * Actions grouped by priority, highest rank first, words of the same rank in the order the tracker first uses them,
 * ungraded last. Priorities are kept in the organisation's words, so only those present get a row.
 */
export function byPriority<T extends Pick<CurrentAction, 'priority' | 'priorityRank'>>(actions: Iterable<T>): [label: string, actions: T[]][] {
  const groups = new Map<string, { rank: number; order: number; actions: T[] }>();
  for (const action of actions) {
    const label = priorityLabel(action);
    const group = groups.get(label);
    if (group) group.actions.push(action);
    else groups.set(label, { rank: action.priority === null ? Infinity : action.priorityRank, order: groups.size, actions: [action] });
  }
  return [...groups]
    .sort(([, a], [, b]) => a.rank - b.rank || a.order - b.order)
    .map(([label, group]) => [label, group.actions]);
}

/**
 * A count table with a row per priority and a Total row: `count` gives each row's counts from its actions.
 * No rows at all when there are no actions, so the table shows its empty text.
 */
export function priorityRows<T extends Pick<CurrentAction, 'priority' | 'priorityRank'>>(
  actions: readonly T[],
  count: (group: readonly T[]) => number[],
): SummaryValue[][] {
  if (actions.length === 0) return [];
  const rows: SummaryValue[][] = byPriority(actions).map(([label, group]) => [label, ...count(group)]);
  rows.push(['Total', ...count(actions)]);
  return rows;
}
