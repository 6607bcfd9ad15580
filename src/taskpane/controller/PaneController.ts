import type { CommandOutcome } from '../../commands/lastOutcome';
import type { RefreshOptions } from '../../host/refresh';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { JacSettings } from '../../core/types';
import { panePaper } from '../paper/panePaper';
import { paneActions } from '../state/actions';
import type { PaneFix, PaneState } from '../state/paneState';
import { tableToChoose } from '../state/selectors';
import { CopyController } from './CopyController';
import { LiveCheckController } from './LiveCheckController';
import { PaneContext, type PaneControllerOptions } from './PaneContext';
import { PaneStore } from './PaneStore';
import { RefreshController } from './RefreshController';
import { SettingsController } from './SettingsController';
import { fixesFor } from './toPaneError';

/**
 * The only part of the pane that talks to the workbook. Components call its methods; it runs the host calls and
 * the engine, and turns what happens into reducer actions. It is also the pane's store (getState/subscribe for
 * React's useSyncExternalStore). Each job has its own small controller over the one store (PaneContext):
 * checking and live checking (LiveCheckController), the settings (SettingsController), the refresh and recording a
 * paper (RefreshController), Copy for Word (CopyController); this class starts and stops them, follows the ribbon's
 * outcomes and carries out the error bar's fixes.
 */
export class PaneController {
  private readonly store = new PaneStore();
  private readonly context: PaneContext;
  private readonly liveCheck: LiveCheckController;
  private readonly settings: SettingsController;
  private readonly refresher: RefreshController;
  private readonly copier: CopyController;
  private unsubscribeOutcomes: (() => void) | null = null;

  constructor(host: WorkbookHost, options: PaneControllerOptions) {
    this.context = new PaneContext(host, this.store, options);
    this.liveCheck = new LiveCheckController(this.context);
    this.settings = new SettingsController(this.context, this.liveCheck);
    this.refresher = new RefreshController(this.context, this.liveCheck, this.settings);
    this.copier = new CopyController(this.context);
  }

  readonly getState = (): PaneState => this.store.getState();

  readonly subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  /**
   * Load the stored settings and the host's limitations, listen for edits when the settings say so, and check the
   * workbook once. Each part can fail on its own (a workbook without settings access can still be checked), and
   * each says so.
   */
  async start(): Promise<void> {
    this.context.renew();
    const turn = this.context.turn();
    this.followCommandOutcomes();
    await this.settings.load(turn);
    if (!turn.isCurrent()) return;
    await this.liveCheck.follow(turn, 'start');
    if (!turn.isCurrent()) return;
    await this.liveCheck.check();
  }

  /** Stop listening and drop any work still in flight. */
  dispose(): void {
    this.context.renew();
    this.unsubscribeOutcomes?.();
    this.unsubscribeOutcomes = null;
    this.liveCheck.dispose();
  }

  /**
   * Refresh the summary with the settings the form shows. Unsaved settings are saved first, and so are the defaults
   * on a workbook's first refresh, so the ribbon command and the next person to open the workbook produce the same
   * paper. Whether the add-in starts with the workbook is not one of them: only Save settings changes that.
   * With `record`, the paper is recorded in the workbook in the same write (Record this paper).
   */
  refresh(options: RefreshOptions = {}): Promise<void> {
    return this.refresher.refresh(options);
  }

  /** Record this paper: a refresh that also records it, so later papers can show what moved since. */
  recordPaper(): Promise<void> {
    return this.refresher.refresh({ record: true });
  }

  /** The form changed: keep it, start or stop listening for edits if that switch moved, and re-check the workbook. */
  editSettings(settings: JacSettings): void {
    this.settings.edit(settings);
  }

  /** Save the settings the form shows, the start-up choice among them. */
  saveSettings(): Promise<void> {
    return this.settings.save();
  }

  /** Take the user to a finding's cell. */
  async selectCell(address: string): Promise<void> {
    const turn = this.context.turn();
    try {
      await this.context.host.selectCell(address);
    } catch (error) {
      turn.fail('select-cell', error, () => this.selectCell(address));
    }
  }

  async showSummary(): Promise<void> {
    const turn = this.context.turn();
    try {
      await this.context.host.showSummary();
    } catch (error) {
      turn.fail('show-summary', error, () => this.showSummary());
    }
  }

  copyForWord(): Promise<void> {
    return this.copier.copy();
  }

  dismissCopy(): void {
    this.copier.dismiss();
  }

  /** Redo what failed last (offered only when the host said trying again can help). */
  async retry(): Promise<void> {
    const again = this.context.takeRetry();
    this.store.dispatch(paneActions.errorDismissed());
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
        return this.liveCheck.checkAfresh();
    }
  }

  /** The pane came to the front: edits Excel raised no event for are caught by reading the workbook afresh. */
  paneFocused(): void {
    this.liveCheck.paneFocused();
  }

  dismissNotes(): void {
    this.store.dispatch(paneActions.notesDismissed());
  }

  /** Open or close the settings' "Tables and columns" panel (the user clicked its header). */
  toggleTables(open: boolean): void {
    this.store.dispatch(paneActions.tablesToggled(open));
  }

  /** Take the user to the table pickers: "Choose the tables" on a table-not-found error. */
  chooseTables(): void {
    this.store.dispatch(paneActions.tablesRequested(tableToChoose(this.store.getState().outline)));
  }

  dismissError(): void {
    this.context.takeRetry();
    this.store.dispatch(paneActions.errorDismissed());
  }

  /** Show the ribbon's last outcome now (the command opened the pane to show it) and each new one as it comes. */
  private followCommandOutcomes(): void {
    const feed = this.context.options.commandOutcomes;
    if (!feed || this.unsubscribeOutcomes) return;
    const last = feed.last();
    if (last) this.showCommandOutcome(last);
    this.unsubscribeOutcomes = feed.subscribe((outcome) => this.showCommandOutcome(outcome));
  }

  private showCommandOutcome(outcome: CommandOutcome): void {
    const state = this.store.getState();
    // The pane's own refresh is running and will report for itself; its progress must not be cut short.
    if (state.refresh.phase === 'running') return;
    if (outcome.kind === 'success') {
      this.store.dispatch(paneActions.commandRefreshed(outcome.refresh.message, outcome.refresh.notes));
      this.store.dispatch(paneActions.paperWritten(panePaper(outcome.refresh.analysis)));
      return;
    }
    const { code, message, retryable } = outcome;
    this.context.showFailure({ operation: 'refresh', code, message, fixes: fixesFor(code, retryable) }, () => this.refresh());
    // The findings say why (a table not found); the ribbon's analysis stayed with the command. While starting, the
    // first check is on its way anyway.
    if (!this.store.getState().starting) this.liveCheck.scheduleCheck();
  }
}
