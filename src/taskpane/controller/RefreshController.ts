import { describeMovement, describeRecording } from '../../core/movement/describeMovement';
import { refreshSummary, type RefreshOptions } from '../../host/refresh';
import { panePaper } from '../paper/panePaper';
import { paneActions } from '../state/actions';
import { paperListings } from '../state/paperListing';
import { settingsEdited } from '../state/selectors';
import { workbookOutline } from '../state/workbookOutline';
import type { LiveCheckController } from './LiveCheckController';
import type { PaneContext } from './PaneContext';
import type { SettingsController } from './SettingsController';
import { fixesFor } from './toPaneError';

/**
 * The pane's refresh and Record this paper: the summary written with the settings the form shows, and what the
 * refresh found (findings, the paper for Copy for Word and At a glance, the papers recorded and what moved since).
 */
export class RefreshController {
  constructor(
    private readonly context: PaneContext,
    private readonly liveCheck: LiveCheckController,
    private readonly settings: SettingsController,
  ) {}

  /**
   * Refresh the summary with the settings the form shows, saved first when the workbook does not hold them.
   * With `record`, the paper is recorded in the workbook in the same write (Record this paper).
   */
  async refresh(options: RefreshOptions = {}): Promise<void> {
    const { store } = this.context;
    const state = store.getState();
    if (state.refresh.phase === 'running') return;
    const turn = this.context.turn();
    const { settings } = state;
    this.liveCheck.cancelCheck();
    store.dispatch(paneActions.refreshStarted());
    if (options.record) store.dispatch(paneActions.recordingStarted());
    try {
      await this.settings.saveForRefresh(turn, settings, settingsEdited(state));
      const reads = this.liveCheck.refreshReads(turn);
      const outcome = await refreshSummary(
        reads.host,
        settings,
        this.context.options.today(),
        (step) => turn.dispatch(paneActions.refreshProgressed(step)),
        options,
      );
      if (!turn.isCurrent()) return;
      reads.analysed(outcome.analysis);
      const outline = workbookOutline(reads.lastRead() ?? { sheets: [] }, outcome.analysis);
      if (outcome.kind === 'written') {
        store.dispatch(paneActions.refreshSucceeded(outcome.message, outcome.analysis.findings, outline, outcome.notes));
        store.dispatch(paneActions.paperWritten(panePaper(outcome.analysis)));
        const { analysis, recorded } = outcome;
        const recording = recorded ? describeRecording({ date: analysis.asOf, figures: analysis.paper.figures }, recorded.replaced) : null;
        store.dispatch(paneActions.papersRefreshed(paperListings(outcome.papers), describeMovement(analysis.paper), recording));
        this.liveCheck.scheduleIdleRecheck();
        return;
      }
      // Nothing was written, but the engine ran: show why the tables were not found and what the workbook offers.
      store.dispatch(paneActions.workbookChecked(outcome.analysis.findings, outline));
      this.context.showFailure(
        { operation: 'refresh', code: 'table-not-found', message: outcome.message, fixes: fixesFor('table-not-found', false) },
        null,
      );
    } catch (error) {
      turn.fail('refresh', error, () => this.refresh(options));
    }
  }
}
