import { cellAddress, parseCellAddress, quoteSheetName } from '../core/address';
import { looksLikeDateFormat } from '../core/numberFormats';
import { SUMMARY_SHEET_NAME } from '../core/footprint';
import { readStoredSettings } from '../core/storedSettings';
import type { JacSettings, WorkbookCells } from '../core/types';
import { HostError, type CellsChange, type RefreshResults, type WorkbookHost, type WriteReport } from '../host/WorkbookHost';
import { parseA1Range, type Rect } from './a1Range';
import type { WorkbookBytes } from './ooxml/openPackage';
import type { SheetEntry } from './ooxml/workbookPart';
import { WorkbookFile } from './ooxml/WorkbookFile';
import { parseTypedInput } from './typedInput';
import { editRefusal, typeIntoCell } from './write/typeIntoCell';
import { writeDataSheet, writeResults } from './write/writeResults';

/** The selected cell, 0-based, with its A1 address as findings write it. */
export interface Selection {
  sheet: string;
  row: number;
  column: number;
  address: string;
  /** When a range was selected: all of it (the cell above is its first, Excel's active cell). */
  range?: Rect;
}

/** What a page showing the workbook needs to hear about, to redraw. */
export type FileHostEvent =
  /** A person edited cells (editCell); the same change the pane's onCellsChanged listeners get. */
  | { type: 'cells-changed'; change: CellsChange }
  /** The add-in wrote its summary and rules (writeResults) or saved settings: redraw the sheets. */
  | { type: 'workbook-written' }
  /** Another workbook was opened (open): start again from its first sheet. */
  | { type: 'workbook-opened' }
  /** selectCell or showSummary moved the selection or brought a sheet to the front. */
  | { type: 'selection-changed'; selection: Selection | null; activeSheet: string };

export interface FileHostOptions {
  /** Shown in logs and the pane's footer; "File" by default, the preview passes "Preview". */
  kind?: string;
  /** Sentences the pane shows about what this host cannot do. */
  limitations?: string[];
}

/**
 * The host seam over a workbook file held in memory as its package: the command line's --out and the browser
 * preview use it, so the pane works on a file exactly as it works in Excel.
 *
 * - readWorkbook / writeResults: the file shell's reader (WorkbookFile) and writer (write/writeResults), which
 *   edits only the add-in's parts of the package; save() gives the file back with every other part as it came.
 * - Settings live in the add-in's very hidden data sheet ("JAC Data"), the same record the add-in keeps in Excel.
 * - selectCell / showSummary record the selection and active sheet and tell `subscribe` listeners, which the
 *   preview's grid follows.
 * - editCell stands in for a person typing into a cell: it stores the value as a UK Excel would, then calls
 *   onCellsChanged listeners with the new values, as Excel's change event does. The add-in's own writes never
 *   call them.
 *
 * @example
 * const host = await FileHost.open(bytes, { kind: 'Preview' });
 * host.subscribe((event) => redraw(host.file, event));
 * await refreshSummary(host, settings, today);
 * host.editCell("'Audit Actions'!D5", '30/02/2024');
 * const file = await host.save();
 */
export class FileHost implements WorkbookHost {
  readonly kind: string;
  private current: WorkbookFile;
  private changeListeners = new Set<(change: CellsChange) => void>();
  private eventListeners = new Set<(event: FileHostEvent) => void>();
  private selected: Selection | null = null;
  private active: string;

  constructor(
    file: WorkbookFile,
    private readonly options: FileHostOptions = {},
  ) {
    this.kind = options.kind ?? 'File';
    this.current = file;
    this.active = firstVisibleSheet(file);
  }

  /** Open workbook bytes; throws HostError("unreadable-file") with a message to show when they are not a workbook. */
  static async open(bytes: WorkbookBytes, options: FileHostOptions = {}): Promise<FileHost> {
    return new FileHost(WorkbookFile.open(bytes), options);
  }

  /** The workbook as it stands, for drawing it. Treat it as read-only: change cells through editCell. */
  get file(): WorkbookFile {
    return this.current;
  }

  get selection(): Selection | null {
    return this.selected;
  }

  /** The sheet in front (a grid shows this tab). */
  get activeSheet(): string {
    return this.active;
  }

  /** Replace the workbook with another file's, keeping listeners (the pane stays subscribed). */
  async open(bytes: WorkbookBytes): Promise<void> {
    this.current = WorkbookFile.open(bytes);
    this.selected = null;
    this.active = firstVisibleSheet(this.current);
    this.emit({ type: 'workbook-opened' });
  }

  /** The workbook's bytes: the file opened, plus edits, plus the add-in's parts, every other part as it came. */
  async save(): Promise<Uint8Array> {
    return this.current.pkg.write();
  }

  /** Bring a sheet to the front, as clicking its tab does. */
  activateSheet(sheet: string): void {
    this.active = this.requireSheet(sheet).name;
    this.emit({ type: 'selection-changed', selection: this.selected, activeSheet: this.active });
  }

  async readWorkbook(): Promise<WorkbookCells> {
    return this.current.cells();
  }

  async writeResults(results: RefreshResults): Promise<WriteReport> {
    const { notes } = this.change(() => writeResults(this.current, results, this.current.stored()));
    this.emit({ type: 'workbook-written' });
    return { notes };
  }

  async selectCell(address: string): Promise<void> {
    // A range's first cell is the active one; sheet names cannot contain ":", so the split is safe.
    const parsed = parseCellAddress(address.split(':')[0]);
    const rect = parseA1Range(address.slice(address.lastIndexOf('!') + 1));
    if (!parsed || parsed.sheet === '' || !rect) {
      throw new HostError('unknown', `"${address}" is not a cell address with its sheet, such as Actions!D4.`);
    }
    const sheet = this.requireSheet(parsed.sheet).name;
    const range = rect.bottom > rect.top || rect.right > rect.left ? { range: rect } : {};
    this.selected = { sheet, row: parsed.row, column: parsed.column, address: cellAddress(sheet, parsed.row, parsed.column), ...range };
    this.active = sheet;
    this.emit({ type: 'selection-changed', selection: this.selected, activeSheet: this.active });
  }

  async showSummary(): Promise<void> {
    const summary = this.current.sheet(SUMMARY_SHEET_NAME);
    if (!summary) {
      throw new HostError('table-not-found', 'There is no summary sheet yet. Select Refresh summary to create it.');
    }
    this.active = summary.name;
    this.emit({ type: 'selection-changed', selection: this.selected, activeSheet: summary.name });
  }

  async onCellsChanged(listener: (change: CellsChange) => void): Promise<() => Promise<void>> {
    this.changeListeners.add(listener);
    return async () => {
      this.changeListeners.delete(listener);
    };
  }

  async loadSettings(): Promise<Partial<JacSettings> | null> {
    const stored = this.current.stored().settings;
    return stored === null ? null : readStoredSettings(stored);
  }

  async saveSettings(settings: JacSettings): Promise<void> {
    this.change(() => writeDataSheet(this.current, { ...this.current.stored(), settings: { ...settings } }));
    this.emit({ type: 'workbook-written' });
  }

  async limitations(): Promise<string[]> {
    return [...(this.options.limitations ?? [])];
  }

  /** Listen to everything a page drawing the workbook needs; returns the unsubscribe function. */
  subscribe(listener: (event: FileHostEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => {
      this.eventListeners.delete(listener);
    };
  }

  /**
   * Why Excel would refuse to let a person type into this cell (a protected sheet, part of an array formula or the
   * cell a shared formula is defined in), or null when it can be edited.
   */
  editRefusal(sheet: string, row: number, column: number): string | null {
    const entry = this.requireSheet(sheet);
    return editRefusal(entry.name, this.current.content(entry), row, column);
  }

  /**
   * A person types `text` into one cell (given as `Sheet!A1` or 0-based coordinates) and presses Enter.
   * The value is stored as a UK Excel stores typed input (see parseTypedInput); a date keeps the cell's own date
   * format or gets dd/mm/yyyy. Every other part of the cell's style is left alone. Listeners then get the change
   * with the value read back as Excel returns it (a date as its serial), exactly like Excel's onChanged.
   */
  editCell(target: string | { sheet: string; row: number; column: number }, text: string): CellsChange {
    const where = typeof target === 'string' ? parseCellAddress(target) : target;
    if (!where || where.sheet === '') {
      throw new HostError('unknown', `"${String(target)}" is not a cell address with its sheet, such as Actions!D4.`);
    }
    const entry = this.requireSheet(where.sheet);
    const refusal = this.editRefusal(entry.name, where.row, where.column);
    if (refusal) throw new HostError('sheet-protected', refusal);
    const typed = parseTypedInput(text);
    this.change(() => typeIntoCell(this.current, entry, where.row, where.column, typed, looksLikeDateFormat));
    const change: CellsChange = {
      sheet: entry.name,
      top: where.row,
      left: where.column,
      bottom: where.row,
      right: where.column,
      values: [[typed.value ?? '']],
    };
    for (const listener of [...this.changeListeners]) listener(change);
    this.emit({ type: 'cells-changed', change });
    return change;
  }

  /** Runs a change to the package; if it fails part-way the package goes back to how it was, and the error goes on. */
  private change<T>(edit: () => T): T {
    const snapshot = this.current.pkg.snapshot();
    try {
      return edit();
    } catch (error) {
      this.current.pkg.restore(snapshot);
      this.current.changed(this.current.sheets.flatMap((sheet) => (sheet.part ? [sheet.part] : [])));
      if (error instanceof HostError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new HostError('unknown', `The workbook could not be changed: ${reason}`);
    }
  }

  private requireSheet(name: string): SheetEntry {
    const sheet = this.current.sheet(name);
    if (!sheet) throw new HostError('table-not-found', `The sheet ${quoteSheetName(name)} is not in this workbook any more.`);
    return sheet;
  }

  private emit(event: FileHostEvent): void {
    for (const listener of [...this.eventListeners]) listener(event);
  }
}

function firstVisibleSheet(file: WorkbookFile): string {
  return (file.sheets.find((sheet) => sheet.state === 'visible') ?? file.sheets[0])?.name ?? '';
}
