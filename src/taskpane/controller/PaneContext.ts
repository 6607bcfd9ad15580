import type { CommandOutcomeFeed } from '../../commands/lastOutcome';
import type { IsoDate } from '../../core/types';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { ClipboardContent, ClipboardRoute } from '../paper/writeClipboard';
import { paneActions, type PaneAction } from '../state/actions';
import type { Operation, PaneError, PaneState } from '../state/paneState';
import type { PaneStore } from './PaneStore';
import { toPaneError } from './toPaneError';

export interface PaneControllerOptions {
  /** Asked each time, so a pane left open overnight dates the next paper by the new day. */
  today: () => IsoDate;
  /** Quiet time after the last edit before the workbook is re-checked: typing a date should not re-check per key. */
  debounceMs?: number;
  /**
   * The ribbon command's outcomes (src/commands/lastOutcome.ts). The command opens the pane when it fails, so its
   * error is shown here as the pane's own refresh would show it. Absent where there is no ribbon (the preview).
   */
  commandOutcomes?: CommandOutcomeFeed;
  /** Puts Copy for Word's content on the clipboard (writeClipboard, the browser's clipboard, by default). */
  clipboard?: (content: ClipboardContent) => Promise<ClipboardRoute>;
  /**
   * While checking as the user edits, read the workbook afresh after this long without a check (0: never). Some
   * edits raise no event at all, a choice from an in-cell dropdown on the web for one (office-js issues 3888, 4066).
   */
  idleRecheckMs?: number;
}

/**
 * A piece of work begun while the pane was in one life (between start and dispose). Work often outlives that life,
 * an await later: what it finds then belongs to no one, and must not reach the store.
 */
export interface Turn {
  /** False once the pane has been disposed or started again since this work began. */
  isCurrent(): boolean;
  /** Dispatches while current; drops the action otherwise. */
  dispatch(action: PaneAction): void;
  /** Shows the failure while current, offering `again` as "Try again" when the host says trying again can help. */
  fail(operation: Operation, error: unknown, again: () => Promise<void>): void;
}

/**
 * What every part of the pane's controller shares: the host, the options, the one store, whether a piece of work is
 * still current, and what "Try again" redoes.
 */
export class PaneContext {
  /** Bumped by start and dispose: work begun in an earlier life must not touch the state of a newer one. */
  private life = 0;
  private retryFailed: (() => Promise<void>) | null = null;

  constructor(
    readonly host: WorkbookHost,
    readonly store: PaneStore,
    readonly options: PaneControllerOptions,
  ) {}

  get state(): PaneState {
    return this.store.getState();
  }

  /** Work beginning now. */
  turn(): Turn {
    const life = this.life;
    const isCurrent = () => life === this.life;
    return {
      isCurrent,
      dispatch: (action) => {
        if (isCurrent()) this.store.dispatch(action);
      },
      fail: (operation, error, again) => {
        if (isCurrent()) this.showFailure(toPaneError(operation, error), again);
      },
    };
  }

  /** A new life (start, dispose): everything begun before it stops counting. */
  renew(): void {
    this.life += 1;
  }

  /** Shows `error`; "Try again" redoes `again` only when the error offers it. */
  showFailure(error: PaneError, again: (() => Promise<void>) | null): void {
    this.retryFailed = error.fixes.includes('retry') ? again : null;
    this.store.dispatch(paneActions.failed(error));
  }

  /** What "Try again" redoes, handed over once (the error bar goes with it). */
  takeRetry(): (() => Promise<void>) | null {
    const again = this.retryFailed;
    this.retryFailed = null;
    return again;
  }
}
