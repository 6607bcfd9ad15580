import type { Finding, JacSettings, TableKind } from '../../core/types';
import type { RefreshStep } from '../../host/refresh';
import type { StartupState } from '../../host/WorkbookHost';
import type { CopyStatus, PaneError, PanePaper, PaperListing, WorkbookOutline } from './paneState';

/** Everything that can happen to the pane. The controller dispatches these; only the reducer changes state. */
export type PaneAction =
  | { type: 'started'; settings: JacSettings; limitations: string[] }
  | { type: 'workbookChecked'; findings: Finding[]; outline: WorkbookOutline }
  | { type: 'refreshStarted' }
  | { type: 'refreshProgressed'; step: RefreshStep }
  | { type: 'refreshSucceeded'; message: string; findings: Finding[]; outline: WorkbookOutline; notes: string[] }
  | { type: 'settingsEdited'; settings: JacSettings }
  | { type: 'settingsSaveStarted' }
  | { type: 'settingsSaved'; settings: JacSettings }
  | { type: 'limitationsChanged'; limitations: string[] }
  | { type: 'failed'; error: PaneError }
  | { type: 'errorDismissed' }
  | { type: 'tablesToggled'; open: boolean }
  | { type: 'tablesRequested'; table: TableKind }
  | { type: 'commandRefreshed'; message: string; notes: string[] }
  | { type: 'notesDismissed' }
  | { type: 'startupKnown'; startup: StartupState | null }
  | { type: 'paperWritten'; paper: PanePaper }
  | { type: 'copyStarted' }
  | { type: 'copyFinished'; status: Exclude<CopyStatus, { phase: 'idle' | 'copying' }> }
  | { type: 'copyDismissed' }
  | { type: 'recordingStarted' }
  | { type: 'papersRead'; papers: PaperListing[] }
  | { type: 'papersRefreshed'; papers: PaperListing[]; movement: string; recording: string | null };

export const paneActions = {
  started: (settings: JacSettings, limitations: string[]): PaneAction => ({ type: 'started', settings, limitations }),
  workbookChecked: (findings: Finding[], outline: WorkbookOutline): PaneAction => ({
    type: 'workbookChecked',
    findings,
    outline,
  }),
  refreshStarted: (): PaneAction => ({ type: 'refreshStarted' }),
  refreshProgressed: (step: RefreshStep): PaneAction => ({ type: 'refreshProgressed', step }),
  refreshSucceeded: (message: string, findings: Finding[], outline: WorkbookOutline, notes: string[] = []): PaneAction => ({
    type: 'refreshSucceeded',
    message,
    findings,
    outline,
    notes,
  }),
  settingsEdited: (settings: JacSettings): PaneAction => ({ type: 'settingsEdited', settings }),
  settingsSaveStarted: (): PaneAction => ({ type: 'settingsSaveStarted' }),
  settingsSaved: (settings: JacSettings): PaneAction => ({ type: 'settingsSaved', settings }),
  limitationsChanged: (limitations: string[]): PaneAction => ({ type: 'limitationsChanged', limitations }),
  failed: (error: PaneError): PaneAction => ({ type: 'failed', error }),
  errorDismissed: (): PaneAction => ({ type: 'errorDismissed' }),
  tablesToggled: (open: boolean): PaneAction => ({ type: 'tablesToggled', open }),
  tablesRequested: (table: TableKind): PaneAction => ({ type: 'tablesRequested', table }),
  commandRefreshed: (message: string, notes: string[] = []): PaneAction => ({ type: 'commandRefreshed', message, notes }),
  notesDismissed: (): PaneAction => ({ type: 'notesDismissed' }),
  startupKnown: (startup: StartupState | null): PaneAction => ({ type: 'startupKnown', startup }),
  paperWritten: (paper: PanePaper): PaneAction => ({ type: 'paperWritten', paper }),
  copyStarted: (): PaneAction => ({ type: 'copyStarted' }),
  copyFinished: (status: Exclude<CopyStatus, { phase: 'idle' | 'copying' }>): PaneAction => ({ type: 'copyFinished', status }),
  copyDismissed: (): PaneAction => ({ type: 'copyDismissed' }),
  recordingStarted: (): PaneAction => ({ type: 'recordingStarted' }),
  papersRead: (papers: PaperListing[]): PaneAction => ({ type: 'papersRead', papers }),
  papersRefreshed: (papers: PaperListing[], movement: string, recording: string | null): PaneAction => ({
    type: 'papersRefreshed',
    papers,
    movement,
    recording,
  }),
};
