import type { PaneAction } from '../state/actions';
import { INITIAL_PANE_STATE, type PaneState } from '../state/paneState';
import { paneReducer } from '../state/reducer';

/**
 * The pane's one store: its state, changed only by the reducer, and the listeners React subscribes with
 * (useSyncExternalStore). Every part of the controller reads and dispatches through this one object, so each sees
 * the current state, never a stale render's copy.
 */
export class PaneStore {
  private state: PaneState = INITIAL_PANE_STATE;
  private readonly listeners = new Set<() => void>();

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: PaneAction): void {
    this.state = paneReducer(this.state, action);
    for (const listener of this.listeners) listener();
  }
}
