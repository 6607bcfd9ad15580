import type { Analysis, WorkbookCells } from '../../core/types';
import type { CellsChange, WorkbookHost } from '../../host/WorkbookHost';
import { paneActions } from '../state/actions';
import type { Operation } from '../state/paneState';
import { listedPapers } from '../state/paperListing';
import { workbookOutline } from '../state/workbookOutline';
import { CheckTimers } from './checkTimers';
import { LiveCheck, type Baseline } from './LiveCheck';
import type { PaneContext, Turn } from './PaneContext';
import { recordingReads } from './recordingReads';

/** A refresh's reads, kept for live checking: the host to refresh through, and what it read once the refresh is done. */
export interface RefreshReads {
  host: WorkbookHost;
  /** The workbook as the refresh last read it, if it read at all. */
  lastRead(): WorkbookCells | null;
  /** The refresh's analysis of what it read: the next edits' baseline, if those cells are still the ones kept. */
  analysed(analysis: Analysis): void;
}

/**
 * Checking the workbook, and keeping it checked while the user edits: subscribed to the host's edits only while the
 * settings say "Check the data as I edit", each edit patched into the cells kept (LiveCheck) and checked after a
 * quiet spell, and the workbook read afresh when edits may have been missed (rows moved, the pane refocused, a long
 * spell without any check).
 */
export class LiveCheckController {
  /** The cells kept current by edits while listening, and the analysis live checks re-check edited rows against. */
  private readonly live = new LiveCheck();
  /** Set while subscribed to the host's edits: only while the settings say "Check the data as I edit". */
  private unsubscribeChanges: (() => Promise<void>) | null = null;
  /** Subscribing and unsubscribing take turns, so a switch flicked on and off quickly ends as it was left. */
  private following: Promise<void> = Promise.resolve();
  private readonly timers: CheckTimers;

  constructor(private readonly context: PaneContext) {
    this.timers = new CheckTimers(context.options.debounceMs ?? 300, context.options.idleRecheckMs ?? 0);
  }

  /** Subscribed to the host's edits now. */
  get listening(): boolean {
    return this.unsubscribeChanges !== null;
  }

  /**
   * Subscribe to the host's edits while the form's "Check the data as I edit" is on, and unsubscribe when it is off.
   * The form's value counts, saved or not, as a date typed in the form counts for checking; whether the add-in also
   * starts with the workbook is the host's business when the settings are saved.
   */
  follow(turn: Turn, operation: Operation): Promise<void> {
    this.following = this.following.then(async () => {
      if (!turn.isCurrent()) return;
      const wanted = this.context.state.settings.checkWhileEditing;
      if (wanted && !this.unsubscribeChanges) await this.listen(turn, operation);
      else if (!wanted && this.unsubscribeChanges) await this.stopListening(turn);
    });
    return this.following;
  }

  private async listen(turn: Turn, operation: Operation): Promise<void> {
    // Edits made while not listening were never patched in: the next check must read the workbook again.
    this.live.forget();
    try {
      const unsubscribe = await this.context.host.onCellsChanged(this.handleChange);
      if (!turn.isCurrent()) {
        await unsubscribe();
        return;
      }
      this.unsubscribeChanges = unsubscribe;
    } catch (error) {
      turn.fail(operation, error, () => this.follow(this.context.turn(), operation));
    }
  }

  private async stopListening(turn: Turn): Promise<void> {
    const unsubscribe = this.unsubscribeChanges;
    if (!unsubscribe) return;
    try {
      await unsubscribe();
      this.unsubscribeChanges = null;
      this.live.forget();
    } catch (error) {
      // Still subscribed: handleChange ignores what arrives, and "Try again" unsubscribes again.
      turn.fail('listen', error, () => this.follow(this.context.turn(), 'listen'));
    }
  }

  private readonly handleChange = (change: CellsChange): void => {
    // An event already on its way when the switch was turned off, or from a subscription that failed to end.
    if (!this.context.state.settings.checkWhileEditing) return;
    // An edit is patched in; rows moved, or an edit lost, make the next check read the workbook afresh.
    this.live.applyChange(change);
    this.scheduleCheck();
  };

  /** Run the engine over the workbook as it is now (read once, then kept current by edits) and show the findings. */
  async check(): Promise<void> {
    const turn = this.context.turn();
    try {
      const kept = this.live.cells;
      const cells = kept ?? (await this.context.host.readWorkbook());
      if (!turn.isCurrent()) return;
      // Only a fresh read says which papers are recorded: kept cells may date from before a recording refresh wrote.
      if (kept === null) turn.dispatch(paneActions.papersRead(listedPapers(cells)));
      const options = { settings: this.context.state.settings, today: this.context.options.today() };
      const { findings, analysis } = this.live.check(cells, options, { fromKept: kept !== null, listening: this.listening });
      turn.dispatch(paneActions.workbookChecked(findings, workbookOutline(cells, analysis)));
      this.scheduleIdleRecheck();
    } catch (error) {
      // Whatever was kept may no longer match the workbook: the next check reads it afresh.
      this.live.forget();
      turn.fail('check', error, () => this.check());
    }
  }

  /** Read the workbook afresh and check it ("Check again", after a sheet the findings point to has gone). */
  checkAfresh(): Promise<void> {
    this.live.forget();
    return this.check();
  }

  /** Check after the quiet time that follows an edit; a newer edit starts the wait again. */
  scheduleCheck(): void {
    this.timers.afterEdit(() => void this.check());
  }

  /** A refresh is starting: it reads and analyses the workbook itself, so a check waiting to run would repeat it. */
  cancelCheck(): void {
    this.timers.cancelCheck();
  }

  /** After a quiet spell, read the workbook afresh while listening, for the edits Excel never reported. */
  scheduleIdleRecheck(): void {
    if (!this.unsubscribeChanges) return this.timers.cancelIdle();
    this.timers.afterQuietSpell(() => {
      if (!this.unsubscribeChanges || this.context.state.refresh.phase === 'running') return;
      void this.checkAfresh();
    });
  }

  /**
   * The pane came to the front (the user clicked into it). Edits that raised no event, such as a choice from an
   * in-cell dropdown on the web, are caught here: while checking as the user edits, the workbook is read afresh.
   */
  paneFocused(): void {
    if (!this.unsubscribeChanges || this.context.state.refresh.phase === 'running') return;
    this.live.forget();
    this.scheduleCheck();
  }

  /**
   * The host a refresh reads through, so its read is kept: while listening, edits are then patched into it rather
   * than the workbook read again on the next check.
   */
  refreshReads(turn: Turn): RefreshReads {
    const reads: WorkbookCells[] = [];
    // The baseline begun for this refresh's read: it gets the refresh's analysis, unless something replaced it since.
    let baseline: Baseline | null = null;
    const host = recordingReads(this.context.host, (read) => {
      reads.push(read);
      // Kept only while edits keep it current; otherwise the next check reads afresh.
      if (turn.isCurrent() && this.unsubscribeChanges) baseline = this.live.beginBaseline(read);
    });
    return {
      host,
      lastRead: () => reads[reads.length - 1] ?? null,
      analysed: (analysis) => this.live.completeBaseline(baseline, analysis),
    };
  }

  /** Stop listening and cancel the timers. */
  dispose(): void {
    this.timers.cancelCheck();
    this.timers.cancelIdle();
    const unsubscribe = this.unsubscribeChanges;
    this.unsubscribeChanges = null;
    // Unsubscribing is best effort: the pane is going away and has nowhere left to show a failure.
    if (unsubscribe) unsubscribe().catch(() => undefined);
  }
}
