import { resolveSettings } from '../../core/analyseWorkbook';
import type { IsoDate, JacSettings, WorkbookCells } from '../../core/types';
import type { CommandOutcome, CommandOutcomeFeed } from '../../commands/lastOutcome';
import { describeMovement, describeRecording } from '../../core/movement/describeMovement';
import { refreshSummary, type RefreshOptions } from '../../host/refresh';
import type { CellsChange, WorkbookHost } from '../../host/WorkbookHost';
import { copyPaper } from '../paper/copyPaper';
import { panePaper } from '../paper/panePaper';
import type { ClipboardContent, ClipboardRoute } from '../paper/writeClipboard';
import { paneActions, type PaneAction } from '../state/actions';
import { INITIAL_PANE_STATE, type Operation, type PaneFix, type PaneState } from '../state/paneState';
import { listedPapers, paperListings } from '../state/paperListing';
import { paneReducer } from '../state/reducer';
import { settingsEdited, tableToChoose } from '../state/selectors';
import { workbookOutline } from '../state/workbookOutline';
import { CheckTimers } from './checkTimers';
import { LiveCheck, type Baseline } from './LiveCheck';
import { recordingReads } from './recordingReads';
import { fixesFor, toPaneError } from './toPaneError';

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
 * The only part of the pane that talks to the workbook. Components call its methods; it runs the host calls and
 * the engine, and turns what happens into reducer actions. It is also the pane's store (getState/subscribe for
 * React's useSyncExternalStore), so every method sees the current state, never a stale render's copy.
 */
export class PaneController {
  private state: PaneState = INITIAL_PANE_STATE;
  private readonly listeners = new Set<() => void>();
  /** The cells kept current by edits while listening, and the analysis live checks re-check edited rows against. */
  private readonly live = new LiveCheck();
  /** Set while subscribed to the host's edits: only while the settings say "Check the data as I edit". */
  private unsubscribeChanges: (() => Promise<void>) | null = null;
  /** Subscribing and unsubscribing take turns, so a switch flicked on and off quickly ends as it was left. */
  private listening: Promise<void> = Promise.resolve();
  /** Bumped by start and dispose: work begun by an earlier generation must not touch the state of a newer one. */
  private generation = 0;
  private retryFailed: (() => Promise<void>) | null = null;
  private unsubscribeOutcomes: (() => void) | null = null;
  /** False until the workbook holds settings: the first refresh then saves the defaults (see refresh). */
  private workbookHasSettings = true;
  /** The start-up choice as last saved: a refresh's save stores it, not the form's (only saveSettings changes it). */
  private savedStartWithWorkbook = false;
  private readonly timers: CheckTimers;

  constructor(
    private readonly host: WorkbookHost,
    private readonly options: PaneControllerOptions,
  ) {
    this.timers = new CheckTimers(options.debounceMs ?? 300, options.idleRecheckMs ?? 0);
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Load the stored settings and the host's limitations, listen for edits when the settings say so, and check the
   * workbook once. Each part can fail on its own (a workbook without settings access can still be checked), and
   * each says so.
   */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.followCommandOutcomes();
    await this.loadStored(generation);
    if (generation !== this.generation) return;
    await this.followCheckWhileEditing(generation, 'start');
    if (generation !== this.generation) return;
    await this.check();
  }

  private async loadStored(generation: number): Promise<void> {
    try {
      const [stored, limitations, startup] = await Promise.all([
        this.host.loadSettings(),
        this.host.limitations(),
        this.host.getStartup ? this.host.getStartup() : Promise.resolve(null),
      ]);
      this.workbookHasSettings = stored !== null;
      const settings = resolveSettings(stored ?? {});
      this.savedStartWithWorkbook = settings.startWithWorkbook ?? false;
      if (generation !== this.generation) return;
      this.dispatch(paneActions.startupKnown(startup));
      this.dispatch(paneActions.started(settings, limitations));
    } catch (error) {
      // Carry on with the default settings; "Try again" reloads the stored ones.
      this.fail(generation, 'start', error, () => this.loadStored(this.generation));
    }
  }

  /**
   * Subscribe to the host's edits while the form's "Check the data as I edit" is on, and unsubscribe when it is off.
   * The form's value counts, saved or not, as a date typed in the form counts for checking; whether the add-in also
   * starts with the workbook is the host's business when the settings are saved.
   */
  private followCheckWhileEditing(generation: number, operation: Operation): Promise<void> {
    this.listening = this.listening.then(async () => {
      if (generation !== this.generation) return;
      const wanted = this.state.settings.checkWhileEditing;
      if (wanted && !this.unsubscribeChanges) await this.listen(generation, operation);
      else if (!wanted && this.unsubscribeChanges) await this.stopListening(generation);
    });
    return this.listening;
  }

  private async listen(generation: number, operation: Operation): Promise<void> {
    // Edits made while not listening were never patched in: the next check must read the workbook again.
    this.live.forget();
    try {
      const unsubscribe = await this.host.onCellsChanged(this.handleChange);
      if (generation !== this.generation) {
        await unsubscribe();
        return;
      }
      this.unsubscribeChanges = unsubscribe;
    } catch (error) {
      this.fail(generation, operation, error, () => this.followCheckWhileEditing(this.generation, operation));
    }
  }

  private async stopListening(generation: number): Promise<void> {
    const unsubscribe = this.unsubscribeChanges;
    if (!unsubscribe) return;
    try {
      await unsubscribe();
      this.unsubscribeChanges = null;
      this.live.forget();
    } catch (error) {
      // Still subscribed: handleChange ignores what arrives, and "Try again" unsubscribes again.
      this.fail(generation, 'listen', error, () => this.followCheckWhileEditing(this.generation, 'listen'));
    }
  }

  /** Show the ribbon's last outcome now (the command opened the pane to show it) and each new one as it comes. */
  private followCommandOutcomes(): void {
    const feed = this.options.commandOutcomes;
    if (!feed || this.unsubscribeOutcomes) return;
    const last = feed.last();
    if (last) this.showCommandOutcome(last);
    this.unsubscribeOutcomes = feed.subscribe((outcome) => this.showCommandOutcome(outcome));
  }

  private showCommandOutcome(outcome: CommandOutcome): void {
    // The pane's own refresh is running and will report for itself; its progress must not be cut short.
    if (this.state.refresh.phase === 'running') return;
    if (outcome.kind === 'success') {
      this.dispatch(paneActions.commandRefreshed(outcome.refresh.message, outcome.refresh.notes));
      this.dispatch(paneActions.paperWritten(panePaper(outcome.refresh.analysis)));
      return;
    }
    const { code, message, retryable } = outcome;
    this.retryFailed = retryable ? () => this.refresh() : null;
    this.dispatch(paneActions.failed({ operation: 'refresh', code, message, fixes: fixesFor(code, retryable) }));
    // The findings say why (a table not found); the ribbon's analysis stayed with the command. While starting, the
    // first check is on its way anyway.
    if (!this.state.starting) this.scheduleCheck();
  }

  /** Stop listening and drop any work still in flight. */
  dispose(): void {
    this.generation += 1;
    this.unsubscribeOutcomes?.();
    this.unsubscribeOutcomes = null;
    this.timers.cancelCheck();
    this.timers.cancelIdle();
    const unsubscribe = this.unsubscribeChanges;
    this.unsubscribeChanges = null;
    // Unsubscribing is best effort: the pane is going away and has nowhere left to show a failure.
    if (unsubscribe) unsubscribe().catch(() => undefined);
  }

  /**
   * Refresh the summary with the settings the form shows. Unsaved settings are saved first, and so are the defaults
   * on a workbook's first refresh, so the ribbon command and the next person to open the workbook produce the same
   * paper. Whether the add-in starts with the workbook is not one of them: only Save settings changes that.
   * With `record`, the paper is recorded in the workbook in the same write (Record this paper).
   */
  async refresh(options: RefreshOptions = {}): Promise<void> {
    if (this.state.refresh.phase === 'running') return;
    const generation = this.generation;
    const { settings } = this.state;
    this.timers.cancelCheck();
    this.dispatch(paneActions.refreshStarted());
    if (options.record) this.dispatch(paneActions.recordingStarted());
    const reads: WorkbookCells[] = [];
    // The baseline begun for this refresh's read: it gets the refresh's analysis, unless something replaced it since.
    let readBaseline: Baseline | null = null;
    try {
      if (settingsEdited(this.state) || !this.workbookHasSettings) {
        const saving = (settings.startWithWorkbook ?? false) === this.savedStartWithWorkbook ? settings : { ...settings, startWithWorkbook: this.savedStartWithWorkbook };
        await this.host.saveSettings(saving);
        this.workbookHasSettings = true;
        // A start-up choice left unsaved keeps the form marked "Not saved yet".
        if (generation === this.generation) this.dispatch(paneActions.settingsSaved(saving));
      }
      const host = recordingReads(this.host, (read) => {
        reads.push(read);
        // Kept only while edits keep it current; otherwise the next check reads afresh.
        if (generation === this.generation && this.unsubscribeChanges) readBaseline = this.live.beginBaseline(read);
      });
      const outcome = await refreshSummary(
        host,
        settings,
        this.options.today(),
        (step) => {
          if (generation === this.generation) this.dispatch(paneActions.refreshProgressed(step));
        },
        options,
      );
      if (generation !== this.generation) return;
      this.live.completeBaseline(readBaseline, outcome.analysis);
      const outline = workbookOutline(reads[reads.length - 1] ?? { sheets: [] }, outcome.analysis);
      if (outcome.kind === 'written') {
        this.dispatch(paneActions.refreshSucceeded(outcome.message, outcome.analysis.findings, outline, outcome.notes));
        this.dispatch(paneActions.paperWritten(panePaper(outcome.analysis)));
        const { analysis, recorded } = outcome;
        const recording = recorded ? describeRecording({ date: analysis.asOf, figures: analysis.paper.figures }, recorded.replaced) : null;
        this.dispatch(paneActions.papersRefreshed(paperListings(outcome.papers), describeMovement(analysis.paper), recording));
        this.scheduleIdleRecheck();
        return;
      }
      // Nothing was written, but the engine ran: show why the tables were not found and what the workbook offers.
      this.dispatch(paneActions.workbookChecked(outcome.analysis.findings, outline));
      this.retryFailed = null;
      this.dispatch(paneActions.failed({ operation: 'refresh', code: 'table-not-found', message: outcome.message, fixes: fixesFor('table-not-found', false) }));
    } catch (error) {
      this.fail(generation, 'refresh', error, () => this.refresh(options));
    }
  }

  /** Record this paper: a refresh that also records it, so later papers can show what moved since. */
  recordPaper(): Promise<void> {
    return this.refresh({ record: true });
  }

  /** The form changed: keep it, start or stop listening for edits if that switch moved, and re-check the workbook. */
  editSettings(settings: JacSettings): void {
    this.dispatch(paneActions.settingsEdited(settings));
    void this.followCheckWhileEditing(this.generation, 'listen');
    this.scheduleCheck();
  }

  /**
   * Save the settings the form shows: the user's explicit choice, so this is also where starting the add-in with the
   * workbook is turned on or off, when it differs from what Excel says the workbook does now.
   */
  async saveSettings(): Promise<void> {
    const generation = this.generation;
    const { settings, startup } = this.state;
    this.dispatch(paneActions.settingsSaveStarted());
    try {
      await this.host.saveSettings(settings);
      this.workbookHasSettings = true;
      this.savedStartWithWorkbook = settings.startWithWorkbook ?? false;
      const wanted = this.savedStartWithWorkbook;
      if (this.host.setStartup && startup !== null && wanted !== (startup === 'with-workbook')) {
        const now = await this.host.setStartup(wanted);
        if (generation === this.generation) this.dispatch(paneActions.startupKnown(now));
      }
      if (generation === this.generation) this.dispatch(paneActions.settingsSaved(settings));
      await this.reloadLimitations(generation);
    } catch (error) {
      this.fail(generation, 'save-settings', error, () => this.saveSettings());
    }
  }

  /** Saving can change what the host cannot do (Excel refusing to change its start-up): show it now. */
  private async reloadLimitations(generation: number): Promise<void> {
    let limitations: string[];
    try {
      limitations = await this.host.limitations();
    } catch {
      // The sentences shown since the pane started stay; the save itself succeeded, so no error bar for this.
      return;
    }
    if (generation === this.generation) this.dispatch(paneActions.limitationsChanged(limitations));
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

  /** Copy for Word (copyPaper.ts): the last refresh's summary onto the clipboard, or selected for Ctrl+C. */
  async copyForWord(): Promise<void> {
    const { paper, copy } = this.state;
    if (!paper || copy.phase === 'copying') return;
    const generation = this.generation;
    this.dispatch(paneActions.copyStarted());
    const outcome = await copyPaper(paper.summary, this.host, this.options.clipboard);
    if (generation === this.generation) this.dispatch(paneActions.copyFinished(outcome));
  }

  dismissCopy(): void {
    this.dispatch(paneActions.copyDismissed());
  }

  /** Redo what failed last (offered only when the host said trying again can help). */
  async retry(): Promise<void> {
    const again = this.retryFailed;
    this.retryFailed = null;
    this.dispatch(paneActions.errorDismissed());
    if (again) await again();
  }

  /** Do what the error bar offered: the fix the controller chose for the failure. */
  async fix(fix: PaneFix): Promise<void> {
    switch (fix) {
      case 'retry':
        return this.retry();
      case 'choose-tables':
        return this.chooseTables();
      case 'refresh':
        this.dismissError();
        return this.refresh();
      case 'check-again':
        this.dismissError();
        this.live.forget();
        return this.check();
    }
  }

  /**
   * The pane came to the front (the user clicked into it). Edits that raised no event, such as a choice from an in-cell
   * dropdown on the web, are caught here: while checking as the user edits, the workbook is read afresh.
   */
  paneFocused(): void {
    if (!this.unsubscribeChanges || this.state.refresh.phase === 'running') return;
    this.live.forget();
    this.scheduleCheck();
  }

  dismissNotes(): void {
    this.dispatch(paneActions.notesDismissed());
  }

  /** Open or close the settings' "Tables and columns" panel (the user clicked its header). */
  toggleTables(open: boolean): void {
    this.dispatch(paneActions.tablesToggled(open));
  }

  /** Take the user to the table pickers: "Choose the tables" on a table-not-found error. */
  chooseTables(): void {
    this.dispatch(paneActions.tablesRequested(tableToChoose(this.state.outline)));
  }

  dismissError(): void {
    this.retryFailed = null;
    this.dispatch(paneActions.errorDismissed());
  }

  private readonly handleChange = (change: CellsChange): void => {
    // An event already on its way when the switch was turned off, or from a subscription that failed to end.
    if (!this.state.settings.checkWhileEditing) return;
    // An edit is patched in; rows moved, or an edit lost, make the next check read the workbook afresh.
    this.live.applyChange(change);
    this.scheduleCheck();
  };

  /** After a quiet spell, read the workbook afresh while listening, for the edits Excel never reported. */
  private scheduleIdleRecheck(): void {
    if (!this.unsubscribeChanges) return this.timers.cancelIdle();
    this.timers.afterQuietSpell(() => {
      if (!this.unsubscribeChanges || this.state.refresh.phase === 'running') return;
      this.live.forget();
      void this.check();
    });
  }

  private scheduleCheck(): void {
    this.timers.afterEdit(() => void this.check());
  }

  /** Run the engine over the workbook as it is now (read once, then kept current by edits) and show the findings. */
  private async check(): Promise<void> {
    const generation = this.generation;
    try {
      const kept = this.live.cells;
      const cells = kept ?? (await this.host.readWorkbook());
      if (generation !== this.generation) return;
      // Only a fresh read says which papers are recorded: kept cells may date from before a recording refresh wrote.
      if (kept === null) this.dispatch(paneActions.papersRead(listedPapers(cells)));
      const options = { settings: this.state.settings, today: this.options.today() };
      const { findings, analysis } = this.live.check(cells, options, { fromKept: kept !== null, listening: this.unsubscribeChanges !== null });
      this.dispatch(paneActions.workbookChecked(findings, workbookOutline(cells, analysis)));
      this.scheduleIdleRecheck();
    } catch (error) {
      // Whatever was kept may no longer match the workbook: the next check reads it afresh.
      this.live.forget();
      this.fail(generation, 'check', error, () => this.check());
    }
  }

  private fail(generation: number, operation: Operation, error: unknown, again: () => Promise<void>): void {
    if (generation !== this.generation) return;
    const paneError = toPaneError(operation, error);
    this.retryFailed = paneError.fixes.includes('retry') ? again : null;
    this.dispatch(paneActions.failed(paneError));
  }

  private dispatch(action: PaneAction): void {
    this.state = paneReducer(this.state, action);
    for (const listener of this.listeners) listener();
  }
}
