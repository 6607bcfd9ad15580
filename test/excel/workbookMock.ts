/**
 * An Excel.RequestContext stand-in over WorkbookCells, built from office-addin-mock's OfficeMockObject so reading a
 * property that was not loaded, or not yet synced, gives Office's error strings ("Error, property was not loaded",
 * "Error, context.sync() was not called") instead of data. On top of that it:
 *   - counts context.sync() calls;
 *   - records every property set and every write-like method call (add, delete, clear, merge, select, activate),
 *     with the sheet it landed on and whether the add-in created that sheet;
 *   - can refuse a sync whose loaded cells pass a limit, as Excel on the web's 5 MB response cap does;
 *   - measures the values and number formats each sync sends, and can refuse a batch whose bytes pass a limit, as
 *     Excel on the web's 5 MB request cap does;
 *   - keeps registered change handlers so a test can fire edits.
 * Used by the Office.js shell's tests and by bench/officeRefresh.ts.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { quoteSheetName } from '../../src/core/address';
import type { ExcelTableInfo, SheetCells, WorkbookCells } from '../../src/core/types';
import { parseRangeAddress, rangeA1, SHEET_COLUMNS, SHEET_ROWS, type RangeRect } from '../../src/excel/rangeAddress';

export const NOT_LOADED = 'Error, property was not loaded';
export const NOT_SYNCED = 'Error, context.sync() was not called';

export interface MockConditionalFormat {
  sheet: string;
  id: string;
  /** 'Custom' for formula rules; anything else ('CellValue', 'ColorScale'...) for other kinds. */
  type: string;
  /** '' for kinds without a formula. */
  formula: string;
}

export interface MockOptions {
  conditionalFormats?: MockConditionalFormat[];
  /** Columns (0-based) that already carry data validation. */
  validatedColumns?: { sheet: string; column: number }[];
  /** Workbook settings already stored, key -> JSON text. */
  settings?: Record<string, string>;
  /** The sheet in front; the first sheet when not given. */
  activeSheet?: string;
  /** Refuse a sync whose loaded values and number formats pass this many cells (ResponsePayloadSizeLimitExceeded). */
  responseCellLimit?: number;
  /** Make sync number `at` (1-based) fail with `error`. */
  failSync?: { at: number; error: Error };
  /**
   * Fail the first queued write that matches, as Excel does mid-batch: what was queued before it is applied, it and
   * everything after it in the batch are not, and the batch's sync throws `error`.
   */
  failOn?: { match: (write: Recorded) => boolean; error: Error };
  /**
   * Refuse a batch whose values and number formats written pass this many bytes as JSON, as Excel on the web's 5 MB
   * request cap does (RequestPayloadSizeLimitExceeded). Harsher than Excel, which refuses the whole request: here the
   * writes queued before the one that passed the limit are applied, as with failOn.
   */
  requestByteLimit?: number;
}

/** One write: a property set or a write-like call, where it landed. */
export interface Recorded {
  /** The sheet's name when written (null for workbook settings and the runtime). */
  sheet: string | null;
  /** True when the add-in itself added the sheet in this session. */
  addinSheet: boolean;
  /** What was written to, e.g. `range A1:D9`, `range C2:C8 dataValidation`, `sheet`, `settings`. */
  target: string;
  kind: 'set' | 'call';
  name: string;
  value: unknown;
}

interface SheetState {
  id: string;
  name: string;
  position: number;
  cells: SheetCells | null;
  addedByAddin: boolean;
  proxy?: Excel.Worksheet;
}

/** A write-only stand-in: every property is another one, every call returns another one. */
type Loose = { [key: string]: Loose } & ((...args: unknown[]) => Loose);

/** Methods that change the workbook, recorded when called; others (getItem, getRange...) only navigate. */
const WRITE_METHODS = new Set(['add', 'delete', 'clear', 'merge', 'select', 'activate', 'remove', 'unmerge', 'clearAll']);

export class WorkbookMock {
  syncCount = 0;
  /** For each sync in turn, the bytes (JSON, UTF-8) of the values and number formats written in its batch. */
  readonly requestBytes: number[] = [];
  /** For each sync in turn, how many writes had been recorded when it was called (records before it are its or earlier). */
  readonly recordsAtSync: number[] = [];
  readonly records: Recorded[] = [];
  readonly handlers: ((event: unknown) => Promise<void>)[] = [];
  readonly settings = new Map<string, string>();
  readonly sheets: SheetState[];
  readonly context: Excel.RequestContext;
  private internal = 0;
  private readonly objects: OfficeMockObject[] = [];
  private pendingCells = 0;
  private pendingErrors: Error[] = [];
  private pendingRequestBytes = 0;
  /** Set when a queued write failed (failOn): the rest of the batch is dropped. */
  private batchFailed: Error | null = null;
  private failOnUsed = false;
  private onSync: (() => void)[] = [];
  private conditionalFormats: MockConditionalFormat[];
  private activeSheet: string;
  private nextSheetId = 1;

  constructor(
    workbook: WorkbookCells,
    private readonly options: MockOptions = {},
  ) {
    this.sheets = workbook.sheets.map((cells, position) => ({
      id: `{sheet-${this.nextSheetId++}}`,
      name: cells.name,
      position,
      cells,
      addedByAddin: false,
    }));
    this.conditionalFormats = [...(options.conditionalFormats ?? [])];
    for (const [key, value] of Object.entries(options.settings ?? {})) this.settings.set(key, value);
    this.activeSheet = options.activeSheet ?? this.sheets[0]?.name ?? '';
    this.context = this.makeContext();
  }

  /** Writes that did not land on a sheet the add-in created. */
  outsideAddinSheets(): Recorded[] {
    return this.records.filter((record) => !record.addinSheet);
  }

  /** Fires a change event at every registered handler, as Excel would after an edit. */
  async fireChange(event: { address: string; sheet: string; triggerSource?: string }): Promise<void> {
    const sheet = this.sheets.find((s) => s.name === event.sheet);
    const payload = { address: event.address, worksheetId: sheet?.id ?? '{gone}', triggerSource: event.triggerSource, changeType: 'RangeEdited', source: 'Local' };
    for (const handler of this.handlers) await handler(payload);
  }

  /** Records a write; false when the batch has already failed, so the caller must not apply it. */
  private record(where: { sheet: SheetState | null; target: string }, kind: Recorded['kind'], name: string, value: unknown): boolean {
    if (this.internal > 0) return true;
    if (this.batchFailed) return false;
    // Writes through an item that does not exist only fail the batch (ItemNotFound); they land nowhere.
    if (where.target.startsWith('missing')) return false;
    const write: Recorded = {
      sheet: where.sheet?.name ?? null,
      addinSheet: where.sheet?.addedByAddin ?? false,
      target: where.target,
      kind,
      name,
      value,
    };
    if (this.options.failOn && !this.failOnUsed && this.options.failOn.match(write)) {
      this.failOnUsed = true;
      this.batchFailed = this.options.failOn.error;
      return false;
    }
    if (kind === 'set' && (name === 'values' || name === 'numberFormat' || name === 'formulas')) {
      this.pendingRequestBytes += Buffer.byteLength(JSON.stringify(value));
      if (this.options.requestByteLimit !== undefined && this.pendingRequestBytes > this.options.requestByteLimit) {
        this.batchFailed = officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
        return false;
      }
    }
    this.records.push(write);
    return true;
  }

  private makeContext(): Excel.RequestContext {
    const worksheets = this.makeWorksheets();
    const context = {
      workbook: {
        worksheets,
        tables: this.makeTables(),
        settings: this.makeSettings(),
      },
      runtime: this.recorder(() => ({ sheet: null, target: 'runtime' }), ''),
      sync: () => this.sync(),
    };
    return context as unknown as Excel.RequestContext;
  }

  private async sync(): Promise<void> {
    this.syncCount += 1;
    this.requestBytes.push(this.pendingRequestBytes);
    this.recordsAtSync.push(this.records.length);
    this.pendingRequestBytes = 0;
    const fail = (error: Error) => {
      this.pendingCells = 0;
      this.pendingErrors = [];
      this.onSync = [];
      throw error;
    };
    if (this.options.failSync?.at === this.syncCount) fail(this.options.failSync.error);
    if (this.batchFailed) {
      const error = this.batchFailed;
      this.batchFailed = null;
      fail(error);
    }
    if (this.pendingErrors.length > 0) fail(this.pendingErrors[0]);
    if (this.options.responseCellLimit !== undefined && this.pendingCells > this.options.responseCellLimit) {
      fail(officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'));
    }
    this.pendingCells = 0;
    this.internal += 1;
    try {
      for (const object of this.objects) void object.sync();
      // OfficeMockObject finishes its sync in promise callbacks: let them all run.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      this.internal -= 1;
    }
    const callbacks = this.onSync;
    this.onSync = [];
    for (const callback of callbacks) callback();
  }

  /** An OfficeMockObject behind a proxy that records sets and write calls, and counts cells loaded. */
  private tracked<T>(
    data: Record<string, unknown>,
    where: () => { sheet: SheetState | null; target: string },
    cells = 0,
    onSet?: (name: string, value: unknown) => void,
    extra: Record<string, unknown> = {},
  ): T {
    const raw = new OfficeMockObject(data as never);
    // Client-side properties such as isNullObject need no load in Office.js either.
    Object.assign(raw, extra);
    this.objects.push(raw);
    const mock = { record: this.record.bind(this), counter: this };
    const proxy: object = new Proxy(raw as object, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === 'load') {
          return (spec: string) => {
            const names = String(spec).split(',').map((name) => name.trim());
            mock.counter.pendingCells += cells * names.filter((name) => name === 'values' || name === 'numberFormat').length;
            mock.counter.internal += 1;
            try {
              (value as (spec: string) => unknown).call(target, spec);
            } finally {
              mock.counter.internal -= 1;
            }
            return proxy;
          };
        }
        return value;
      },
      set(target, property, value) {
        if (!mock.record(where(), 'set', String(property), value)) return true;
        onSet?.(String(property), value);
        (target as Record<string | symbol, unknown>)[property] = value;
        return true;
      },
    });
    return proxy as T;
  }

  /** A write-only Office object (format, font, borders, a new conditional format): records every set and write call. */
  private recorder(where: () => { sheet: SheetState | null; target: string }, path: string): Loose {
    const children = new Map<string, Loose>();
    const base = () => {};
    return new Proxy(base, {
      get: (_target, property) => {
        if (property === 'then') return undefined;
        const key = String(property);
        if (!children.has(key)) children.set(key, this.recorderCall(where, path, key));
        return children.get(key);
      },
      set: (_target, property, value) => {
        const at = where();
        this.record({ sheet: at.sheet, target: `${at.target}${path}` }, 'set', String(property), value);
        return true;
      },
    }) as unknown as Loose;
  }

  private recorderCall(where: () => { sheet: SheetState | null; target: string }, path: string, key: string): Loose {
    const child = this.recorder(where, `${path}.${key}`);
    return new Proxy(child, {
      apply: (_target, _this, args: unknown[]) => {
        const at = where();
        if (WRITE_METHODS.has(key)) this.record({ sheet: at.sheet, target: `${at.target}${path}` }, 'call', key, args);
        return this.recorder(where, `${path}.${key}(${args.map((a) => String(a)).join(',')})`);
      },
    });
  }

  private liveSheets(): SheetState[] {
    return [...this.sheets].sort((a, b) => a.position - b.position);
  }

  private sheetProxy(state: SheetState): Excel.Worksheet {
    if (state.proxy) return state.proxy;
    const where = () => ({ sheet: state, target: 'sheet' });
    const proxy = this.tracked<Excel.Worksheet>(
      {
        name: state.name,
        position: state.position,
        id: state.id,
        getRange: (address?: string) => this.rangeProxy(state, address),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => this.usedRange(state, valuesOnly ?? false),
        delete: () => {
          if (!this.record(where(), 'call', 'delete', [])) return;
          const index = this.sheets.indexOf(state);
          if (index >= 0) this.sheets.splice(index, 1);
          for (const other of this.sheets) if (other.position > state.position) other.position -= 1;
        },
        activate: () => {
          if (!this.record(where(), 'call', 'activate', [])) return;
          this.activeSheet = state.name;
        },
      },
      where,
      0,
      (name, value) => {
        if (name === 'name') state.name = String(value);
        if (name === 'position') state.position = Number(value);
      },
      { isNullObject: false },
    );
    state.proxy = proxy;
    return proxy;
  }

  private nullObject<T>(): T {
    return this.tracked<T>({ name: '', address: '', values: [], numberFormat: [], value: '', type: '' }, () => ({ sheet: null, target: 'null object' }), 0, undefined, {
      isNullObject: true,
    });
  }

  /** What getItem gives for something that is not there: anything may be queued on it; the sync then fails. */
  private missing(): Loose {
    return this.recorder(() => ({ sheet: null, target: 'missing item' }), '');
  }

  private usedRange(state: SheetState, valuesOnly: boolean): Excel.Range {
    const cells = state.cells;
    void valuesOnly;
    if (!cells || cells.values.length === 0) return this.nullObject<Excel.Range>();
    const width = Math.max(...cells.values.map((row) => row.length));
    const address = rangeA1(cells.originRow, cells.originColumn, cells.originRow + cells.values.length - 1, cells.originColumn + width - 1);
    return this.rangeProxy(state, address);
  }

  private rangeProxy(state: SheetState, address?: string): Excel.Range {
    const rect: RangeRect | null = address === undefined
      ? { sheet: '', top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1, bounded: false }
      : parseRangeAddress(address);
    if (!rect) throw new Error(`The mock cannot read the address ${address}`);
    const a1 = address === undefined ? '(whole sheet)' : address;
    const where = () => ({ sheet: state, target: `range ${a1}` });
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    const values: unknown[][] = [];
    const formats: string[][] = [];
    if (rect.bounded) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        const cellsRow = state.cells ? state.cells.values[r - state.cells.originRow] : undefined;
        const formatRow = state.cells?.numberFormats?.[r - (state.cells?.originRow ?? 0)];
        const valueLine: unknown[] = [];
        const formatLine: string[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          const column = c - (state.cells?.originColumn ?? 0);
          valueLine.push(cellsRow?.[column] ?? '');
          formatLine.push(formatRow?.[column] ?? 'General');
        }
        values.push(valueLine);
        formats.push(formatLine);
      }
    }
    const validated = (this.options.validatedColumns ?? []).filter((v) => v.sheet === state.name && v.column >= rect.left && v.column <= rect.right);
    const fullAddress = `${quoteSheetName(state.name)}!${rect.bounded ? rangeA1(rect.top, rect.left, rect.bottom, rect.right) : a1}`;
    const range = this.tracked<Excel.Range>(
      {
        address: fullAddress,
        values,
        numberFormat: formats,
        rowCount: rows,
        columnCount: columns,
        merge: (across: boolean) => this.record(where(), 'call', 'merge', [across]),
        select: () => this.record(where(), 'call', 'select', []),
        getIntersectionOrNullObject: (other: Excel.Range) => {
          const otherRect = parseRangeAddress((other as unknown as { _address: string })._address ?? '');
          if (!otherRect) return this.nullObject();
          const top = Math.max(rect.top, otherRect.top);
          const left = Math.max(rect.left, otherRect.left);
          const bottom = Math.min(rect.bottom, otherRect.bottom);
          const right = Math.min(rect.right, otherRect.right);
          return top > bottom || left > right ? this.nullObject() : this.rangeProxy(state, rangeA1(top, left, bottom, right));
        },
      },
      where,
      rect.bounded ? rows * columns : 0,
      undefined,
      { isNullObject: false },
    );
    // Not an Office property: lets getIntersectionOrNullObject see the other range's place without a load.
    Object.defineProperty(range, '_address', { value: rangeA1(rect.top, rect.left, rect.bottom, rect.right) });
    const format = this.recorder(where, ' format');
    Object.defineProperty(range, 'format', { value: format });
    Object.defineProperty(range, 'conditionalFormats', { value: this.conditionalFormatCollection(state, where) });
    Object.defineProperty(range, 'dataValidation', {
      value: this.tracked(
        {
          type: validated.length === 0 ? 'None' : validated.length === columns && rect.bounded ? 'List' : 'Inconsistent',
          clear: () => this.record({ sheet: state, target: `range ${a1} dataValidation` }, 'call', 'clear', []),
        },
        () => ({ sheet: state, target: `range ${a1} dataValidation` }),
      ),
    });
    return range;
  }

  private conditionalFormatCollection(state: SheetState, where: () => { sheet: SheetState | null; target: string }): Excel.ConditionalFormatCollection {
    const items = () =>
      this.conditionalFormats
        .filter((format) => format.sheet === state.name)
        .map((format) => this.conditionalFormatItem(state, format));
    const collection = this.collection(items, {
      add: (type: string) => {
        const at = where();
        this.record({ sheet: at.sheet, target: `${at.target} conditionalFormats` }, 'call', 'add', [type]);
        return this.recorder(() => ({ sheet: state, target: `${at.target} conditionalFormats.add(${type})` }), '');
      },
      getItem: (id: string) => {
        const format = this.conditionalFormats.find((f) => f.sheet === state.name && f.id === id);
        if (!format) this.pendingErrors.push(officeError('ItemNotFound', `No conditional format ${id}.`));
        return format ? this.conditionalFormatItem(state, format) : this.missing();
      },
    });
    return collection as unknown as Excel.ConditionalFormatCollection;
  }

  private conditionalFormatItem(state: SheetState, format: MockConditionalFormat): unknown {
    const where = () => ({ sheet: state, target: `conditionalFormat ${format.id}` });
    return this.tracked(
      {
        id: format.id,
        type: format.type,
        customOrNullObject: { rule: { formula: format.formula } },
        delete: () => {
          if (!this.record(where(), 'call', 'delete', [])) return;
          this.conditionalFormats = this.conditionalFormats.filter((f) => f !== format);
        },
      },
      where,
    );
  }

  /**
   * A collection: `items` gives Office's error strings until load + sync, then the items as they were when loaded.
   * load('items/a,items/b') loads a and b on each item.
   */
  private collection(items: () => unknown[], methods: Record<string, unknown>): unknown {
    let state: 'none' | 'loaded' | 'synced' = 'none';
    let snapshot: unknown[] = [];
    const collection = {
      ...methods,
      load: (spec: string) => {
        snapshot = items();
        const names = spec
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name.startsWith('items/'))
          .map((name) => name.slice('items/'.length));
        for (const item of snapshot) (item as { load: (s: string) => void }).load(names.join(','));
        if (state !== 'synced') state = 'loaded';
        this.onSync.push(() => {
          state = 'synced';
        });
        return collection;
      },
      get items() {
        return state === 'none' ? NOT_LOADED : state === 'loaded' ? NOT_SYNCED : snapshot;
      },
    };
    return collection;
  }

  private makeWorksheets(): Excel.WorksheetCollection {
    const find = (key: string) => this.sheets.find((sheet) => sheet.name === key || sheet.id === key);
    return this.collection(() => this.liveSheets().map((sheet) => this.sheetProxy(sheet)), {
      add: (name: string) => {
        const applied = this.record({ sheet: null, target: 'worksheets' }, 'call', 'add', [name]);
        if (!applied) return this.missing();
        const state: SheetState = { id: `{sheet-${this.nextSheetId++}}`, name, position: this.sheets.length, cells: null, addedByAddin: true };
        this.sheets.push(state);
        return this.sheetProxy(state);
      },
      getItem: (key: string) => {
        const sheet = find(key);
        if (!sheet) {
          this.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
          return this.missing();
        }
        return this.sheetProxy(sheet);
      },
      getItemOrNullObject: (key: string) => {
        const sheet = find(key);
        return sheet ? this.sheetProxy(sheet) : this.nullObject();
      },
      getActiveWorksheet: () => this.sheetProxy(find(this.activeSheet) ?? this.sheets[0]),
      onChanged: {
        add: (handler: (event: unknown) => Promise<void>) => {
          this.handlers.push(handler);
          return {
            context: this.context,
            remove: () => {
              this.record({ sheet: null, target: 'worksheets.onChanged' }, 'call', 'remove', []);
              this.handlers.splice(this.handlers.indexOf(handler), 1);
            },
          };
        },
      },
    }) as Excel.WorksheetCollection;
  }

  private makeTables(): Excel.TableCollection {
    const all: { sheet: SheetState; table: ExcelTableInfo }[] = this.sheets.flatMap((sheet) =>
      (sheet.cells?.tables ?? []).map((table) => ({ sheet, table })),
    );
    return this.collection(
      () =>
        all.map(({ sheet, table }) =>
          this.tracked(
            {
              name: table.name,
              showTotals: false,
              worksheet: { name: sheet.name },
              getRange: () => this.rangeProxy(sheet, rangeA1(table.headerRow, table.firstColumn, table.lastRow, table.lastColumn)),
            },
            () => ({ sheet, target: `table ${table.name}` }),
          ),
        ),
      {},
    ) as Excel.TableCollection;
  }

  private makeSettings(): Excel.SettingCollection {
    return {
      getItemOrNullObject: (key: string) => {
        if (!this.settings.has(key)) return this.nullObject();
        return this.tracked({ key, value: this.settings.get(key) }, () => ({ sheet: null, target: `setting ${key}` }), 0, undefined, {
          isNullObject: false,
        });
      },
      add: (key: string, value: string) => {
        if (this.record({ sheet: null, target: 'settings' }, 'call', 'add', [key, value])) this.settings.set(key, value);
      },
    } as unknown as Excel.SettingCollection;
  }
}

/** Shaped like OfficeExtension.Error. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, debugInfo: { code, message } });
}
