/** The workbook mock's options and records (workbookMock.ts). */
import type { ExcelTableInfo } from '../../src/core/types';
import type { MockChart } from './mockCharts';
import type { MockPrint } from './mockPageLayout';
import type { MockConditionalFormat, MockValidation, SheetData } from './mockSheetData';

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
  /**
   * Refuse a sync whose loaded values and number formats pass this many bytes as JSON (ResponsePayloadSizeLimitExceeded),
   * as Excel on the web's 5 MB response cap does: a few cells of long text can pass it as surely as many short ones.
   */
  responseByteLimit?: number;
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
  /**
   * The newest ExcelApi requirement set this Excel has ('1.6' to '1.9'...; every one when not given). Calling an API
   * of a newer set fails the batch with ApiNotFound, as Excel does, so a test shows the add-in never calls one.
   */
  excelApi?: string;
  /** Charts already on a sheet: the user's own, or an earlier refresh's (named with core's chartName). */
  charts?: { sheet: string; name: string }[];
  /** Manual page breaks already on a sheet, each the 0-based row it comes above. */
  pageBreaks?: { sheet: string; rows: number[] }[];
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
  /** The charts on the sheet (mockCharts.ts). */
  charts: MockChart[];
  /** Its page layout and manual page breaks (mockPageLayout.ts). */
  print: MockPrint;
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
export type Loose = { [key: string]: Loose } & ((...args: unknown[]) => Loose);
export type Where = () => { sheet: SheetState | null; target: string };

/** Methods that change the workbook, recorded when called; others (getItem, getRange...) only navigate. */
export const WRITE_METHODS = new Set(['add', 'delete', 'clear', 'merge', 'unmerge', 'select', 'activate', 'remove', 'clearAll', 'copyFrom']);

export interface FormatEntry extends MockConditionalFormat {
  serial: number;
}

/** Shaped like OfficeExtension.Error; `errorLocation` is where Office says the batch stopped ("Chart.setPosition"). */
export function officeError(code: string, message: string, errorLocation?: string): Error {
  return Object.assign(new Error(message), { code, debugInfo: { code, message, ...(errorLocation ? { errorLocation } : {}) } });
}

/** True when an Excel with `options.excelApi` has ExcelApi `version` (every version when none is given). */
export function hasExcelApi(options: MockOptions, version: string): boolean {
  if (options.excelApi === undefined) return true;
  const minor = (text: string) => Number(text.split('.')[1] ?? 0);
  return minor(version) <= minor(options.excelApi);
}

/**
 * False, failing the batch where it stands with ApiNotFound (as Excel answers a call to an API of a requirement set
 * it does not have), when this Excel lacks ExcelApi `version`.
 */
export function gate(mock: { options: MockOptions; batchFailed: Error | null }, version: string, errorLocation: string): boolean {
  if (hasExcelApi(mock.options, version)) return true;
  const message = 'The API you are trying to use could not be found. It may be available in a newer version of Excel.';
  mock.batchFailed ??= officeError('ApiNotFound', message, errorLocation);
  return false;
}
