import { resolveSettings } from '../../core/analyseWorkbook';
import type { JacSettings } from '../../core/types';
import { paneActions } from '../state/actions';
import type { LiveCheckController } from './LiveCheckController';
import type { PaneContext, Turn } from './PaneContext';

/**
 * The settings stored in the workbook: loaded with the host's limitations and start-up behaviour, edited in the form
 * (which counts at once for checking), and saved by the user, or by a refresh that uses settings the workbook does
 * not hold yet. Whether the add-in starts with the workbook changes only on the user's Save.
 */
export class SettingsController {
  /** False until the workbook holds settings: the first refresh then saves the defaults (see saveForRefresh). */
  private workbookHasSettings = true;
  /** The start-up choice as last saved: a refresh's save stores it, not the form's (only save() changes it). */
  private savedStartWithWorkbook = false;

  constructor(
    private readonly context: PaneContext,
    private readonly liveCheck: LiveCheckController,
  ) {}

  /**
   * The stored settings, the host's limitations and whether the add-in starts with the workbook. A failure leaves the
   * default settings in the form; "Try again" loads the stored ones.
   */
  async load(turn: Turn): Promise<void> {
    const { host } = this.context;
    try {
      const [stored, limitations, startup] = await Promise.all([
        host.loadSettings(),
        host.limitations(),
        host.getStartup ? host.getStartup() : Promise.resolve(null),
      ]);
      this.workbookHasSettings = stored !== null;
      const settings = resolveSettings(stored ?? {});
      this.savedStartWithWorkbook = settings.startWithWorkbook ?? false;
      turn.dispatch(paneActions.startupKnown(startup));
      turn.dispatch(paneActions.started(settings, limitations));
    } catch (error) {
      turn.fail('start', error, () => this.load(this.context.turn()));
    }
  }

  /** The form changed: keep it, start or stop listening for edits if that switch moved, and re-check the workbook. */
  edit(settings: JacSettings): void {
    this.context.store.dispatch(paneActions.settingsEdited(settings));
    void this.liveCheck.follow(this.context.turn(), 'listen');
    this.liveCheck.scheduleCheck();
  }

  /**
   * Save the settings the form shows: the user's explicit choice, so this is also where starting the add-in with the
   * workbook is turned on or off, when it differs from what Excel says the workbook does now.
   */
  async save(): Promise<void> {
    const turn = this.context.turn();
    const { host, store } = this.context;
    const { settings, startup } = store.getState();
    store.dispatch(paneActions.settingsSaveStarted());
    try {
      await host.saveSettings(settings);
      this.workbookHasSettings = true;
      this.savedStartWithWorkbook = settings.startWithWorkbook ?? false;
      const wanted = this.savedStartWithWorkbook;
      if (host.setStartup && startup !== null && wanted !== (startup === 'with-workbook')) {
        turn.dispatch(paneActions.startupKnown(await host.setStartup(wanted)));
      }
      turn.dispatch(paneActions.settingsSaved(settings));
      await this.reloadLimitations(turn);
    } catch (error) {
      turn.fail('save-settings', error, () => this.save());
    }
  }

  /**
   * Before a refresh: save the form's settings when the workbook does not hold them (edited, or none saved yet), so
   * the ribbon command and the next person to open the workbook produce the same paper. The start-up choice saved
   * is the one last saved, not the form's.
   */
  async saveForRefresh(turn: Turn, settings: JacSettings, edited: boolean): Promise<void> {
    if (!edited && this.workbookHasSettings) return;
    const saving =
      (settings.startWithWorkbook ?? false) === this.savedStartWithWorkbook
        ? settings
        : { ...settings, startWithWorkbook: this.savedStartWithWorkbook };
    await this.context.host.saveSettings(saving);
    this.workbookHasSettings = true;
    // A start-up choice left unsaved keeps the form marked "Not saved yet".
    turn.dispatch(paneActions.settingsSaved(saving));
  }

  /** Saving can change what the host cannot do (Excel refusing to change its start-up): show it now. */
  private async reloadLimitations(turn: Turn): Promise<void> {
    let limitations: string[];
    try {
      limitations = await this.context.host.limitations();
    } catch {
      // The sentences shown since the pane started stay; the save itself succeeded, so no error bar for this.
      return;
    }
    turn.dispatch(paneActions.limitationsChanged(limitations));
  }
}
