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
 *   - sheet names are found without regard to case.
 * On top of that it counts context.sync() calls, records every property set and write-like call with the sheet it
 * landed on, measures each request's bytes and keeps registered change handlers so a test can fire edits. Used by
 * the Office.js shell's tests and by bench/officeRefresh.ts.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { quoteSheetName } from '../../src/core/address';
import { sameSheetName } from '../../src/core/footprint';
import type { ExcelTableInfo, SheetCells, WorkbookCells } from '../../src/core/types';
import { parseRangeAddress, rangeA1, SHEET_COLUMNS, SHEET_ROWS, type RangeRect } from '../../src/excel/rangeAddress';
import { SheetData, type MockConditionalFormat, type MockValidation } from './mockSheetData';

export type { MockConditionalFormat, MockValidation } from './mockSheetData';

export const NOT_LOADED = 'Error, property was not loaded';
export const NOT_SYNCED = 'Error, context.sync() was not called';

export interface MockOptions {
  conditionalFormats?: MockConditionalFormat[];
  /** Validation already on the sheets: the user's, or an earlier refresh's (titled "JAC summary check"). */
  validation?: MockValidation[];
  /** Workbook settings already stored, key -> JSON text (where earlier versions kept settings). */
  settings?: Record<string, string>;
  /** The sheet in front; the first sheet when not given. */
  activeSheet?: string;
  /** Sheets protected by the user: any write on them fails the batch with AccessDenied. */
  protectedSheets?: string[];
  /** The workbook's structure is protected: adding, deleting or renaming a sheet fails with AccessDenied. */
  workbookProtected?: boolean;
  /** Sheets Excel keeps very hidden (the add-in's data sheet, when a fixture brings one). */
  veryHidden?: string[];
  /** Refuse a sync whose loaded values and number formats pass this many cells (ResponsePayloadSizeLimitExceeded). */
  responseCellLimit?: number;
  /** A get of more cells than this returns null values, without an error, as Excel does past five million. */
  getCellLimit?: number;
  /** Excel takes text starting with "=" as a formula even in a cell formatted "@" (Office.js does not say it won't). */
  textBecomesFormula?: boolean;
  /** Make sync number `at` (1-based) fail with `error`. */
  failSync?: { at: number; error: Error };
  /**
   * Fail the first queued write that matches, as Excel does mid-batch: what was queued before it is applied, it and
   * everything after it in the batch are not, and the batch's sync throws `error`.
   */
  failOn?: { match: (write: Recorded) => boolean; error: Error; /** Every time it matches, not only the first. */ always?: boolean };
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

export interface SheetState {
  id: string;
  name: string;
  position: number;
  data: SheetData;
  addedByAddin: boolean;
  protected: boolean;
  visibility: string;
  tables: ExcelTableInfo[];
}

/** A change event as Excel raises it (Excel.WorksheetChangedEventArgs). */
export interface MockChange {
  address: string;
  sheet: string;
  triggerSource?: string;
  /** Excel.DataChangeType; "RangeEdited" when not given. */
  changeType?: string;
}

/** A write-only stand-in: every property is another one, every call returns another one. */
type Loose = { [key: string]: Loose } & ((...args: unknown[]) => Loose);
type Where = () => { sheet: SheetState | null; target: string };

/** Methods that change the workbook, recorded when called; others (getItem, getRange...) only navigate. */
const WRITE_METHODS = new Set(['add', 'delete', 'clear', 'merge', 'unmerge', 'select', 'activate', 'remove', 'clearAll', 'copyFrom']);

interface FormatEntry extends MockConditionalFormat {
  serial: number;
}

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
  private pendingErrors: Error[] = [];
  private pendingRequestBytes = 0;
  /** Set when a queued write failed (failOn, protection): the rest of the batch is dropped. */
  private batchFailed: Error | null = null;
  private failOnUsed = false;
  private onSync: (() => void)[] = [];
  private activeSheet: string;
  private nextSheetId = 1;
  private nextFormat = 1;

  constructor(
    workbook: WorkbookCells,
    private readonly options: MockOptions = {},
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

  private newSheet(name: string, position: number, cells: SheetCells | null, addedByAddin: boolean, isProtected = false): SheetState {
    return {
      id: `{sheet-${this.nextSheetId++}}`,
      name,
      position,
      data: new SheetData(cells),
      addedByAddin,
      protected: isProtected,
      visibility: 'Visible',
      tables: cells?.tables ?? [],
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
    if (this.options.failOn && (!this.failOnUsed || this.options.failOn.always) && this.options.failOn.match(write)) {
      this.failOnUsed = true;
      this.batchFailed = this.options.failOn.error;
      return false;
    }
    if (where.sheet?.protected && name !== 'select' && name !== 'activate') {
      this.batchFailed = officeError('AccessDenied', 'You cannot perform the requested operation.');
      return false;
    }
    const structural = (where.target === 'worksheets' && name === 'add') || (where.target === 'sheet' && ['delete', 'name', 'position', 'visibility'].includes(name));
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
        worksheets: this.makeWorksheets(),
        tables: this.makeTables(),
        settings: this.makeSettings(),
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

  /**
   * An OfficeMockObject behind a proxy that records sets and write calls, counts cells loaded, and can refuse a
   * load (`onLoad` returns the error the sync will throw).
   */
  private tracked<T>(
    data: Record<string, unknown>,
    where: Where,
    options: { cells?: number; onSet?: (name: string, value: unknown) => void; extra?: Record<string, unknown>; onLoad?: (spec: string) => Error | null } = {},
  ): T {
    // office-addin-mock cannot be given null properties: they are set after, as what a load then returns.
    const nulls = Object.keys(data).filter((name) => data[name] === null);
    const raw = new OfficeMockObject(Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null)) as never);
    for (const name of nulls) (raw as unknown as { setValue: (name: string, value: null) => void }).setValue(name, null);
    // Client-side properties such as isNullObject need no load in Office.js either.
    Object.assign(raw, options.extra ?? {});
    this.objects.push(raw);
    const mock = this;
    const proxy: object = new Proxy(raw as object, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === 'load') {
          return (spec: string | string[]) => {
            const text = Array.isArray(spec) ? spec.join(',') : String(spec);
            const names = text.split(',').map((name) => name.trim());
            mock.pendingCells += (options.cells ?? 0) * names.filter((name) => name === 'values' || name === 'numberFormat').length;
            const refusal = options.onLoad?.(text);
            if (refusal) mock.pendingErrors.push(refusal);
            mock.internal += 1;
            try {
              (value as (spec: string) => unknown).call(target, text);
            } finally {
              mock.internal -= 1;
            }
            return proxy;
          };
        }
        return value;
      },
      set(target, property, value) {
        if (!mock.record(where(), 'set', String(property), value)) return true;
        options.onSet?.(String(property), value);
        (target as Record<string | symbol, unknown>)[property] = value;
        return true;
      },
    });
    return proxy as T;
  }

  /** A write-only Office object (format, font, borders, a new conditional format): records every set and write call. */
  private recorder(where: Where, path: string, onSet?: (path: string, name: string, value: unknown) => void): Loose {
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

  private liveSheets(): SheetState[] {
    return [...this.sheets].sort((a, b) => a.position - b.position);
  }

  private sheetProxy(state: SheetState): Excel.Worksheet {
    const where = () => ({ sheet: state, target: 'sheet' });
    return this.tracked<Excel.Worksheet>(
      {
        name: state.name,
        position: state.position,
        id: state.id,
        visibility: state.visibility,
        protection: { protected: state.protected },
        getRange: (address?: string) => this.rangeProxy(state, address),
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
  }

  private nullObject<T>(): T {
    return this.tracked<T>(
      { name: '', address: '', values: [], numberFormat: [], value: '', type: '', dataValidation: { type: '', errorAlert: { title: '' } } },
      () => ({ sheet: null, target: 'null object' }),
      { extra: { isNullObject: true } },
    );
  }

  /** What getItem gives for something that is not there: anything may be queued on it; the sync then fails. */
  private missing(): Loose {
    return this.recorder(() => ({ sheet: null, target: 'missing item' }), '');
  }

  private usedRange(state: SheetState): Excel.Range {
    const rect = state.data.usedRect();
    if (!rect) return this.nullObject<Excel.Range>();
    return this.rangeProxy(state, rangeA1(rect.top, rect.left, rect.bottom, rect.right));
  }

  private rangeProxy(state: SheetState, address?: string): Excel.Range {
    const rect: RangeRect | null =
      address === undefined ? { sheet: '', top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1, bounded: false } : parseRangeAddress(address);
    if (!rect) throw new Error(`The mock cannot read the address ${address}`);
    const a1 = address === undefined ? '(whole sheet)' : address;
    const where = () => ({ sheet: state, target: `range ${a1}` });
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    const cells = rect.bounded ? rows * columns : 0;
    const overLimit = this.options.getCellLimit !== undefined && cells > this.options.getCellLimit;
    const grid = (read: (r: number, c: number) => unknown) =>
      rect.bounded && !overLimit ? Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => read(rect.top + r, rect.left + c))) : null;
    const fullAddress = `${quoteSheetName(state.name)}!${rect.bounded ? rangeA1(rect.top, rect.left, rect.bottom, rect.right) : a1}`;
    const validation = state.data.validationOf(rect.bounded ? rect : { ...rect, bottom: Math.min(rect.bottom, 2000), right: Math.min(rect.right, 200) });
    const range = this.tracked<Excel.Range>(
      {
        address: fullAddress,
        values: grid((r, c) => state.data.value(r, c)),
        numberFormat: grid((r, c) => state.data.format(r, c)),
        rowCount: rows,
        columnCount: columns,
        merge: (across: boolean) => this.record(where(), 'call', 'merge', [across]),
        unmerge: () => this.record(where(), 'call', 'unmerge', []),
        select: () => this.record(where(), 'call', 'select', []),
        clear: (what = 'All') => {
          if (this.record(where(), 'call', 'clear', [what])) state.data.clear(rect, what);
        },
        copyFrom: (source: Excel.Range, type = 'All') => {
          const from = (source as unknown as { _place: { state: SheetState; rect: RangeRect } })._place;
          if (!this.record(where(), 'call', 'copyFrom', [`${quoteSheetName(from.state.name)}!${rangeA1(from.rect.top, from.rect.left, from.rect.bottom, from.rect.right)}`, type])) return;
          for (let r = 0; r <= from.rect.bottom - from.rect.top; r++) {
            for (let c = 0; c <= from.rect.right - from.rect.left; c++) {
              state.data.set(rect.top + r, rect.left + c, from.state.data.value(from.rect.top + r, from.rect.left + c), from.state.data.format(from.rect.top + r, from.rect.left + c));
              const key = `${from.rect.top + r},${from.rect.left + c}`;
              if (from.state.data.formulaCells.has(key)) state.data.formulaCells.add(`${rect.top + r},${rect.left + c}`);
            }
          }
        },
        getIntersectionOrNullObject: (other: Excel.Range) => {
          const otherRect = (other as unknown as { _place?: { rect: RangeRect } })._place?.rect;
          if (!otherRect) return this.nullObject();
          const top = Math.max(rect.top, otherRect.top);
          const left = Math.max(rect.left, otherRect.left);
          const bottom = Math.min(rect.bottom, otherRect.bottom);
          const right = Math.min(rect.right, otherRect.right);
          return top > bottom || left > right ? this.nullObject() : this.rangeProxy(state, rangeA1(top, left, bottom, right));
        },
        getSpecialCellsOrNullObject: (kind: string) => this.specialCells(state, rect, kind),
      },
      where,
      {
        cells,
        onSet: (name, value) => {
          if (!rect.bounded) return;
          if (name === 'values') state.data.writeValues(rect, value as unknown[][], this.options.textBecomesFormula ?? false);
          if (name === 'numberFormat') state.data.writeFormats(rect, value as unknown[][]);
        },
        extra: { isNullObject: false },
      },
    );
    // Not an Office property: lets copyFrom and getIntersectionOrNullObject see the other range's place without a load.
    Object.defineProperty(range, '_place', { value: { state, rect } });
    Object.defineProperty(range, 'format', { value: this.recorder(where, ' format') });
    Object.defineProperty(range, 'conditionalFormats', { value: this.conditionalFormatCollection(state, where) });
    const validationWhere = () => ({ sheet: state, target: `range ${a1} dataValidation` });
    Object.defineProperty(range, 'dataValidation', {
      value: this.tracked(
        {
          type: validation.type,
          errorAlert: { title: validation.errorAlert?.title ?? '' },
          clear: () => {
            if (this.record(validationWhere(), 'call', 'clear', [])) state.data.setValidation(rect, null);
          },
        },
        validationWhere,
        {
          onSet: (name, value) => {
            if (name === 'rule') state.data.setValidation(rect, { type: 'list' in (value as object) ? 'List' : 'Date' });
            if (name === 'errorAlert') state.data.setValidation(rect, { title: (value as { title: string }).title });
          },
        },
      ),
    });
    return range;
  }

  /** getSpecialCellsOrNullObject (ExcelApi 1.9) for the kinds the add-in asks for: formulas and validated cells. */
  private specialCells(state: SheetState, rect: RangeRect, kind: string): Excel.RangeAreas {
    const areas = kind === 'Formulas' ? state.data.formulaAreas(rect) : kind === 'DataValidations' ? state.data.validatedAreas(rect) : [];
    if (areas.length === 0) return this.nullObject<Excel.RangeAreas>();
    const rects = areas.map((area) => parseRangeAddress(area)!);
    const validation = state.data.validationOf(rects);
    return this.tracked<Excel.RangeAreas>(
      {
        address: areas.map((area) => `${quoteSheetName(state.name)}!${area}`).join(','),
        dataValidation: { type: validation.type, errorAlert: { title: validation.errorAlert?.title ?? '' } },
      },
      () => ({ sheet: state, target: `special cells ${kind}` }),
      { extra: { isNullObject: false } },
    );
  }

  private conditionalFormatCollection(state: SheetState, where: Where): Excel.ConditionalFormatCollection {
    const onSheet = () => this.conditionalFormats.filter((format) => format.sheet === state.name);
    const items = () => onSheet().map((format, index) => this.conditionalFormatItem(state, format, index));
    const collection = this.collection(
      items,
      {
        add: (type: string) => {
          const at = where();
          const range = at.target.replace(/^range /, '');
          const entry: FormatEntry = { sheet: state.name, type, formula: '', range, serial: this.nextFormat++ };
          if (this.record({ sheet: at.sheet, target: `${at.target} conditionalFormats` }, 'call', 'add', [type])) this.conditionalFormats.unshift(entry);
          return this.recorder(
            () => ({ sheet: state, target: `${at.target} conditionalFormats.add(${type})` }),
            '',
            (path, name, value) => {
              if (path === '.custom.rule' && name === 'formula') entry.formula = String(value);
            },
          );
        },
        getItem: (id: string) => {
          const index = onSheet().findIndex((_, i) => this.formatId(i) === id);
          if (index < 0) {
            this.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
            return this.missing();
          }
          return this.conditionalFormatItem(state, onSheet()[index], index);
        },
      },
      (spec) => {
        const names = spec.split(',').map((name) => name.trim().replace(/^items\//, ''));
        const deep = names.some((name) => name !== 'type' && name !== 'id');
        // A layout Excel cannot read: anything beyond the type fails the whole sync (issues 6827, 6835).
        if (deep && onSheet().some((format) => format.unreadable)) return officeError('GeneralException', 'An internal error has occurred.');
        // `custom` on a rule of another kind (issue 2180); `customOrNullObject` is the way to read it.
        if (names.some((name) => name.startsWith('custom/')) && onSheet().some((format) => format.type !== 'Custom')) {
          return officeError('InvalidOperation', 'This operation is not permitted for the current object.');
        }
        return null;
      },
    );
    return collection as unknown as Excel.ConditionalFormatCollection;
  }

  /** Ids hold within one request only: Office.js documents them for the collection as loaded, nothing more. */
  private formatId(index: number): string {
    return `{cf-${this.runCount}-${index + 1}}`;
  }

  private conditionalFormatItem(state: SheetState, format: FormatEntry, index: number): unknown {
    const where = () => ({ sheet: state, target: `conditionalFormat ${format.type}:${format.formula || format.serial}` });
    const custom = format.type === 'Custom';
    const item = this.tracked<Record<string, unknown>>(
      {
        id: this.formatId(index),
        type: format.type,
        customOrNullObject: { rule: { formula: custom ? format.formula : '' } },
        custom: { rule: { formula: custom ? format.formula : '' } },
        delete: () => {
          if (format.undeletable) {
            this.pendingErrors.push(officeError('ItemNotFound', 'Item Not Found.'));
            return;
          }
          if (!this.record(where(), 'call', 'delete', [])) return;
          this.conditionalFormats = this.conditionalFormats.filter((f) => f !== format);
        },
      },
      where,
    );
    (item.customOrNullObject as Record<string, unknown>).isNullObject = !custom;
    return item;
  }

  /**
   * A collection: `items` gives Office's error strings until load + sync, then the items as they were when loaded.
   * load('items/a,items/b') loads a and b on each item.
   */
  private collection(items: () => unknown[], methods: Record<string, unknown>, onLoad?: (spec: string) => Error | null): unknown {
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

  private makeWorksheets(): Excel.WorksheetCollection {
    return this.collection(() => this.liveSheets().map((sheet) => this.sheetProxy(sheet)), {
      add: (name: string) => {
        const applied = this.record({ sheet: null, target: 'worksheets' }, 'call', 'add', [name]);
        if (applied && this.find(name)) {
          this.batchFailed = officeError('ItemAlreadyExists', 'The resource you are creating already exists.');
          return this.missing();
        }
        if (!applied) return this.missing();
        const state = this.newSheet(name, this.sheets.length, null, true);
        this.sheets.push(state);
        return this.sheetProxy(state);
      },
      getItem: (key: string) => {
        const sheet = this.find(key);
        if (!sheet) {
          this.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
          return this.missing();
        }
        return this.sheetProxy(sheet);
      },
      getItemOrNullObject: (key: string) => {
        const sheet = this.find(key);
        return sheet ? this.sheetProxy(sheet) : this.nullObject();
      },
      getActiveWorksheet: () => this.sheetProxy(this.find(this.activeSheet) ?? this.sheets[0]),
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
    const all = () => this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
    return this.collection(
      () =>
        all().map(({ sheet, table }) =>
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
    const item = (key: string) =>
      this.tracked(
        {
          key,
          value: this.settings.get(key),
          delete: () => {
            if (this.record({ sheet: null, target: `setting ${key}` }, 'call', 'delete', [])) this.settings.delete(key);
          },
        },
        () => ({ sheet: null, target: `setting ${key}` }),
        { extra: { isNullObject: false } },
      );
    return {
      getItemOrNullObject: (key: string) => (this.settings.has(key) ? item(key) : this.nullObject()),
      getItem: (key: string) => {
        if (this.settings.has(key)) return item(key);
        this.pendingErrors.push(officeError('ItemNotFound', `The requested resource doesn't exist.`));
        return this.missing();
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
