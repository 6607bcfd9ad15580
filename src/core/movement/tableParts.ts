/** Small pieces every table of the movement work is built from, so they all look like the summary's other tables. */
import { priorityOrder, type PriorityOrder } from '../priorities';
import { NOT_GRADED } from '../summaryFacts';
import type { IsoDate, SummaryValue } from '../types';
import type { CurrentAction, PaperSnapshot } from './paper';

/** A date cell, or an empty one. */
export function dateCell(date: IsoDate | null): SummaryValue {
  return date === null ? null : { date };
}

/** How a priority reads in a table: the organisation's word, or "Not graded". */
export function priorityLabel(action: Pick<CurrentAction, 'priority'>): string {
  return action.priority ?? NOT_GRADED;
}

/**
 * The order of the priorities the paper's actions use (priorities.ts priorityOrder), the one every table of the
 * movement work lists its priorities in, whichever of the actions it counts. Made once per paper.
 */
export function paperPriorityOrder(snapshot: Pick<PaperSnapshot, 'actions'>): PriorityOrder {
  let order = orders.get(snapshot.actions);
  if (!order) {
    const used = new Map<string, number>();
    for (const action of snapshot.actions) if (action.priority !== null && !used.has(action.priority)) used.set(action.priority, action.priorityRank);
    order = priorityOrder(used);
    orders.set(snapshot.actions, order);
  }
  return order;
}

const orders = new WeakMap<readonly CurrentAction[], PriorityOrder>();

/**
 * Something made per priority from its actions (`start` makes it, `add` adds an action to it), in the paper's
 * priority order, ungraded last. Priorities are kept in the organisation's words, so only those present are listed.
 */
function perPriority<T extends Pick<CurrentAction, 'priority'>, V>(
  actions: readonly T[],
  order: PriorityOrder,
  start: () => V,
  add: (value: V, action: T) => void,
): [label: string, value: V][] {
  const groups = new Map<string, V>();
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    const label = priorityLabel(action);
    let group = groups.get(label);
    if (group === undefined) groups.set(label, (group = start()));
    add(group, action);
  }
  return [...groups].sort(([a], [b]) => order.compare(a, b));
}

/** Actions grouped by priority, in the order perPriority gives. */
export function byPriority<T extends Pick<CurrentAction, 'priority'>>(actions: readonly T[], order: PriorityOrder): [label: string, actions: T[]][] {
  return perPriority(
    actions,
    order,
    (): T[] => [],
    (group, action) => group.push(action),
  );
}

/**
 * A count table with a row per priority and a Total row, each `width` counts that `tally` adds each action to.
 * Counted as the actions go by rather than grouped first, so the tables over 20,000 actions build no lists.
 * No rows at all when there are no actions, so the table shows its empty text.
 */
export function priorityRows<T extends Pick<CurrentAction, 'priority'>>(
  actions: readonly T[],
  order: PriorityOrder,
  width: number,
  tally: (counts: number[], action: T) => void,
): SummaryValue[][] {
  if (actions.length === 0) return [];
  const zeros = () => new Array<number>(width).fill(0);
  const total = zeros();
  const rows: SummaryValue[][] = perPriority(actions, order, zeros, (counts, action) => {
    tally(counts, action);
    tally(total, action);
  }).map(([label, counts]) => [label, ...counts]);
  rows.push(['Total', ...total]);
  return rows;
}
