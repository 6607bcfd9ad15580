/**
 * The last ribbon refresh's outcome, shared with the task pane. With a shared runtime the command and the pane run in
 * one JavaScript context, so a module-level value is shared state: the pane shows it when it opens and updates when a
 * later ribbon refresh publishes a new one.
 */
import type { HostErrorCode } from '../host/WorkbookHost';
import type { RefreshOutcome } from '../host/refresh';

/**
 * What the ribbon's refresh did: the refresh it wrote (its one-line message and notes are the refresh's own), or the
 * failure the pane shows as its own refresh's would be.
 */
export type CommandOutcome =
  | { kind: 'success'; refresh: Extract<RefreshOutcome, { kind: 'written' }>; at: Date }
  | { kind: 'error'; code: HostErrorCode; message: string; retryable: boolean; at: Date };

let last: CommandOutcome | null = null;
const listeners = new Set<(outcome: CommandOutcome) => void>();

export function lastCommandOutcome(): CommandOutcome | null {
  return last;
}

export function publishCommandOutcome(outcome: CommandOutcome): void {
  last = outcome;
  for (const listener of listeners) listener(outcome);
}

/** Calls `listener` with each new outcome; returns the unsubscribe function. */
export function subscribeToCommandOutcomes(listener: (outcome: CommandOutcome) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** What the pane needs from the ribbon's outcomes: the last one when it opens, and each new one while it is open. */
export interface CommandOutcomeFeed {
  last(): CommandOutcome | null;
  subscribe(listener: (outcome: CommandOutcome) => void): () => void;
}

/** This runtime's outcomes: in Excel's shared runtime the ribbon command and the pane publish and read the same ones. */
export const commandOutcomes: CommandOutcomeFeed = { last: lastCommandOutcome, subscribe: subscribeToCommandOutcomes };
