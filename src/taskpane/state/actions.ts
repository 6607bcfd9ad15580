import type { Finding, JacSettings } from '../../core/types';
import type { RefreshStep } from '../../host/refresh';
import type { PaneError, PaperListing, WorkbookOutline } from './paneState';

/** Everything that can happen to the pane. The controller dispatches these; only the reducer changes state. */
export type PaneAction =
  | { type: 'started'; settings: JacSettings; limitations: string[] }
  | { type: 'workbookChecked'; findings: Finding[]; outline: WorkbookOutline }
  | { type: 'refreshStarted' }
  | { type: 'refreshProgressed'; step: RefreshStep }
  | { type: 'refreshSucceeded'; message: string; findings: Finding[]; outline: WorkbookOutline }
  | { type: 'settingsEdited'; settings: JacSettings }
  | { type: 'settingsSaveStarted' }
  | { type: 'settingsSaved'; settings: JacSettings }
  | { type: 'limitationsChanged'; limitations: string[] }
  | { type: 'failed'; error: PaneError }
  | { type: 'errorDismissed' }
  | { type: 'tablesToggled'; open: boolean }
  | { type: 'tablesRequested' }
  | { type: 'commandRefreshed'; message: string }
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
  refreshSucceeded: (message: string, findings: Finding[], outline: WorkbookOutline): PaneAction => ({
    type: 'refreshSucceeded',
    message,
    findings,
    outline,
  }),
  settingsEdited: (settings: JacSettings): PaneAction => ({ type: 'settingsEdited', settings }),
  settingsSaveStarted: (): PaneAction => ({ type: 'settingsSaveStarted' }),
  settingsSaved: (settings: JacSettings): PaneAction => ({ type: 'settingsSaved', settings }),
  limitationsChanged: (limitations: string[]): PaneAction => ({ type: 'limitationsChanged', limitations }),
  failed: (error: PaneError): PaneAction => ({ type: 'failed', error }),
  errorDismissed: (): PaneAction => ({ type: 'errorDismissed' }),
  tablesToggled: (open: boolean): PaneAction => ({ type: 'tablesToggled', open }),
  tablesRequested: (): PaneAction => ({ type: 'tablesRequested' }),
  commandRefreshed: (message: string): PaneAction => ({ type: 'commandRefreshed', message }),
  recordingStarted: (): PaneAction => ({ type: 'recordingStarted' }),
  papersRead: (papers: PaperListing[]): PaneAction => ({ type: 'papersRead', papers }),
  papersRefreshed: (papers: PaperListing[], movement: string, recording: string | null): PaneAction => ({
    type: 'papersRefreshed',
    papers,
    movement,
    recording,
  }),
};
