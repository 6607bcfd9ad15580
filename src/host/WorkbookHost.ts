import type { LastRefresh } from '../core/dataSheet';
import type {
  ActionField,
  Finding,
  JacSettings,
  LocatedTable,
  PlanField,
  SummaryLayout,
  TrackerWords,
  WorkbookCells,
} from '../core/types';

/**
 * The host seam: everything the task pane and the ribbon command need from a workbook, and nothing more.
 *
 * `src/excel` implements it with Office.js, `src/preview` over an in-page ExcelJS workbook. The pane cannot tell
 * which one it has, so what the preview shows is what Excel users get. Implementations report failures by
 * throwing a `HostError` whose message a person can act on.
 */
export interface WorkbookHost {
  /** A short name for logs and the pane's footer: "Excel", "Preview". */
  readonly kind: string;

  /** Every sheet's used range (values and number formats) and its Excel tables, read in one go. */
  readWorkbook(): Promise<WorkbookCells>;

  /**
   * Write everything a refresh produces, in one batch: replace the add-in's summary sheet with `layout`, then add
   * or refresh the add-in's own conditional formats on the actions table (overdue red, due within 30 days amber,
   * formulas using TODAY() so the marking stays right on later days) and, when `dataValidation` is on, its
   * data-validation rules (in-cell lists of known words, date rules; warnings, not stops).
   *
   * Must build the new summary completely before removing the old one, so that a failure leaves the previous
   * summary intact. Text is written as text, never as a formula. Removes only rules the add-in created earlier;
   * never touches the user's values or their own formats.
   */
  writeResults(results: RefreshResults): Promise<WriteReport>;

  /** Select a cell (A1 address with sheet, as in findings) and bring its sheet to the front. */
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
  /**
   * Store the settings. A host that can start the add-in with the workbook (Excel's shared runtime) does so while
   * `checkWhileEditing` is on, so edits are checked with the pane closed; where it cannot, saving still succeeds and
   * limitations() says so.
   */
  saveSettings(settings: JacSettings): Promise<void>;

  /**
   * Features this host cannot offer (an Excel version too old), each as a sentence for the pane to show. May change
   * after saveSettings (Excel refusing to start the add-in with the workbook), so the pane asks again after a save.
   */
  limitations(): Promise<string[]>;
}

export interface RefreshResults {
  layout: SummaryLayout;
  tables: OwnedTables;
  dataValidation: boolean;
  /** Stored in the data sheet with the summary, so the next refresh can tell a table that has gone. */
  lastRefresh: LastRefresh;
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

/** What a user edit touched: a rectangle on one sheet (0-based, inclusive) and the new values read from it. */
export interface CellsChange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The edited rectangle's new values, as Excel returns them (the host reads them once per event). */
  values: (string | number | boolean | null)[][];
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

export type HostErrorCode =
  | 'sheet-protected'
  | 'cell-editing'
  | 'table-not-found'
  | 'unsupported'
  | 'too-large'
  | 'busy'
  | 'unreadable-file'
  | 'unknown';

/** Findings belong to the engine; the host seam re-exports the type so shells import one place. */
export type { Finding };
