import type { LastRefresh } from '../core/dataSheet';
import type { ActionField, Finding, JacSettings, LocatedTable, PlanField, SummaryLayout, TrackerWords, WorkbookCells } from '../core/types';

/**
 * The host seam: everything the task pane and the ribbon command need from a workbook, and nothing more.
 *
 * `src/excel` implements it with Office.js, `src/file` (FileHost) over a workbook file, which the command line and
 * the browser preview (`src/preview`, with Excel's sheet protection added) both use. The pane cannot tell
 * which one it has, so what the preview shows is what Excel users get. Implementations report failures by
 * throwing a `HostError` whose message a person can act on.
 */
export interface WorkbookHost {
  /** A short name for logs and the pane's footer: "Excel", "Preview". */
  readonly kind: string;

  /** Every sheet's used range (values and number formats) and its Excel tables, read in one go. */
  readWorkbook(): Promise<WorkbookCells>;

  /**
   * Write everything a refresh produces, in one write: replace the add-in's summary sheet with `layout`, then add
   * or refresh the add-in's own conditional formats on the actions table (overdue red, due soon amber,
   * formulas using TODAY() so the marking stays right on later days) and, when `inCellValidation` is on, its
   * in-cell validation (lists of known words, date rules; warnings, not stops).
   *
   * Must build the new summary completely before removing the old one, so that a failure leaves the previous
   * summary intact. Text is written as text, never as a formula. Removes only rules the add-in created earlier;
   * never touches the user's values or their own formats.
   */
  writeResults(results: RefreshResults): Promise<WriteReport>;

  /**
   * Select a cell (A1 address with sheet, as in findings) or a range (`'JAC Summary'!A1:E50`, which Copy for Word
   * selects for Ctrl+C where the clipboard is refused) and bring its sheet to the front.
   */
  selectCell(address: string): Promise<void>;

  /** Bring the summary sheet to the front. */
  showSummary(): Promise<void>;

  /**
   * Call `listener` after a user edit to any sheet. Implementations ignore the add-in's own writes, so a refresh
   * never triggers itself. Returns an unsubscribe function.
   */
  onCellsChanged(listener: (change: CellsChange) => void): Promise<() => Promise<void>>;

  /** Settings stored in the workbook, so the next person who opens it gets them; null when none were saved. */
  loadSettings(): Promise<Partial<JacSettings> | null>;
  /** Store the settings in the workbook. Never changes whether the add-in starts with the workbook (setStartup does). */
  saveSettings(settings: JacSettings): Promise<void>;

  /**
   * Features this host cannot offer (an Excel version too old), each as a sentence for the pane to show. May change
   * after setStartup (Excel refusing to start the add-in with the workbook), so the pane asks again after a save.
   */
  limitations(): Promise<string[]>;

  /**
   * Run `work` with no other work of this host in between: a whole refresh (read, then write) from the ribbon and
   * one from the pane must not interleave. `work` gets the host to use inside, which must not wait for itself.
   * Hosts whose work cannot interleave leave it out.
   */
  exclusive?<T>(work: (host: WorkbookHost) => Promise<T>): Promise<T>;

  /** Whether the add-in starts when this workbook opens, where the host can say (Excel's shared runtime). */
  getStartup?(): Promise<StartupState>;
  /**
   * Make the add-in start (or not) when this workbook opens. Only ever called on the user's explicit choice, never
   * as a side effect of a refresh or of saving other settings. Resolves with the state now in force.
   */
  setStartup?(startWithWorkbook: boolean): Promise<StartupState>;
}

/**
 * Whether the add-in starts with the workbook: "with-workbook" (it loads whenever the file opens, so whoever opens it
 * without the add-in sees an error), "on-demand" (only when someone opens the pane or the ribbon button), or
 * "unknown" where this Office cannot say.
 */
export type StartupState = 'with-workbook' | 'on-demand' | 'unknown';

export interface RefreshResults {
  layout: SummaryLayout;
  tables: OwnedTables;
  inCellValidation: boolean;
  /** Stored in the data sheet with the summary, so the next refresh can tell a table that has gone. */
  lastRefresh: LastRefresh;
  /**
   * The recorded papers to keep on the data sheet (StoredData.papers), when this refresh records the paper: every
   * paper recorded before, as read, with this one added or replacing the one of its date. Absent: leave the
   * recorded papers as they are. Stored with the summary, in the same write.
   */
  papers?: unknown[];
  /**
   * The tracker's own grades and statuses, for the in-cell lists and the highlighting's idea of "closed"
   * (core trackerWords). Without it the rules use High/Medium/Low and the sign-off date alone.
   */
  words?: TrackerWords;
}

/** What the host did besides writing the summary: sentences for the pane, empty when everything was done. */
export interface WriteReport {
  notes: string[];
}

export interface OwnedTables {
  plan: LocatedTable<PlanField> | null;
  actions: LocatedTable<ActionField> | null;
}

/**
 * What a user edit did: new values in a rectangle (an edit), or something after which cells kept from an earlier read
 * cannot be trusted (rows, columns or cells inserted or deleted move everything below or beside them; an edit that
 * could not be read). Listeners patch an edit in and read the workbook again after the other.
 */
export type CellsChange = CellsEdit | CellsInvalidated;

/** A rectangle on one sheet (0-based, inclusive) and the new values read from it. */
export interface CellsEdit {
  kind?: 'edit';
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The edited rectangle's new values, as Excel returns them (the host reads them once per event). */
  values: (string | number | boolean | null)[][];
}

export interface CellsInvalidated {
  kind: 'invalidated';
  /** "moved": rows, columns or cells were inserted or deleted; "unreadable": an edit's cells could not be read. */
  why: 'moved' | 'unreadable';
}

/** A failure a person can act on. `code` is stable for tests and branching; `message` is shown as it is. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** For "retry": the pane may offer to try again (a cell in edit mode clears by itself). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * What went wrong, for branching (the pane chooses its fix from it) and tests. A table the refresh needs and cannot
 * find is "table-not-found"; a sheet that has gone is "sheet-not-found"; no summary yet is "summary-not-found".
 */
export type HostErrorCode =
  | 'sheet-protected'
  | 'workbook-protected'
  | 'cell-editing'
  | 'workbook-inactive'
  | 'table-not-found'
  | 'sheet-not-found'
  | 'summary-not-found'
  | 'invalid-address'
  | 'unsupported'
  | 'too-large'
  | 'busy'
  | 'unreadable-file'
  | 'unknown';

/** Findings belong to the engine; the host seam re-exports the type so shells import one place. */
export type { Finding };
