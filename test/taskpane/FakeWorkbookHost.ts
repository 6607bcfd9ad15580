import type { CellValue, JacSettings, WorkbookCells } from '../../src/core/types';
import { EMPTY_STORED_DATA } from '../../src/core/dataSheet';
import type { CellsChange, RefreshResults, StartupState, WorkbookHost, WriteReport } from '../../src/host/WorkbookHost';

type Method = Exclude<keyof WorkbookHost, 'kind' | 'exclusive' | 'getStartup' | 'setStartup'>;

/** A promise a test resolves when it wants a host call to finish, to look at the pane while it waits. */
export interface Gate {
  release(): void;
}

/**
 * An in-memory workbook behind the host seam, for component tests: it records what the pane asked for (writes,
 * selections, saved settings), can hold a call open or make it fail, and turns test edits into change events
 * the way Excel does. It computes nothing itself: the pane's real controller and the real engine do the work.
 */
export class FakeWorkbookHost implements WorkbookHost {
  readonly kind = 'Test workbook';
  readonly written: RefreshResults[] = [];
  readonly selected: string[] = [];
  readonly saved: JacSettings[] = [];
  summaryShown = 0;
  /** What writeResults reports it could not do alongside the summary. */
  writeNotes: string[] = [];
  reads = 0;
  private readonly listeners = new Set<(change: CellsChange) => void>();
  private readonly failures = new Map<Method, unknown[]>();
  private readonly gates = new Map<Method, Promise<void>[]>();
  private readonly unsubscribeFailures: unknown[] = [];

  constructor(
    private cells: WorkbookCells,
    private stored: Partial<JacSettings> | null = null,
    /** What limitations() answers; a test may change it, as saving settings can change it in Excel. */
    public limitationTexts: string[] = [],
  ) {}

  /** The next call of `method` throws `error` (once per call to failNext). */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /** The next unsubscribe from edits throws `error` and leaves the listener subscribed, as a failed Excel.run would. */
  failNextUnsubscribe(error: unknown): void {
    this.unsubscribeFailures.push(error);
  }

  /** The next call of `method` waits until the returned gate is released. */
  hold(method: Method): Gate {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.gates.set(method, [...(this.gates.get(method) ?? []), gate]);
    return { release };
  }

  /** What setStartup was asked, in order. */
  readonly startupAsked: boolean[] = [];
  getStartup?: () => Promise<StartupState>;
  setStartup?: (startWithWorkbook: boolean) => Promise<StartupState>;

  /** Behave as Excel's shared runtime does: the workbook starts the add-in or not, and the pane may change that. */
  offerStartup(initial: StartupState): this {
    let now = initial;
    this.getStartup = async () => now;
    this.setStartup = async (startWithWorkbook) => {
      this.startupAsked.push(startWithWorkbook);
      now = startWithWorkbook ? 'with-workbook' : 'on-demand';
      return now;
    };
    return this;
  }

  /** A choice from an in-cell dropdown on the web: the cell changes and nobody hears of it (office-js 3888, 4066). */
  silentEdit(sheetName: string, row: number, column: number, value: CellValue): void {
    this.setCell(sheetName, row, column, value);
  }

  /** Rows inserted or deleted, or an edit the host could not read: listeners are told to trust nothing they kept. */
  invalidate(why: 'moved' | 'unreadable' = 'moved'): void {
    for (const listener of this.listeners) listener({ kind: 'invalidated', why });
  }

  /** A user types `value` into one cell: the workbook changes and listeners hear about it, as in Excel. */
  edit(sheetName: string, row: number, column: number, value: CellValue): void {
    this.setCell(sheetName, row, column, value);
    const change: CellsChange = { sheet: sheetName, top: row, left: column, bottom: row, right: column, values: [[value]] };
    for (const listener of this.listeners) listener(change);
  }

  private setCell(sheetName: string, row: number, column: number, value: CellValue): void {
    const sheet = this.cells.sheets.find((candidate) => candidate.name === sheetName);
    if (!sheet) throw new Error(`The fake workbook has no sheet ${sheetName}.`);
    const r = row - sheet.originRow;
    const c = column - sheet.originColumn;
    while (sheet.values.length <= r) sheet.values.push([]);
    while (sheet.values[r].length <= c) sheet.values[r].push('');
    sheet.values[r][c] = value;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async readWorkbook(): Promise<WorkbookCells> {
    await this.enter('readWorkbook');
    this.reads += 1;
    // A copy, as a real host hands over fresh arrays on every read.
    return JSON.parse(JSON.stringify(this.cells)) as WorkbookCells;
  }

  async writeResults(results: RefreshResults): Promise<WriteReport> {
    await this.enter('writeResults');
    this.written.push(results);
    // Kept with the workbook as a real host keeps it in the data sheet, for the next refresh's read; recorded papers
    // are replaced only when the refresh recorded one, and otherwise left as they are.
    const stored = this.cells.stored ?? EMPTY_STORED_DATA;
    this.cells.stored = { ...stored, lastRefresh: results.lastRefresh, papers: results.papers ?? stored.papers };
    return { notes: [...this.writeNotes] };
  }

  async selectCell(address: string): Promise<void> {
    await this.enter('selectCell');
    this.selected.push(address);
  }

  async showSummary(): Promise<void> {
    await this.enter('showSummary');
    this.summaryShown += 1;
  }

  async onCellsChanged(listener: (change: CellsChange) => void): Promise<() => Promise<void>> {
    await this.enter('onCellsChanged');
    this.listeners.add(listener);
    return async () => {
      const failure = this.unsubscribeFailures.shift();
      if (failure !== undefined) throw failure;
      this.listeners.delete(listener);
    };
  }

  async loadSettings(): Promise<Partial<JacSettings> | null> {
    await this.enter('loadSettings');
    return this.stored;
  }

  async saveSettings(settings: JacSettings): Promise<void> {
    await this.enter('saveSettings');
    this.saved.push(settings);
    this.stored = settings;
  }

  async limitations(): Promise<string[]> {
    await this.enter('limitations');
    return this.limitationTexts;
  }

  private async enter(method: Method): Promise<void> {
    const gate = this.gates.get(method)?.shift();
    if (gate) await gate;
    const failure = this.failures.get(method)?.shift();
    if (failure !== undefined) throw failure;
  }
}
