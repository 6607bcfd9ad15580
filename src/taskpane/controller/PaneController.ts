import { analyseWorkbook, resolveSettings } from '../../core/analyseWorkbook';
import { patchCells } from '../../core/patchCells';
import type { IsoDate, JacSettings, WorkbookCells } from '../../core/types';
import { refreshSummary } from '../../host/refresh';
import type { CellsChange, WorkbookHost } from '../../host/WorkbookHost';
import { paneActions, type PaneAction } from '../state/actions';
import { INITIAL_PANE_STATE, type Operation, type PaneState } from '../state/paneState';
import { paneReducer } from '../state/reducer';
import { workbookOutline } from '../state/workbookOutline';
import { recordingReads } from './recordingReads';
import { toPaneError } from './toPaneError';

export interface PaneControllerOptions {
  /** Asked each time, so a pane left open overnight dates the next paper by the new day. */
  today: () => IsoDate;
  /** Quiet time after the last edit before the workbook is re-checked: typing a date should not re-check per key. */
  debounceMs?: number;
}

/**
 * The only part of the pane that talks to the workbook. Components call its methods; it runs the host calls and
 * the engine, and turns what happens into reducer actions. It is also the pane's store (getState/subscribe for
 * React's useSyncExternalStore), so every method sees the current state, never a stale render's copy.
 */
export class PaneController {
  private state: PaneState = INITIAL_PANE_STATE;
  private readonly listeners = new Set<() => void>();
  /** The last workbook read, kept up to date with the user's edits, so live validation does not re-read it. */
  private cells: WorkbookCells | null = null;
  private unsubscribeChanges: (() => Promise<void>) | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by start and dispose: work begun by an earlier generation must not touch the state of a newer one. */
  private generation = 0;
  private retryFailed: (() => Promise<void>) | null = null;
  private readonly debounceMs: number;

  constructor(
    private readonly host: WorkbookHost,
    private readonly options: PaneControllerOptions,
  ) {
    this.debounceMs = options.debounceMs ?? 300;
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Load the stored settings and the host's limitations, listen for edits, and check the workbook once. Each part
   * can fail on its own (a workbook without settings access can still be checked), and each says so.
   */
  async start(): Promise<void> {
    const generation = ++this.generation;
    await this.loadStored(generation);
    if (generation !== this.generation) return;
    await this.listen(generation);
    if (generation !== this.generation) return;
    await this.check();
  }

  private async loadStored(generation: number): Promise<void> {
    try {
      const [stored, limitations] = await Promise.all([this.host.loadSettings(), this.host.limitations()]);
      if (generation === this.generation) this.dispatch(paneActions.started(resolveSettings(stored ?? {}), limitations));
    } catch (error) {
      // Carry on with the default settings; "Try again" reloads the stored ones.
      this.fail(generation, 'start', error, () => this.loadStored(this.generation));
    }
  }

  private async listen(generation: number): Promise<void> {
    try {
      const unsubscribe = await this.host.onCellsChanged(this.handleChange);
      if (generation !== this.generation) {
        await unsubscribe();
        return;
      }
      this.unsubscribeChanges = unsubscribe;
    } catch (error) {
      this.fail(generation, 'start', error, () => this.listen(this.generation));
    }
  }

  /** Stop listening and drop any work still in flight. */
  dispose(): void {
    this.generation += 1;
    this.cancelScheduledCheck();
    const unsubscribe = this.unsubscribeChanges;
    this.unsubscribeChanges = null;
    // Unsubscribing is best effort: the pane is going away and has nowhere left to show a failure.
    if (unsubscribe) unsubscribe().catch(() => undefined);
  }

  /**
   * Refresh the summary with the settings the form shows. Unsaved settings are saved first, so the ribbon command
   * and the next person to open the workbook produce the same paper.
   */
  async refresh(): Promise<void> {
    if (this.state.refresh.phase === 'running') return;
    const generation = this.generation;
    const { settings, settingsDirty } = this.state;
    this.cancelScheduledCheck();
    this.dispatch(paneActions.refreshStarted());
    try {
      if (settingsDirty) {
        await this.host.saveSettings(settings);
        if (generation === this.generation) this.dispatch(paneActions.settingsSaved(settings));
      }
      const reads: WorkbookCells[] = [];
      const host = recordingReads(this.host, (read) => {
        reads.push(read);
        if (generation === this.generation) this.cells = read;
      });
      const outcome = await refreshSummary(host, settings, this.options.today(), (step) => {
        if (generation === this.generation) this.dispatch(paneActions.refreshProgressed(step));
      });
      if (generation !== this.generation) return;
      const outline = workbookOutline(reads[reads.length - 1] ?? { sheets: [] }, outcome.analysis);
      this.dispatch(paneActions.refreshSucceeded(outcome.message, outcome.analysis.findings, outline));
    } catch (error) {
      this.fail(generation, 'refresh', error, () => this.refresh());
    }
  }

  /** The form changed: keep it, and re-check the workbook with the new dates and mapping. */
  editSettings(settings: JacSettings): void {
    this.dispatch(paneActions.settingsEdited(settings));
    this.scheduleCheck();
  }

  async saveSettings(): Promise<void> {
    const generation = this.generation;
    const { settings } = this.state;
    this.dispatch(paneActions.settingsSaveStarted());
    try {
      await this.host.saveSettings(settings);
      if (generation === this.generation) this.dispatch(paneActions.settingsSaved(settings));
    } catch (error) {
      this.fail(generation, 'save-settings', error, () => this.saveSettings());
    }
  }

  /** Take the user to a finding's cell. */
  async selectCell(address: string): Promise<void> {
    const generation = this.generation;
    try {
      await this.host.selectCell(address);
    } catch (error) {
      this.fail(generation, 'select-cell', error, () => this.selectCell(address));
    }
  }

  async showSummary(): Promise<void> {
    const generation = this.generation;
    try {
      await this.host.showSummary();
    } catch (error) {
      this.fail(generation, 'show-summary', error, () => this.showSummary());
    }
  }

  /** Redo what failed last (offered only when the host said trying again can help). */
  async retry(): Promise<void> {
    const again = this.retryFailed;
    this.retryFailed = null;
    this.dispatch(paneActions.errorDismissed());
    if (again) await again();
  }

  dismissError(): void {
    this.retryFailed = null;
    this.dispatch(paneActions.errorDismissed());
  }

  private readonly handleChange = (change: CellsChange): void => {
    if (this.cells) {
      this.cells = patchCells(this.cells, {
        sheet: change.sheet,
        top: change.top,
        left: change.left,
        values: change.values,
      });
    }
    this.scheduleCheck();
  };

  private scheduleCheck(): void {
    this.cancelScheduledCheck();
    this.checkTimer = setTimeout(() => {
      this.checkTimer = null;
      void this.check();
    }, this.debounceMs);
  }

  private cancelScheduledCheck(): void {
    if (this.checkTimer !== null) clearTimeout(this.checkTimer);
    this.checkTimer = null;
  }

  /** Run the engine over the workbook as it is now (read once, then kept current by edits) and show the findings. */
  private async check(): Promise<void> {
    const generation = this.generation;
    try {
      const cells = this.cells ?? (await this.host.readWorkbook());
      if (generation !== this.generation) return;
      this.cells = cells;
      const analysis = analyseWorkbook(cells, { settings: this.state.settings, today: this.options.today() });
      this.dispatch(paneActions.workbookChecked(analysis.findings, workbookOutline(cells, analysis)));
    } catch (error) {
      this.fail(generation, 'check', error, () => this.check());
    }
  }

  private fail(generation: number, operation: Operation, error: unknown, again: () => Promise<void>): void {
    if (generation !== this.generation) return;
    const paneError = toPaneError(operation, error);
    this.retryFailed = paneError.retryable ? again : null;
    this.dispatch(paneActions.failed(paneError));
  }

  private dispatch(action: PaneAction): void {
    this.state = paneReducer(this.state, action);
    for (const listener of this.listeners) listener();
  }
}
