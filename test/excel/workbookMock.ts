/**
 * An Excel.RequestContext stand-in over WorkbookCells, built from office-addin-mock's OfficeMockObject so reading a
 * property that was not loaded, or not yet synced, gives Office's error strings ("Error, property was not loaded",
 * "Error, context.sync() was not called") instead of data. It behaves as real Excel does where the add-in relies on
 * it, known bugs included (src/excel/README.md lists each with where it is documented):
 *   - a batch runs in order and stops at the first failure: what was queued before it stays done;
 *   - Office errors carry codes: ItemNotFound, AccessDenied for any write on a protected sheet (or to the structure of
 *     a protected workbook), InvalidOperation for `custom` read on a rule of another kind (issue 2180), GeneralException
 *     for a rule layout Excel cannot read (issues 6827, 6835), ItemNotFound for one it cannot delete (issue 5222),
 *     RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded for the 5 MB caps of Excel on the web;
 *   - `customOrNullObject` is a null object on rules that are not custom; conditional-format ids hold only within
 *     the request that read them;
 *   - values of a get past the five-million-cell limit come back null (issues 4783, 6781);
 *   - data validation answers type and error alert per range, "Inconsistent" when its cells differ;
 *   - change events carry a changeType, and a choice from a validation dropdown raises none (issues 3888, 4066);
 *   - sheet names are found without regard to case; charts and print setup behave as mockCharts.ts and
 *     mockPageLayout.ts say, an API of a newer requirement set than MockOptions.excelApi failing with ApiNotFound.
 * On top of that it counts context.sync() calls, records every property set and write-like call with the sheet it
 * landed on, measures each request's bytes and keeps registered change handlers so a test can fire edits. Used by
 * the Office.js shell's tests and by bench/officeRefresh.ts.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { sameSheetName } from '../../src/core/footprint';
import type { SheetCells, WorkbookCells } from '../../src/core/types';
import { parseRangeAddress, rangeA1 } from '../../src/excel/rangeAddress';
import { givenCharts, withChartsAndPrint } from './mockCharts';
import { makeSettings, makeTables, makeWorksheets } from './mockCollections';
import { givenPrint } from './mockPageLayout';
import { rangeProxy } from './mockRange';
import { SheetData } from './mockSheetData';
import {
  officeError,
  WRITE_METHODS,
  type FormatEntry,
  type Loose,
  type MockChange,
  type MockOptions,
  type Recorded,
  type SheetState,
  type Where,
} from './mockTypes';

export type { MockConditionalFormat, MockValidation } from './mockSheetData';
export { officeError } from './mockTypes';
export type { FormatEntry, Loose, MockChange, MockOptions, Recorded, SheetState, Where } from './mockTypes';

export const NOT_LOADED = 'Error, property was not loaded';
export const NOT_SYNCED = 'Error, context.sync() was not called';

export class WorkbookMock {
  syncCount = 0;
  /** Excel.run calls made through run(): conditional-format ids are good within one only. */
  runCount = 0;
  /** For each sync in turn, the bytes (JSON, UTF-8) of the values and number formats written in its batch. */
  readonly requestBytes: number[] = [];
  /** For each sync in turn, how many writes had been recorded when it was called (records before it are its or earlier). */
  readonly recordsAtSync: number[] = [];
  readonly records: Recorded[] = [];
  readonly handlers: ((event: unknown) => Promise<void>)[] = [];
  readonly settings = new Map<string, string>();
  readonly sheets: SheetState[];
  readonly context: Excel.RequestContext;
  conditionalFormats: FormatEntry[];
  workbookProtected: boolean;
  private internal = 0;
  private readonly objects: OfficeMockObject[] = [];
  private pendingCells = 0;
  private pendingResponseBytes = 0;
  pendingErrors: Error[] = [];
  private pendingRequestBytes = 0;
  /** Set when a queued write failed (failOn, protection): the rest of the batch is dropped. */
  batchFailed: Error | null = null;
  private failOnUsed = false;
  private onSync: (() => void)[] = [];
  activeSheet: string;
  private nextSheetId = 1;
  nextFormat = 1;

  constructor(
    workbook: WorkbookCells,
    readonly options: MockOptions = {},
  ) {
    const protectedSheets = options.protectedSheets ?? [];
    this.sheets = workbook.sheets.map((cells, position) => this.newSheet(cells.name, position, cells, false, protectedSheets.includes(cells.name)));
    for (const name of options.veryHidden ?? []) {
      const sheet = this.find(name);
      if (sheet) sheet.visibility = 'VeryHidden';
    }
    this.conditionalFormats = (options.conditionalFormats ?? []).map((format) => ({ ...format, serial: this.nextFormat++ }));
    for (const validation of options.validation ?? []) {
      const sheet = this.find(validation.sheet);
      const rect = parseRangeAddress(validation.range);
      if (sheet && rect) sheet.data.setValidation(rect, { type: validation.type ?? 'List', title: validation.title ?? null });
    }
    for (const [key, value] of Object.entries(options.settings ?? {})) this.settings.set(key, value);
    this.workbookProtected = options.workbookProtected ?? false;
    this.activeSheet = options.activeSheet ?? this.sheets[0]?.name ?? '';
    this.context = this.makeContext();
  }

  newSheet(name: string, position: number, cells: SheetCells | null, addedByAddin: boolean, isProtected = false): SheetState {
    return {
      id: `{sheet-${this.nextSheetId++}}`,
      name,
      position,
      data: new SheetData(cells),
      addedByAddin,
      protected: isProtected,
      visibility: 'Visible',
      tables: cells?.tables ?? [],
      charts: givenCharts(addedByAddin ? {} : this.options, name),
      print: givenPrint(addedByAddin ? {} : this.options, name),
    };
  }

  /** Excel.run: a new request, in which ids read in earlier ones no longer hold. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runCount += 1;
    return batch(this.context);
  }

  /** Writes that did not land on a sheet the add-in created. */
  outsideAddinSheets(): Recorded[] {
    return this.records.filter((record) => !record.addinSheet);
  }

  /** A sheet by name, compared as Excel compares names. */
  find(key: string): SheetState | undefined {
    return this.sheets.find((sheet) => sameSheetName(sheet.name, key) || sheet.id === key);
  }

  /** The values now on a sheet, from A1 (for assertions). */
  valuesOf(name: string): unknown[][] {
    const sheet = this.find(name);
    const rect = sheet?.data.usedRect();
    if (!sheet || !rect) return [];
    return Array.from({ length: rect.bottom + 1 }, (_, r) => Array.from({ length: rect.right + 1 }, (_, c) => sheet.data.value(r, c)));
  }

  /** Fires a change event at every registered handler, as Excel would after an edit. */
  async fireChange(event: MockChange): Promise<void> {
    const sheet = this.find(event.sheet);
    const payload = {
      address: event.address,
      worksheetId: sheet?.id ?? '{gone}',
      triggerSource: event.triggerSource,
      changeType: event.changeType ?? 'RangeEdited',
      source: 'Local',
    };
    for (const handler of this.handlers) await handler(payload);
  }

  /** A choice from an in-cell dropdown on the web: the cell changes and no event is raised (issues 3888, 4066). */
  chooseFromDropdown(sheetName: string, row: number, column: number, value: string): void {
    this.find(sheetName)?.data.set(row, column, value);
  }

  /** Records a write; false when it must not be applied (the batch has failed, or this write fails it). */
  record(where: { sheet: SheetState | null; target: string }, kind: Recorded['kind'], name: string, value: unknown): boolean {
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
    if (this.options.failOn && (!this.failOnUsed || this.options.failOn.always) && this.options.failOn.match(write)) {
      this.failOnUsed = true;
      this.batchFailed = this.options.failOn.error;
      return false;
    }
    if (where.sheet?.protected && name !== 'select' && name !== 'activate') {
      this.batchFailed = officeError('AccessDenied', 'You cannot perform the requested operation.');
      return false;
    }
    const structural =
      (where.target === 'worksheets' && name === 'add') || (where.target === 'sheet' && ['delete', 'name', 'position', 'visibility'].includes(name));
    if (this.workbookProtected && structural) {
      this.batchFailed = officeError('AccessDenied', 'You cannot perform the requested operation.');
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
    const context = {
      workbook: {
        worksheets: makeWorksheets(this),
        tables: makeTables(this),
        settings: makeSettings(this),
        protection: this.tracked({ protected: this.workbookProtected }, () => ({ sheet: null, target: 'workbook protection' })),
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
      this.pendingResponseBytes = 0;
      this.pendingErrors = [];
      this.onSync = [];
      this.batchFailed = null;
      throw error;
    };
    if (this.options.failSync?.at === this.syncCount) fail(this.options.failSync.error);
    if (this.pendingErrors.length > 0) fail(this.pendingErrors[0]);
    if (this.batchFailed) fail(this.batchFailed);
    if (this.options.responseCellLimit !== undefined && this.pendingCells > this.options.responseCellLimit) {
      fail(officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'));
    }
    if (this.options.responseByteLimit !== undefined && this.pendingResponseBytes > this.options.responseByteLimit) {
      fail(officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'));
    }
    this.pendingCells = 0;
    this.pendingResponseBytes = 0;
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

  /**
   * An OfficeMockObject behind a proxy that records sets and write calls, counts cells loaded, and can refuse a
   * load (`onLoad` returns the error the sync will throw).
   */
  tracked<T>(
    data: Record<string, unknown>,
    where: Where,
    options: {
      cells?: number;
      /** The bytes (JSON) a load of these properties brings back, counted only when a response limit is set. */
      responseBytes?: (names: string[]) => number;
      onSet?: (name: string, value: unknown) => void;
      extra?: Record<string, unknown>;
      onLoad?: (spec: string) => Error | null;
    } = {},
  ): T {
    // office-addin-mock cannot be given null properties: they are set after, as what a load then returns.
    const nulls = Object.keys(data).filter((name) => data[name] === null);
    const raw = new OfficeMockObject(Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null)) as never);
    for (const name of nulls) (raw as unknown as { setValue: (name: string, value: null) => void }).setValue(name, null);
    // Client-side properties such as isNullObject need no load in Office.js either.
    Object.assign(raw, options.extra ?? {});
    this.objects.push(raw);
    const proxy: object = new Proxy(raw as object, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (property === 'load') {
          return (spec: string | string[]) => {
            const text = Array.isArray(spec) ? spec.join(',') : String(spec);
            const names = text.split(',').map((name) => name.trim());
            this.pendingCells += (options.cells ?? 0) * names.filter((name) => name === 'values' || name === 'numberFormat').length;
            if (this.options.responseByteLimit !== undefined) this.pendingResponseBytes += options.responseBytes?.(names) ?? 0;
            const refusal = options.onLoad?.(text);
            if (refusal) this.pendingErrors.push(refusal);
            this.internal += 1;
            try {
              (value as (spec: string) => unknown).call(target, text);
            } finally {
              this.internal -= 1;
            }
            return proxy;
          };
        }
        return value;
      },
      set: (target, property, value) => {
        if (!this.record(where(), 'set', String(property), value)) return true;
        options.onSet?.(String(property), value);
        (target as Record<string | symbol, unknown>)[property] = value;
        return true;
      },
    });
    return proxy as T;
  }

  /** A write-only Office object (format, font, borders, a new conditional format): records every set and write call. */
  recorder(where: Where, path: string, onSet?: (path: string, name: string, value: unknown) => void): Loose {
    const children = new Map<string, Loose>();
    const base = () => {};
    return new Proxy(base, {
      get: (_target, property) => {
        if (property === 'then') return undefined;
        const key = String(property);
        if (!children.has(key)) children.set(key, this.recorderCall(where, path, key, onSet));
        return children.get(key);
      },
      set: (_target, property, value) => {
        const at = where();
        if (this.record({ sheet: at.sheet, target: `${at.target}${path}` }, 'set', String(property), value)) onSet?.(path, String(property), value);
        return true;
      },
    }) as unknown as Loose;
  }

  private recorderCall(where: Where, path: string, key: string, onSet?: (path: string, name: string, value: unknown) => void): Loose {
    const child = this.recorder(where, `${path}.${key}`, onSet);
    return new Proxy(child, {
      apply: (_target, _this, args: unknown[]) => {
        const at = where();
        if (WRITE_METHODS.has(key)) this.record({ sheet: at.sheet, target: `${at.target}${path}` }, 'call', key, args);
        return this.recorder(where, `${path}.${key}(${args.map((a) => String(a)).join(',')})`, onSet);
      },
    });
  }

  liveSheets(): SheetState[] {
    return [...this.sheets].sort((a, b) => a.position - b.position);
  }

  sheetProxy(state: SheetState): Excel.Worksheet {
    const where = () => ({ sheet: state, target: 'sheet' });
    const sheet = this.tracked<Excel.Worksheet>(
      {
        name: state.name,
        position: state.position,
        id: state.id,
        visibility: state.visibility,
        protection: { protected: state.protected },
        getRange: (address?: string) => rangeProxy(this, state, address),
        getUsedRangeOrNullObject: () => this.usedRange(state),
        delete: () => {
          if (!this.record(where(), 'call', 'delete', [])) return;
          const index = this.sheets.indexOf(state);
          if (index >= 0) this.sheets.splice(index, 1);
          for (const other of this.sheets) if (other.position > state.position) other.position -= 1;
          this.conditionalFormats = this.conditionalFormats.filter((format) => format.sheet !== state.name);
        },
        activate: () => {
          if (!this.record(where(), 'call', 'activate', [])) return;
          this.activeSheet = state.name;
        },
      },
      where,
      {
        onSet: (name, value) => {
          if (name === 'name') state.name = String(value);
          if (name === 'position') state.position = Number(value);
          if (name === 'visibility') state.visibility = String(value);
        },
        extra: { isNullObject: false },
      },
    );
    return withChartsAndPrint(this, sheet, state);
  }

  nullObject<T>(): T {
    return this.tracked<T>(
      { name: '', address: '', values: [], numberFormat: [], value: '', type: '', dataValidation: { type: '', errorAlert: { title: '' } } },
      () => ({ sheet: null, target: 'null object' }),
      { extra: { isNullObject: true } },
    );
  }

  /** What getItem gives for something that is not there: anything may be queued on it; the sync then fails. */
  missing(): Loose {
    return this.recorder(() => ({ sheet: null, target: 'missing item' }), '');
  }

  private usedRange(state: SheetState): Excel.Range {
    const rect = state.data.usedRect();
    if (!rect) return this.nullObject<Excel.Range>();
    return rangeProxy(this, state, rangeA1(rect.top, rect.left, rect.bottom, rect.right));
  }

  /**
   * A collection: `items` gives Office's error strings until load + sync, then the items as they were when loaded.
   * load('items/a,items/b') loads a and b on each item.
   */
  collection(items: () => unknown[], methods: Record<string, unknown>, onLoad?: (spec: string) => Error | null): unknown {
    let state: 'none' | 'loaded' | 'synced' = 'none';
    let snapshot: unknown[] = [];
    const collection = {
      ...methods,
      load: (spec: string) => {
        const refusal = onLoad?.(spec);
        if (refusal) this.pendingErrors.push(refusal);
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
}
