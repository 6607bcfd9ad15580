import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CommandOutcomeFeed } from '../../commands/lastOutcome';
import type { IsoDate } from '../../core/types';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { PaneState } from '../state/paneState';
import { localToday } from '../../host/localDate';
import { PaneController } from './PaneController';

export interface UsePaneControllerOptions {
  /** Fixes "today" (tests, a preview pinned to the paper's date); otherwise the local date at each use. */
  today?: IsoDate;
  debounceMs?: number;
  commandOutcomes?: CommandOutcomeFeed;
  /** Default 30 s: edits Excel never reports (a dropdown choice on the web) are caught within that. */
  idleRecheckMs?: number;
}

const IDLE_RECHECK_MS = 30_000;

/** One controller per host for the pane's lifetime, started on mount and stopped on unmount. */
export function usePaneController(
  host: WorkbookHost,
  { today, debounceMs, commandOutcomes, idleRecheckMs = IDLE_RECHECK_MS }: UsePaneControllerOptions = {},
): { state: PaneState; controller: PaneController } {
  // A pinned date is fixed for the controller's life; without one, each use asks the clock (a pane left open
  // overnight dates the next paper by the new day).
  const controller = useMemo(
    () => new PaneController(host, { today: today === undefined ? localToday : () => today, debounceMs, commandOutcomes, idleRecheckMs }),
    [host, today, debounceMs, commandOutcomes, idleRecheckMs],
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useEffect(() => {
    void controller.start();
    // Coming back to the pane re-reads the workbook, for edits Excel raised no event for.
    const focused = () => controller.paneFocused();
    window.addEventListener('focus', focused);
    return () => {
      window.removeEventListener('focus', focused);
      controller.dispose();
    };
  }, [controller]);
  return { state, controller };
}
