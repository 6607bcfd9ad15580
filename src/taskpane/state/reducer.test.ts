import type { Finding, JacSettings } from '../../core/types';
import { paneActions } from './actions';
import { INITIAL_PANE_STATE, type PaneState, type WorkbookOutline } from './paneState';
import { paneReducer } from './reducer';

const stored: JacSettings = { since: '2024-07-24', asOf: '2024-09-30', dataValidation: false, checkWhileEditing: true, startWithWorkbook: false };

const finding: Finding = {
  severity: 'error',
  check: 'impossible-date',
  cell: 'Actions!D4',
  sheet: 'Actions',
  row: 3,
  column: 3,
  message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
  suggestion: 'Type the date as dd/mm/yyyy.',
};

const outline: WorkbookOutline = { sheets: ['Plan', 'Actions'], tables: [], plan: null, actions: null };

const ready: PaneState = { ...INITIAL_PANE_STATE, starting: false, settings: stored };

describe('paneReducer', () => {
  it('takes the stored settings and the host limitations when the pane has started', () => {
    expect(paneReducer(INITIAL_PANE_STATE, paneActions.started(stored, ['No conditional formatting in this Excel.']))).toEqual({
      ...INITIAL_PANE_STATE,
      starting: false,
      settings: stored,
      limitations: ['No conditional formatting in this Excel.'],
    });
  });

  it('keeps settings the user already edited while the stored ones were loading', () => {
    const typed: JacSettings = { since: '2024-01-01', asOf: null, dataValidation: true, checkWhileEditing: true };
    const editing = paneReducer(INITIAL_PANE_STATE, paneActions.settingsEdited(typed));
    expect(paneReducer(editing, paneActions.started(stored, []))).toEqual({
      ...INITIAL_PANE_STATE,
      starting: false,
      settings: typed,
      settingsStatus: { phase: 'edited' },
    });
  });

  it('shows the findings and outline of a check', () => {
    expect(paneReducer(ready, paneActions.workbookChecked([finding], outline))).toEqual({
      ...ready,
      findings: [finding],
      outline,
    });
  });

  it('starts a refresh at the reading step and clears an old error', () => {
    const failed = { ...ready, error: { operation: 'refresh' as const, message: 'The sheet is protected.', fixes: [] } };
    expect(paneReducer(failed, paneActions.refreshStarted())).toEqual({
      ...ready,
      refresh: { phase: 'running', step: 'reading', previous: null },
    });
  });

  it('moves the progress to the step refreshSummary reports', () => {
    const running = paneReducer(ready, paneActions.refreshStarted());
    expect(paneReducer(running, paneActions.refreshProgressed('writing'))).toEqual({
      ...ready,
      refresh: { phase: 'running', step: 'writing', previous: null },
    });
  });

  it('ignores a progress report that arrives after the refresh ended', () => {
    const done: PaneState = { ...ready, refresh: { phase: 'done', message: '16 audits, 7 actions: 1 overdue' } };
    expect(paneReducer(done, paneActions.refreshProgressed('checking'))).toEqual(done);
  });

  it('shows the outcome line and the new findings when a refresh succeeds', () => {
    const running = paneReducer(ready, paneActions.refreshStarted());
    expect(paneReducer(running, paneActions.refreshSucceeded('16 audits, 7 actions: 1 overdue', [finding], outline))).toEqual({
      ...ready,
      refresh: { phase: 'done', message: '16 audits, 7 actions: 1 overdue' },
      findings: [finding],
      outline,
    });
  });

  it('keeps what a refresh could not do alongside the summary until the next refresh starts or the user dismisses it', () => {
    const note = 'The sheet “Audit Actions” is protected, so its overdue highlighting and in-cell checks were left as they were.';
    const done = paneReducer(paneReducer(ready, paneActions.refreshStarted()), paneActions.refreshSucceeded('7 actions', [], outline, [note]));
    expect(done.notes).toEqual([note]);
    expect(paneReducer(done, paneActions.refreshStarted()).notes).toEqual([]);
    expect(paneReducer(done, paneActions.notesDismissed()).notes).toEqual([]);
    expect(paneReducer(ready, paneActions.commandRefreshed('7 actions', [note])).notes).toEqual([note]);
  });

  it('takes the workbook’s startup behaviour as the host reports it', () => {
    expect(paneReducer(ready, paneActions.startupKnown('with-workbook')).startup).toBe('with-workbook');
  });

  it('goes back to the previous outcome when a later refresh fails', () => {
    const done: PaneState = { ...ready, refresh: { phase: 'done', message: 'First outcome' } };
    const running = paneReducer(done, paneActions.refreshStarted());
    const error = { operation: 'refresh' as const, message: 'The sheet Actions is protected.', fixes: [] };
    expect(paneReducer(running, paneActions.failed(error))).toEqual({
      ...ready,
      refresh: { phase: 'done', message: 'First outcome' },
      error,
    });
  });

  it('goes back to idle when the first refresh fails', () => {
    const running = paneReducer(ready, paneActions.refreshStarted());
    const error = { operation: 'refresh' as const, message: 'Excel is busy.', fixes: ['retry' as const] };
    expect(paneReducer(running, paneActions.failed(error))).toEqual({ ...ready, error });
  });

  it('marks settings as edited, then saved', () => {
    const edited: JacSettings = { ...stored, since: '2024-06-01' };
    const dirty = paneReducer(ready, paneActions.settingsEdited(edited));
    expect(dirty).toEqual({ ...ready, settings: edited, settingsStatus: { phase: 'edited' } });
    const saving = paneReducer(dirty, paneActions.settingsSaveStarted());
    expect(saving).toEqual({ ...ready, settings: edited, settingsStatus: { phase: 'saving', resume: 'edited' } });
    const saved = paneReducer(saving, paneActions.settingsSaved(edited));
    expect(saved).toEqual({ ...ready, settings: edited, settingsStatus: { phase: 'saved' } });
    expect(paneReducer(saved, paneActions.settingsEdited(stored))).toEqual({ ...ready, settingsStatus: { phase: 'edited' } });
  });

  it('stays unsaved when the user changed the settings again while they were being saved', () => {
    const first: JacSettings = { ...stored, since: '2024-06-01' };
    const second: JacSettings = { ...stored, since: '2024-06-02' };
    let state = paneReducer(ready, paneActions.settingsEdited(first));
    state = paneReducer(state, paneActions.settingsSaveStarted());
    state = paneReducer(state, paneActions.settingsEdited(second));
    expect(paneReducer(state, paneActions.settingsSaved(first))).toEqual({ ...ready, settings: second, settingsStatus: { phase: 'edited' } });
  });

  it('stops the saving indicator when saving fails', () => {
    const saving: PaneState = { ...ready, settingsStatus: { phase: 'saving', resume: 'clean' } };
    const error = { operation: 'save-settings' as const, message: 'The workbook is read-only.', fixes: [] };
    expect(paneReducer(saving, paneActions.failed(error))).toEqual({ ...ready, error });
  });

  it('goes back to what the form was when saving fails: saved before, or edited while the save was under way', () => {
    const error = { operation: 'save-settings' as const, message: 'The workbook is read-only.', fixes: [] };
    const savedBefore = paneReducer({ ...ready, settingsStatus: { phase: 'saved' } }, paneActions.settingsSaveStarted());
    expect(paneReducer(savedBefore, paneActions.failed(error)).settingsStatus).toEqual({ phase: 'saved' });
    const editedMeanwhile = paneReducer(savedBefore, paneActions.settingsEdited({ ...stored, since: '2024-06-01' }));
    expect(editedMeanwhile.settingsStatus).toEqual({ phase: 'saving', resume: 'edited' });
    expect(paneReducer(editedMeanwhile, paneActions.failed(error)).settingsStatus).toEqual({ phase: 'edited' });
  });

  it('ends the start-up state when starting fails', () => {
    const error = { operation: 'start' as const, message: 'The add-in could not read this workbook.', fixes: [] };
    expect(paneReducer(INITIAL_PANE_STATE, paneActions.failed(error))).toEqual({ ...INITIAL_PANE_STATE, starting: false, error });
  });

  it('clears a dismissed error', () => {
    const failed: PaneState = { ...ready, error: { operation: 'select-cell', message: 'No such sheet.', fixes: [] } };
    expect(paneReducer(failed, paneActions.errorDismissed())).toEqual(ready);
  });

  it('shows the outcome line of a ribbon refresh and drops an old refresh error, but not other errors', () => {
    const refreshError = { operation: 'refresh' as const, code: 'table-not-found' as const, message: 'No actions table found.', fixes: [] };
    expect(paneReducer({ ...ready, error: refreshError }, paneActions.commandRefreshed('16 audits, 7 actions: 1 overdue'))).toEqual({
      ...ready,
      refresh: { phase: 'done', message: '16 audits, 7 actions: 1 overdue' },
    });
    const saveError = { operation: 'save-settings' as const, message: 'The workbook is read-only.', fixes: [] };
    expect(paneReducer({ ...ready, error: saveError }, paneActions.commandRefreshed('16 audits, 7 actions: 1 overdue'))).toEqual({
      ...ready,
      refresh: { phase: 'done', message: '16 audits, 7 actions: 1 overdue' },
      error: saveError,
    });
  });

  it('opens and closes the tables panel as the user toggles it, without asking for focus', () => {
    const open = paneReducer(ready, paneActions.tablesToggled(true));
    expect(open).toEqual({ ...ready, tablesPanel: { open: true, focusRequest: 0, pickerToFocus: 'plan' } });
    expect(paneReducer(open, paneActions.tablesToggled(false))).toEqual(ready);
  });

  it('opens the tables panel and asks for focus each time the tables are requested, keeping the error on show', () => {
    const error = { operation: 'refresh' as const, code: 'table-not-found' as const, message: 'No actions table found.', fixes: [] };
    const failed: PaneState = { ...ready, error };
    const requested = paneReducer(failed, paneActions.tablesRequested('actions'));
    expect(requested).toEqual({ ...failed, tablesPanel: { open: true, focusRequest: 1, pickerToFocus: 'actions' } });
    expect(paneReducer(requested, paneActions.tablesRequested('actions'))).toEqual({
      ...failed,
      tablesPanel: { open: true, focusRequest: 2, pickerToFocus: 'actions' },
    });
  });

  it('replaces the limitations when the host reports new ones, leaving everything else', () => {
    const limited: PaneState = { ...ready, limitations: ['Old Excel.'] };
    expect(paneReducer(limited, paneActions.limitationsChanged(['No start with the workbook.']))).toEqual({
      ...ready,
      limitations: ['No start with the workbook.'],
    });
  });
});

describe('paneReducer on recorded papers', () => {
  const july = { date: '2024-07-31', since: '2024-04-30', figures: '7 actions, 2 open, 1 overdue' };
  const october = { date: '2024-10-31', since: '2024-07-31', figures: '7 actions, 0 open, 0 overdue' };

  it('lists the papers a read of the workbook found', () => {
    expect(paneReducer(ready, paneActions.papersRead([july])).papers).toEqual({
      recorded: [july],
      movement: null,
      lastRecording: null,
      recording: false,
    });
  });

  it('shows the recording under way, then what was recorded, the new list and the movement', () => {
    const recording = paneReducer(ready, paneActions.recordingStarted());
    expect(recording.papers.recording).toBe(true);
    const done = paneReducer(
      recording,
      paneActions.papersRefreshed(
        [july, october],
        'Since the last paper (31/07/2024) 2 actions have been implemented.',
        'Recorded the paper of 31/10/2024.',
      ),
    );
    expect(done.papers).toEqual({
      recorded: [july, october],
      movement: 'Since the last paper (31/07/2024) 2 actions have been implemented.',
      lastRecording: 'Recorded the paper of 31/10/2024.',
      recording: false,
    });
  });

  it('keeps the line about the last recording after a refresh that did not record', () => {
    const recorded: PaneState = {
      ...ready,
      papers: { recorded: [july], movement: null, lastRecording: 'Recorded the paper of 31/07/2024.', recording: false },
    };
    expect(paneReducer(recorded, paneActions.papersRefreshed([july], 'Moved.', null)).papers.lastRecording).toBe('Recorded the paper of 31/07/2024.');
  });

  it('stops showing a recording under way when the refresh fails', () => {
    const recording = paneReducer(paneReducer(ready, paneActions.refreshStarted()), paneActions.recordingStarted());
    const failed = paneReducer(recording, paneActions.failed({ operation: 'refresh', message: 'The sheet is protected.', fixes: [] }));
    expect(failed.papers.recording).toBe(false);
  });
});
