/**
 * The host seam over Office.js. Each method is one Excel.run whose body is adapter functions taking the request
 * context, so tests drive the same code with a mock context. Failures leave here as HostErrors.
 *
 * One host serves the ribbon command and the task pane (a shared runtime), so its work is serialised: a whole
 * refresh (read, then write) runs under `exclusive`, and every other call waits its turn, so two refreshes never
 * build side by side and a write never uses what another refresh read.
 */
import { highlightRules } from '../core/highlightRules';
import type { ActionField, JacSettings, LocatedTable, PlanField, TrackerWords } from '../core/types';
import { inCellValidation } from '../core/inCellValidation';
import { HostError, type CellsChange, type RefreshResults, type StartupState, type WorkbookHost, type WriteReport } from '../host/WorkbookHost';
import { isOwnedSheet, SUMMARY_SHEET_NAME } from '../core/footprint';
import { subscribeToChanges, type RunBatch } from './changeEvents';
import { realSleep, toHostError, withOneRetry, type Sleep } from './officeErrors';
import { readWorkbookCells } from './readWorkbookCells';
import type { WorkbookState } from './workbookState';
import { describeLimitations, detectCapabilities, officeIsSetSupported, type Capabilities, type IsSetSupported } from './requirements';
import type { InCellValidationSpec } from './ruleReads';
import { selectCell, showSummary } from './selectCell';
import { loadSettings, saveSettings } from './settings';
import { officeStartup, type StartupControl } from './startup';
import { writeResults, type WritePlan } from './writeResults';
import { buildingName } from './writeSummarySheet';

export interface ExcelHostDeps {
  /** Excel.run with a new context (Excel's own asks it to wait while a cell is being edited); tests hand over a mock. */
  run: RunBatch;
  /** Excel.run(context, batch): event handlers must be removed in the context they were added in. */
  runIn: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: IsSetSupported;
  sleep?: Sleep;
  now?: () => number;
  /** Office.addin's startup behaviour; a test passes one that records what was asked. */
  startup?: StartupControl;
  /** Bytes one write request may carry before the summary is written in chunks (writeResults.ts); tests lower it. */
  writeBudgetBytes?: number;
  /** Excel on the web, where an internal error may mean a request too large (officeErrors.ts). */
  onTheWeb?: boolean;
  /** A name unique to each build, so two builds never share a sheet aside; tests make it predictable. */
  newBuildId?: () => string;
}

/** Excel raises change events for a write shortly after the batch returns; ignore them for this long. */
const OWN_WRITE_GRACE_MS = 1000;

let builds = 0;
/** Six base-36 characters from the clock and a counter: unique enough within a workbook, short enough for a name. */
export function newBuildId(): string {
  builds = (builds + 1) % 1296;
  return (Date.now() % 1679616).toString(36).padStart(4, '0') + builds.toString(36).padStart(2, '0');
}

export class ExcelHost implements WorkbookHost {
  readonly kind = 'Excel';
  readonly capabilities: Capabilities;
  /** What the last read saw of the workbook, so the write that follows needs no read of its own. */
  private state: WorkbookState | null = null;
  /** The summary's name as the workbook spells it. */
  private summarySheet = SUMMARY_SHEET_NAME;
  private writingUntil = 0;
  /** Set when Excel claimed SharedRuntime 1.1 but would not start the add-in with the workbook, for limitations(). */
  private startupRefused = false;
  /** The work queue: each call starts when the one before has finished. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The same host for use inside `exclusive`, whose calls must not wait for the work they are part of. */
  private readonly inside: WorkbookHost;

  constructor(private readonly deps: ExcelHostDeps) {
    this.capabilities = detectCapabilities(deps.isSetSupported);
    this.inside = {
      kind: this.kind,
      readWorkbook: () => this.read(),
      writeResults: (results) => this.write(results),
      selectCell: (address) => this.batch((context) => selectCell(context, address)),
      showSummary: () => this.batch((context) => showSummary(context, this.summarySheet)),
      onCellsChanged: (listener) => this.onCellsChanged(listener),
      loadSettings: () => this.batch((context) => loadSettings(context, this.capabilities.workbookProtection)),
      saveSettings: (settings) => this.batch((context) => saveSettings(context, settings, this.capabilities.workbookProtection)),
      limitations: () => this.limitations(),
    };
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  exclusive<T>(work: (host: WorkbookHost) => Promise<T>): Promise<T> {
    return this.locked(() => work(this.inside));
  }

  private batch<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return withOneRetry(() => this.deps.run(body), this.deps.sleep ?? realSleep);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  readWorkbook() {
    return this.locked(() => this.read());
  }

  private async read() {
    const options = { workbookProtection: this.capabilities.workbookProtection, onTheWeb: this.deps.onTheWeb };
    const snapshot = await this.batch((context) => readWorkbookCells(context, options));
    this.state = snapshot.state;
    return snapshot.cells;
  }

  writeResults(results: RefreshResults): Promise<WriteReport> {
    return this.locked(() => this.write(results));
  }

  private async write(results: RefreshResults): Promise<WriteReport> {
    const actions = results.tables.actions;
    const rules = actions ? highlightRules(actions, results.words) : null;
    const wanted = {
      conditionalFormats: actions && rules ? { sheet: actions.sheet, ...rules } : null,
      inCellValidation: !this.capabilities.inCellValidation
        ? null
        : results.inCellValidation
          ? inCellValidationSpecs(results.tables.plan, actions, results.words)
          : [],
    };
    const known = this.state;
    this.state = null;
    const started: string[] = [];
    this.writingUntil = Number.POSITIVE_INFINITY;
    try {
      const outcome = await this.batch(async (context) => {
        // Called without a read first (not the refresh's way): learn what the workbook holds, at the cost of a read.
        const state = known ?? (await readWorkbookCells(context, { workbookProtection: this.capabilities.workbookProtection })).state;
        const plan: WritePlan = {
          layout: results.layout,
          lastRefresh: results.lastRefresh,
          papers: results.papers,
          buildId: (this.deps.newBuildId ?? newBuildId)(),
          ...wanted,
        };
        // The names a failure may leave behind: this build's, its retry's and its chunked restarts'.
        started.push(...['', 'r', '-1', '-2', '-3'].map((suffix) => buildingName(plan.buildId + suffix)));
        return writeResults(context, plan, state, {
          features: {
            copyFrom: this.capabilities.rangeAreas,
            standardHeight: this.capabilities.workbookProtection,
            rangeAreas: this.capabilities.rangeAreas,
            charts: this.capabilities.charts,
            chartAxisFormat: this.capabilities.chartAxisFormat,
            printSetup: this.capabilities.printSetup,
          },
          budgetBytes: this.deps.writeBudgetBytes,
          onTheWeb: this.deps.onTheWeb,
        });
      });
      this.summarySheet = results.layout.sheetName;
      return { notes: outcome.notes };
    } catch (error) {
      await this.removeHalfBuilt(started);
      throw toHostError(error);
    } finally {
      this.writingUntil = this.now() + OWN_WRITE_GRACE_MS;
    }
  }

  /** After a failed write, this build's sheets aside are its own to remove; if even that fails, the next refresh does. */
  private async removeHalfBuilt(names: string[]): Promise<void> {
    if (names.length === 0) return;
    try {
      await this.deps.run(async (context) => {
        const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
        await context.sync();
        const found = sheets.filter((sheet) => !sheet.isNullObject);
        if (found.length === 0) return;
        for (const sheet of found) sheet.delete();
        await context.sync();
      });
    } catch {
      // Left for the next refresh, which deletes leftovers before building.
    }
  }

  selectCell(address: string): Promise<void> {
    return this.locked(() => this.inside.selectCell(address));
  }

  showSummary(): Promise<void> {
    return this.locked(() => this.inside.showSummary());
  }

  async onCellsChanged(listener: (change: CellsChange) => void): Promise<() => Promise<void>> {
    // Without the event (ExcelApi 1.9) there is nothing to subscribe to; limitations() tells the user.
    if (!this.capabilities.liveChecking) return async () => {};
    const filter = { isOwnSheet: isOwnedSheet, isWriting: () => this.now() < this.writingUntil };
    const registration = await this.batch((context) => subscribeToChanges(context, this.deps.run, filter, listener));
    return async () => {
      try {
        await this.deps.runIn(registration.context as Excel.RequestContext, async (context) => {
          registration.remove();
          await context.sync();
        });
      } catch (error) {
        throw toHostError(error);
      }
    };
  }

  loadSettings(): Promise<Partial<JacSettings> | null> {
    return this.locked(() => this.inside.loadSettings());
  }

  /** Stores the settings in the data sheet; whether the add-in starts with the workbook is setStartup's alone. */
  saveSettings(settings: JacSettings): Promise<void> {
    return this.locked(() => this.inside.saveSettings(settings));
  }

  async getStartup(): Promise<StartupState> {
    if (!this.capabilities.loadOnOpen) return 'unknown';
    return (this.deps.startup ?? officeStartup).get();
  }

  /**
   * The user's explicit choice, from Settings. Where Office cannot or will not change it, limitations() says so and
   * the state in force is returned as it is.
   */
  async setStartup(startWithWorkbook: boolean): Promise<StartupState> {
    if (!this.capabilities.loadOnOpen) return 'unknown';
    const control = this.deps.startup ?? officeStartup;
    let applied: boolean;
    try {
      applied = await control.set(startWithWorkbook);
    } catch {
      applied = false;
    }
    this.startupRefused = !applied;
    return control.get();
  }

  async limitations(): Promise<string[]> {
    const sentences = describeLimitations(this.capabilities);
    if (this.startupRefused) {
      sentences.push('Excel did not let the add-in change whether it starts with this workbook. Open the Audit tracker pane to check edits.');
    }
    return sentences;
  }
}

/** Core's in-cell validation rules, each with the table and header that find its column again after rows move. */
function inCellValidationSpecs(
  plan: LocatedTable<PlanField> | null,
  actions: LocatedTable<ActionField> | null,
  words: TrackerWords | undefined,
): InCellValidationSpec[] {
  return inCellValidation(plan, actions, words).map((rule) => {
    const table = (rule.table === 'plan' ? plan : actions) as LocatedTable<string> | null;
    return {
      sheet: rule.sheet,
      range: rule.range,
      list: rule.list,
      message: rule.message,
      table: table?.tableName ?? null,
      header: rule.header,
    };
  });
}

let shared: ExcelHost | null = null;

/**
 * The runtime's one ExcelHost over the real Excel: the ribbon command and the task pane share it (shared runtime), so
 * they share its work queue, what the last read learnt and one set of change handlers. Call after Office has loaded.
 */
export function createExcelHost(): ExcelHost {
  if (typeof Excel === 'undefined') {
    throw new HostError('unsupported', 'Excel is not available here. Open the add-in from Excel.');
  }
  shared ??= new ExcelHost({
    // Excel waits for the user to leave a cell being edited rather than failing the batch (Excel.RunOptions).
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: officeIsSetSupported(),
    onTheWeb: typeof Office !== 'undefined' && Office.context?.platform === Office.PlatformType.OfficeOnline,
  });
  return shared;
}
