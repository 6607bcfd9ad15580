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
 * Something made per priority from its actions (`start` makes it, `add` adds an action to it), highest rank first,
 * words of the same rank in the order the list first uses them, ungraded last. Priorities are kept in the
 * organisation's words, so only those present are listed.
 */
function perPriority<T extends Pick<CurrentAction, 'priority' | 'priorityRank'>, V>(
  actions: readonly T[],
  start: () => V,
  add: (value: V, action: T) => void,
): [label: string, value: V][] {
  const groups = new Map<string, { rank: number; order: number; value: V }>();
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    const label = priorityLabel(action);
    let group = groups.get(label);
    if (!group) groups.set(label, (group = { rank: action.priority === null ? Infinity : action.priorityRank, order: groups.size, value: start() }));
    add(group.value, action);
  }
  return [...groups]
    .sort(([, a], [, b]) => a.rank - b.rank || a.order - b.order)
    .map(([label, group]) => [label, group.value]);
}

/** Actions grouped by priority, in the order perPriority gives. */
export function byPriority<T extends Pick<CurrentAction, 'priority' | 'priorityRank'>>(actions: readonly T[]): [label: string, actions: T[]][] {
  return perPriority(actions, (): T[] => [], (group, action) => group.push(action));
}

/**
 * A count table with a row per priority and a Total row, each `width` counts that `tally` adds each action to.
 * Counted as the actions go by rather than grouped first, so the tables over 20,000 actions build no lists.
 * No rows at all when there are no actions, so the table shows its empty text.
 */
export function priorityRows<T extends Pick<CurrentAction, 'priority' | 'priorityRank'>>(
  actions: readonly T[],
  width: number,
  tally: (counts: number[], action: T) => void,
): SummaryValue[][] {
  if (actions.length === 0) return [];
  const zeros = () => new Array<number>(width).fill(0);
  const total = zeros();
  const rows: SummaryValue[][] = perPriority(actions, zeros, (counts, action) => {
    tally(counts, action);
    tally(total, action);
  }).map(([label, counts]) => [label, ...counts]);
  rows.push(['Total', ...total]);
  return rows;
}
