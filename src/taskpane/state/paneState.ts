import type { RecordedPaper } from '../../core/movement/paper';
import type { RefreshHeadline } from '../../core/refreshHeadline';
import type { ActionField, Finding, JacSettings, LocatedTable, PlanField, SummaryModel, TableKind } from '../../core/types';
import { DEFAULT_SETTINGS } from '../../core/types';
import type { RefreshStep } from '../../host/refresh';
import type { HostErrorCode, StartupState } from '../../host/WorkbookHost';

/** What the pane was doing when something failed, so the error can say it and "Try again" can redo it. */
export type Operation = 'start' | 'check' | 'listen' | 'refresh' | 'save-settings' | 'select-cell' | 'show-summary';

/**
 * What the error bar offers to do about a failure. The controller chooses them from the host's code (toPaneError.ts);
 * the bar only shows them.
 */
export type PaneFix =
  /** Do the same again: the host said trying again can help (a cell being edited, Excel busy). */
  | 'retry'
  /** Open Tables and columns at the missing table's picker: a table could not be found. */
  | 'choose-tables'
  /** Refresh the summary: there is none yet. */
  | 'refresh'
  /** Read the workbook afresh: a sheet the findings point to has gone. */
  | 'check-again';

export interface PaneError {
  operation: Operation;
  /** Shown as it is: host errors are already written for a person. */
  message: string;
  /** The host's code, when a host error. */
  code?: HostErrorCode;
  fixes: PaneFix[];
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

/** A recorded paper as the pane lists it. */
export interface PaperListing {
  date: RecordedPaper['date'];
  since: RecordedPaper['since'];
  /** "11 actions, 4 open, 3 overdue". */
  figures: string;
}

/** The papers recorded in the workbook and what moved since the last one. */
export interface PapersState {
  /** Oldest first; null until the workbook has been read. */
  recorded: PaperListing[] | null;
  /** What the last refresh found moved since the last recorded paper, in words; null before a refresh. */
  movement: string | null;
  /** What the last "Record this paper" recorded, in words. */
  lastRecording: string | null;
  /** A refresh that records the paper is under way. */
  recording: boolean;
}

export interface PaneState {
  /** Settings, limitations and the first check are still loading. */
  starting: boolean;
  /** The settings as the form shows them (what a refresh uses). */
  settings: JacSettings;
  /** Where the form's settings stand against what the workbook holds. */
  settingsStatus: SettingsStatus;
  refresh: RefreshStatus;
  /** Null until the workbook has been checked once. */
  findings: Finding[] | null;
  outline: WorkbookOutline | null;
  error: PaneError | null;
  /** What the last refresh could not do alongside the summary (highlighting on a protected sheet, say). */
  notes: string[];
  limitations: string[];
  tablesPanel: TablesPanel;
  /** The summary the last refresh wrote (the pane's or the ribbon's), for Copy for Word and At a glance. */
  paper: PanePaper | null;
  copy: CopyStatus;
  /** Whether the add-in starts with this workbook; null where the host cannot start with a workbook at all. */
  startup: StartupState | null;
  papers: PapersState;
}

/**
 * The settings form's lifecycle: as loaded (`clean`), changed and not saved yet (`edited`), being saved, or saved
 * since the last change (the form says so, so nobody wonders whether Save worked). While saving, `resume` is what
 * the form is again if the save fails: what it was, or `edited` when the user changed something meanwhile.
 */
export type SettingsStatus =
  { phase: 'clean' } | { phase: 'edited' } | { phase: 'saving'; resume: 'clean' | 'edited' | 'saved' } | { phase: 'saved' };

/** What the last written refresh put on the summary sheet. */
export interface PanePaper {
  summary: SummaryModel;
  headline: RefreshHeadline;
}

/** Copy for Word, from the click to what the pane tells the user. */
export type CopyStatus =
  | { phase: 'idle' }
  | { phase: 'copying' }
  /** The clipboard holds the paper: paste into Word. */
  | { phase: 'copied' }
  /** The clipboard was refused, so the summary is selected on its sheet for the user to copy with Ctrl+C. */
  | { phase: 'selected'; sheet: string }
  /** Neither worked; `message` says why, in the host's words. */
  | { phase: 'failed'; message: string };

/** The settings' "Tables and columns" panel, opened by the user or by an error's "Choose the tables". */
export interface TablesPanel {
  open: boolean;
  /** Bumped each time something asks to take the user to the table pickers, so focus moves even if already open. */
  focusRequest: number;
  /** The picker focus moves to: the table that could not be found (the controller decides, selectors' tableToChoose). */
  pickerToFocus: TableKind;
}

export const INITIAL_PANE_STATE: PaneState = {
  starting: true,
  settings: DEFAULT_SETTINGS,
  settingsStatus: { phase: 'clean' },
  refresh: { phase: 'idle' },
  findings: null,
  outline: null,
  error: null,
  notes: [],
  limitations: [],
  tablesPanel: { open: false, focusRequest: 0, pickerToFocus: 'plan' },
  paper: null,
  copy: { phase: 'idle' },
  startup: null,
  papers: { recorded: null, movement: null, lastRecording: null, recording: false },
};
