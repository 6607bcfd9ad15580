import type { ActionField, Finding, JacSettings, LocatedTable, PlanField } from '../../core/types';
import { DEFAULT_SETTINGS } from '../../core/types';
import type { RefreshStep } from '../../host/refresh';
import type { HostErrorCode } from '../../host/WorkbookHost';

/** What the pane was doing when something failed, so the error can say it and "Try again" can redo it. */
export type Operation = 'start' | 'check' | 'listen' | 'refresh' | 'save-settings' | 'select-cell' | 'show-summary';

export interface PaneError {
  operation: Operation;
  /** Shown as it is: host errors are already written for a person. */
  message: string;
  retryable: boolean;
  /** The host's code, when a host error: the bar offers the fix some codes have (table-not-found: choose the tables). */
  code?: HostErrorCode;
}

export type RefreshStatus =
  | { phase: 'idle' }
  /** `previous` is the last outcome line, restored if this refresh fails. */
  | { phase: 'running'; step: RefreshStep; previous: string | null }
  /** `message` is core's describeRefresh line. */
  | { phase: 'done'; message: string };

/** An Excel table the user can pick as the plan or the actions. */
export interface TableChoice {
  name: string;
  sheet: string;
}

/** A table the engine found, with the texts of its header row so the user can remap a column. */
export interface DetectedTable<F extends string> {
  table: LocatedTable<F>;
  /** Non-blank header cells left to right, as they read in the sheet. */
  headerTexts: string[];
  /** For a field found in several columns (revised deadlines), each column's header, in order. */
  repeatedHeaders?: Partial<Record<F, string[]>>;
}

/** What the settings need to know about the workbook: candidates to choose from and what was detected. */
export interface WorkbookOutline {
  sheets: string[];
  tables: TableChoice[];
  plan: DetectedTable<PlanField> | null;
  actions: DetectedTable<ActionField> | null;
}

export interface PaneState {
  /** Settings, limitations and the first check are still loading. */
  starting: boolean;
  /** The settings as the form shows them (what a refresh uses). */
  settings: JacSettings;
  /** Edited since they were loaded or saved. */
  settingsDirty: boolean;
  savingSettings: boolean;
  /** Saved by the user since the last edit: the form says so, so nobody wonders whether Save worked. */
  settingsSaved: boolean;
  refresh: RefreshStatus;
  /** Null until the workbook has been checked once. */
  findings: Finding[] | null;
  outline: WorkbookOutline | null;
  error: PaneError | null;
  limitations: string[];
  tablesPanel: TablesPanel;
}

/** The settings' "Tables and columns" panel, opened by the user or by an error's "Choose the tables". */
export interface TablesPanel {
  open: boolean;
  /** Bumped each time something asks to take the user to the table pickers, so focus moves even if already open. */
  focusRequest: number;
}

export const INITIAL_PANE_STATE: PaneState = {
  starting: true,
  settings: DEFAULT_SETTINGS,
  settingsDirty: false,
  savingSettings: false,
  settingsSaved: false,
  refresh: { phase: 'idle' },
  findings: null,
  outline: null,
  error: null,
  limitations: [],
  tablesPanel: { open: false, focusRequest: 0 },
};
