import type ExcelJS from 'exceljs';
import { cellAddress, parseCellAddress, quoteSheetName } from '../core/address';
import { looksLikeDateFormat } from '../core/dates';
import type { JacSettings, WorkbookCells } from '../core/types';
import { HostError, type CellsChange, type RefreshResults, type WorkbookHost, type WriteReport } from '../host/WorkbookHost';
import { parseA1Range, type Rect } from './a1Range';
import { toCellValue } from './cellValue';
import { loadWorkbook, saveWorkbook, type WorkbookBytes } from './loadWorkbook';
import { SUMMARY_SHEET_NAME } from './ownedSheets';
import { readWorkbookCells } from './readWorkbookCells';
import { readSavedSettings, writeSavedSettings } from './settingsSheet';
import { parseTypedInput } from './typedInput';
import { writeResults, type WriteOptions } from './writeResults';

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
  write?: WriteOptions;
}

/**
 * The host seam over an in-memory ExcelJS workbook: the command line's --out and the browser preview use it, so
 * the pane works on a file exactly as it works in Excel.
 *
 * - readWorkbook / writeResults: the file shell's reader and writer (`readWorkbookCells`, `writeResults`).
 * - Settings live in the very hidden sheet "JAC Settings" as JSON, so they travel with the downloaded file.
 * - selectCell / showSummary record the selection and active sheet and tell `subscribe` listeners, which the
 *   preview's grid follows.
 * - editCell stands in for a person typing into a cell: it stores the value as a UK Excel would, then calls
 *   onCellsChanged listeners with the new values, as Excel's change event does. The add-in's own writes never
 *   call them.
 *
 * @example
 * const host = await FileHost.open(bytes, { kind: 'Preview' });
 * host.subscribe((event) => redraw(host.workbook, event));
 * await refreshSummary(host, settings, today);
 * host.editCell("'Audit Actions'!D5", '30/02/2024');
 * const file = await host.save();
 */
export class FileHost implements WorkbookHost {
  readonly kind: string;
  private current: ExcelJS.Workbook;
  private changeListeners = new Set<(change: CellsChange) => void>();
  private eventListeners = new Set<(event: FileHostEvent) => void>();
  private selected: Selection | null = null;
  private active: string;

  constructor(
    workbook: ExcelJS.Workbook,
    private readonly options: FileHostOptions = {},
  ) {
    this.kind = options.kind ?? 'File';
    this.current = workbook;
    this.active = firstVisibleSheet(workbook);
  }

  /** Open .xlsx bytes; throws HostError("unreadable-file") with a message to show when they are not a workbook. */
  static async open(bytes: WorkbookBytes, options: FileHostOptions = {}): Promise<FileHost> {
    return new FileHost(await loadWorkbook(bytes), options);
  }

  /** The workbook as it stands, for drawing it. Treat it as read-only: change cells through editCell. */
  get workbook(): ExcelJS.Workbook {
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
    this.current = await loadWorkbook(bytes);
    this.selected = null;
    this.active = firstVisibleSheet(this.current);
    this.emit({ type: 'workbook-opened' });
  }

  /** The workbook as .xlsx bytes, with the summary, rules and settings, as the command line's --out writes it. */
  save(): Promise<Uint8Array> {
    return saveWorkbook(this.current);
  }

  /** Bring a sheet to the front, as clicking its tab does. */
  activateSheet(sheet: string): void {
    this.requireSheet(sheet);
    this.active = sheet;
    this.emit({ type: 'selection-changed', selection: this.selected, activeSheet: sheet });
  }

  async readWorkbook(): Promise<WorkbookCells> {
    return readWorkbookCells(this.current);
  }

  async writeResults(results: RefreshResults): Promise<WriteReport> {
    writeResults(this.current, results, this.options.write);
    this.emit({ type: 'workbook-written' });
    return { notes: [] };
  }

  async selectCell(address: string): Promise<void> {
    // A range's first cell is the active one; sheet names cannot contain ":", so the split is safe.
    const parsed = parseCellAddress(address.split(':')[0]);
    const rect = parseA1Range(address.slice(address.lastIndexOf('!') + 1));
    if (!parsed || parsed.sheet === '' || !rect) {
      throw new HostError('unknown', `"${address}" is not a cell address with its sheet, such as Actions!D4.`);
    }
    this.requireSheet(parsed.sheet);
    const range = rect.bottom > rect.top || rect.right > rect.left ? { range: rect } : {};
    this.selected = { ...parsed, address: cellAddress(parsed.sheet, parsed.row, parsed.column), ...range };
    this.active = parsed.sheet;
    this.emit({ type: 'selection-changed', selection: this.selected, activeSheet: this.active });
  }

  async showSummary(): Promise<void> {
    const name = this.summarySheetName();
    if (!name) {
      throw new HostError('table-not-found', 'There is no summary sheet yet. Select Refresh summary to create it.');
    }
    this.active = name;
    this.emit({ type: 'selection-changed', selection: this.selected, activeSheet: name });
  }

  async onCellsChanged(listener: (change: CellsChange) => void): Promise<() => Promise<void>> {
    this.changeListeners.add(listener);
    return async () => {
      this.changeListeners.delete(listener);
    };
  }

  async loadSettings(): Promise<Partial<JacSettings> | null> {
    return readSavedSettings(this.current);
  }

  async saveSettings(settings: JacSettings): Promise<void> {
    writeSavedSettings(this.current, settings);
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
    const worksheet = this.requireSheet(where.sheet);
    const cell = worksheet.getCell(where.row + 1, where.column + 1);
    const typed = parseTypedInput(text);
    cell.value = typed.value;
    if (typed.numberFormat && !looksLikeDateFormat(cell.numFmt)) cell.numFmt = typed.numberFormat;
    const change: CellsChange = {
      sheet: where.sheet,
      top: where.row,
      left: where.column,
      bottom: where.row,
      right: where.column,
      values: [[toCellValue(cell.value)]],
    };
    for (const listener of [...this.changeListeners]) listener(change);
    this.emit({ type: 'cells-changed', change });
    return change;
  }

  private summarySheetName(): string | null {
    const names = this.current.worksheets.map((ws) => ws.name);
    return names.includes(SUMMARY_SHEET_NAME) ? SUMMARY_SHEET_NAME : null;
  }

  private requireSheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.current.getWorksheet(name);
    if (!worksheet) {
      throw new HostError('table-not-found', `The sheet ${quoteSheetName(name)} is not in this workbook any more.`);
    }
    return worksheet;
  }

  private emit(event: FileHostEvent): void {
    for (const listener of [...this.eventListeners]) listener(event);
  }
}

function firstVisibleSheet(workbook: ExcelJS.Workbook): string {
  const visible = workbook.worksheets.find((ws) => ws.state === 'visible' || ws.state === undefined);
  return (visible ?? workbook.worksheets[0])?.name ?? '';
}
