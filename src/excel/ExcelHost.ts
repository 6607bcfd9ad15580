/**
 * The host seam over Office.js. Each method is one Excel.run whose body is adapter functions taking the request
 * context, so tests drive the same code with a mock context. Failures leave here as HostErrors; a cell in edit mode is
 * retried once by itself.
 */
import { highlightRules } from '../core/highlightRules';
import type { JacSettings } from '../core/types';
import { dataValidationRules } from '../core/validationRules';
import { HostError, type CellsChange, type RefreshResults, type WorkbookHost, type WriteReport } from '../host/WorkbookHost';
import { subscribeToChanges, type RunBatch } from './changeEvents';
import { realSleep, toHostError, withEditModeRetry, type Sleep } from './officeErrors';
import { BUILDING_SUFFIX, isOwnSheet, readWorkbookCells, SUMMARY_SHEET, type WriteState } from './readWorkbookCells';
import { describeLimitations, detectCapabilities, officeIsSetSupported, type Capabilities, type IsSetSupported } from './requirements';
import { selectCell, showSummary } from './selectCell';
import { loadSettings, saveSettings } from './settings';
import { setLoadWithDocument, type SetLoadWithDocument } from './startup';
import { writeResults, type WritePlan } from './writeResults';

export interface ExcelHostDeps {
  /** Excel.run with a new context; a test passes one that hands over its mock context. */
  run: RunBatch;
  /** Excel.run(context, batch): event handlers must be removed in the context they were added in. */
  runIn: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: IsSetSupported;
  sleep?: Sleep;
  now?: () => number;
  /** Office.addin.setStartupBehavior behind startup.ts; a test passes one that records what was asked. */
  setLoadWithDocument?: SetLoadWithDocument;
  /** Bytes one write request may carry before the summary is written in chunks (writeResults.ts); tests lower it. */
  writeBudgetBytes?: number;
}

/** Excel raises change events for a write shortly after the batch returns; ignore them for this long. */
const OWN_WRITE_GRACE_MS = 1000;

export class ExcelHost implements WorkbookHost {
  readonly kind = 'Excel';
  readonly capabilities: Capabilities;
  /** What the last read saw of the add-in's rules, so the write that follows needs no read of its own. */
  private state: WriteState | null = null;
  private summarySheet = SUMMARY_SHEET;
  private writingUntil = 0;
  /** Set when Excel claimed SharedRuntime 1.1 but would not change the startup behaviour, for limitations(). */
  private startupRefused = false;

  constructor(private readonly deps: ExcelHostDeps) {
    this.capabilities = detectCapabilities(deps.isSetSupported);
  }

  private batch<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return withEditModeRetry(() => this.deps.run(body), this.deps.sleep ?? realSleep);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private readOptions() {
    return { dataValidation: this.capabilities.dataValidation, summarySheet: this.summarySheet };
  }

  async readWorkbook() {
    const snapshot = await this.batch((context) => readWorkbookCells(context, this.readOptions()));
    this.state = snapshot.state;
    return snapshot.cells;
  }

  async writeResults(results: RefreshResults): Promise<WriteReport> {
    this.summarySheet = results.layout.sheetName;
    const actions = results.tables.actions;
    const rules = actions ? highlightRules(actions, results.words) : null;
    const plan: WritePlan = {
      layout: results.layout,
      highlight: actions && rules ? { sheet: actions.sheet, ...rules } : null,
      validation: !this.capabilities.dataValidation
        ? null
        : results.dataValidation
          ? dataValidationRules(results.tables.plan, actions, results.words)
          : [],
    };
    const known = this.state;
    this.state = null;
    this.writingUntil = Number.POSITIVE_INFINITY;
    try {
      await this.batch(async (context) => {
        // Called without a read first (not the refresh's way): learn what the add-in owns, at the cost of a read.
        const state = known ?? (await readWorkbookCells(context, this.readOptions())).state;
        await writeResults(context, plan, state, { budgetBytes: this.deps.writeBudgetBytes });
      });
    } catch (error) {
      await this.removeHalfBuilt(results.layout.sheetName + BUILDING_SUFFIX);
      throw error;
    } finally {
      this.writingUntil = this.now() + OWN_WRITE_GRACE_MS;
    }
    return { notes: [] };
  }

  /** After a failed write, the half-built summary is ours to remove; if even that fails, the next refresh does it. */
  private async removeHalfBuilt(name: string): Promise<void> {
    try {
      await this.deps.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (!sheet.isNullObject) {
          sheet.delete();
          await context.sync();
        }
      });
    } catch {
      // Left for the next refresh, which deletes leftovers before building.
    }
  }

  selectCell(address: string): Promise<void> {
    return this.batch((context) => selectCell(context, address));
  }

  showSummary(): Promise<void> {
    return this.batch((context) => showSummary(context, this.summarySheet));
  }

  async onCellsChanged(listener: (change: CellsChange) => void): Promise<() => Promise<void>> {
    // Without the event (ExcelApi 1.9) there is nothing to subscribe to; limitations() tells the user.
    if (!this.capabilities.liveValidation) return async () => {};
    const filter = {
      isOwnSheet: (name: string) => isOwnSheet(name, this.summarySheet),
      isWriting: () => this.now() < this.writingUntil,
    };
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
    return this.batch((context) => loadSettings(context));
  }

  /**
   * Saves the settings in the workbook, then has Excel start the add-in with this workbook while "Check the data as
   * I edit" is on (and stop when it is off), so the change handlers keep checking with the pane closed. Starting is
   * pointless where Excel cannot report edits. Where Excel cannot start the add-in with the workbook at all, the
   * settings are still saved and limitations() says what is missing; saving does not fail over it.
   */
  async saveSettings(settings: JacSettings): Promise<void> {
    await this.batch((context) => saveSettings(context, settings));
    if (!this.capabilities.loadOnOpen) return;
    const load = settings.checkWhileEditing && this.capabilities.liveValidation;
    let applied: boolean;
    try {
      applied = await (this.deps.setLoadWithDocument ?? setLoadWithDocument)(load);
    } catch {
      applied = false;
    }
    // Failing to stop starting with the workbook costs only a load: with checking off, the runtime listens to nothing.
    this.startupRefused = load && !applied;
  }

  async limitations(): Promise<string[]> {
    const sentences = describeLimitations(this.capabilities);
    if (this.startupRefused) {
      sentences.push('Excel did not let the add-in start with this workbook, so open the Audit tracker pane to check edits after reopening it.');
    }
    return sentences;
  }
}

let shared: ExcelHost | null = null;

/**
 * The runtime's one ExcelHost over the real Excel: the ribbon command and the task pane share it (shared runtime), so
 * they share what the last read learnt and one set of change handlers. Call after Office.onReady.
 */
export function createExcelHost(): ExcelHost {
  if (typeof Excel === 'undefined') {
    throw new HostError('unsupported', 'Excel is not available here. Open the add-in from Excel.');
  }
  shared ??= new ExcelHost({
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: officeIsSetSupported(),
    setLoadWithDocument,
  });
  return shared;
}
