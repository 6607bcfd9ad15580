import type { PaneAction } from './actions';
import type { PaneState, SettingsStatus } from './paneState';
import { settingsEdited } from './selectors';

/** The pane's only state transitions. Pure, so every state the pane can be in is testable without React. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'started':
      // Edits made while loading win over what was stored: the user's typing is never thrown away.
      return {
        ...state,
        starting: false,
        settings: settingsEdited(state) ? state.settings : action.settings,
        limitations: action.limitations,
      };
    case 'workbookChecked':
      return { ...state, findings: action.findings, outline: action.outline };
    case 'refreshStarted':
      // A new attempt replaces the old error: it is either fixed now or will be reported again.
      return {
        ...state,
        refresh: { phase: 'running', step: 'reading', previous: state.refresh.phase === 'done' ? state.refresh.message : null },
        error: null,
        notes: [],
      };
    case 'refreshProgressed':
      return state.refresh.phase === 'running' ? { ...state, refresh: { ...state.refresh, step: action.step } } : state;
    case 'refreshSucceeded':
      return {
        ...state,
        refresh: { phase: 'done', message: action.message },
        findings: action.findings,
        outline: action.outline,
        notes: action.notes,
      };
    case 'settingsEdited':
      return { ...state, settings: action.settings, settingsStatus: whenEdited(state.settingsStatus) };
    case 'settingsSaveStarted':
      return { ...state, settingsStatus: whenSaveStarted(state.settingsStatus), error: null };
    case 'settingsSaved':
      // Saved only when what was saved is still what the form shows.
      return {
        ...state,
        settingsStatus: settingsEdited(state) && state.settings !== action.settings ? { phase: 'edited' } : { phase: 'saved' },
      };
    case 'limitationsChanged':
      return { ...state, limitations: action.limitations };
    case 'failed':
      return {
        ...state,
        // Nothing was recorded: a refresh that fails or is blocked writes nothing.
        papers: action.error.operation === 'refresh' && state.papers.recording ? { ...state.papers, recording: false } : state.papers,
        starting: action.error.operation === 'start' ? false : state.starting,
        settingsStatus:
          action.error.operation === 'save-settings' && state.settingsStatus.phase === 'saving'
            ? { phase: state.settingsStatus.resume }
            : state.settingsStatus,
        // A failed refresh leaves the previous outcome (as it leaves the previous summary), never a stuck progress bar.
        refresh: action.error.operation === 'refresh' && state.refresh.phase === 'running' ? restore(state.refresh.previous) : state.refresh,
        error: action.error,
      };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'tablesToggled':
      return { ...state, tablesPanel: { ...state.tablesPanel, open: action.open } };
    case 'commandRefreshed':
      // The ribbon refreshed the summary: its line replaces the pane's, and an old refresh error no longer holds.
      return {
        ...state,
        refresh: { phase: 'done', message: action.message },
        error: state.error?.operation === 'refresh' ? null : state.error,
        notes: action.notes,
      };
    case 'notesDismissed':
      return { ...state, notes: [] };
    case 'startupKnown':
      return { ...state, startup: action.startup };
    case 'tablesRequested':
      return { ...state, tablesPanel: { open: true, focusRequest: state.tablesPanel.focusRequest + 1, pickerToFocus: action.table } };
    case 'paperWritten':
      // A new summary: what was copied before is the old paper, so its message no longer holds.
      return { ...state, paper: action.paper, copy: { phase: 'idle' } };
    case 'copyStarted':
      return { ...state, copy: { phase: 'copying' } };
    case 'copyFinished':
      return { ...state, copy: action.status };
    case 'copyDismissed':
      return { ...state, copy: { phase: 'idle' } };
    case 'recordingStarted':
      return { ...state, papers: { ...state.papers, recording: true } };
    case 'papersRead':
      return { ...state, papers: { ...state.papers, recorded: action.papers } };
    case 'papersRefreshed':
      // A refresh that did not record keeps the line about the last recording: it is still true.
      return {
        ...state,
        papers: {
          recorded: action.papers,
          movement: action.movement,
          lastRecording: action.recording ?? state.papers.lastRecording,
          recording: false,
        },
      };
  }
}

/** An edit while saving is kept for when the save is over; otherwise the form is simply edited. */
function whenEdited(status: SettingsStatus): SettingsStatus {
  return status.phase === 'saving' ? { phase: 'saving', resume: 'edited' } : { phase: 'edited' };
}

function whenSaveStarted(status: SettingsStatus): SettingsStatus {
  return status.phase === 'saving' ? status : { phase: 'saving', resume: status.phase };
}

function restore(previous: string | null): PaneState['refresh'] {
  return previous === null ? { phase: 'idle' } : { phase: 'done', message: previous };
}
