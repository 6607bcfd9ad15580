import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { CommandOutcomeFeed } from '../../commands/lastOutcome';
import type { IsoDate } from '../../core/types';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { PaneState } from '../state/paneState';
import { localToday } from './localToday';
import { PaneController } from './PaneController';

export interface UsePaneControllerOptions {
  /** Fixes "today" (tests, a preview pinned to the paper's date); otherwise the local date at each use. */
  today?: IsoDate;
  debounceMs?: number;
  commandOutcomes?: CommandOutcomeFeed;
}

/** One controller per host for the pane's lifetime, started on mount and stopped on unmount. */
export function usePaneController(
  host: WorkbookHost,
  { today, debounceMs, commandOutcomes }: UsePaneControllerOptions = {},
): { state: PaneState; controller: PaneController } {
  const todayRef = useRef(today);
  todayRef.current = today;
  const controller = useMemo(
    () => new PaneController(host, { today: () => todayRef.current ?? localToday(), debounceMs, commandOutcomes }),
    [host, debounceMs, commandOutcomes],
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  return { state, controller };
}
