/**
 * Office.js failures translated at the border into HostErrors a person can act on. Branches on `error.code` only:
 * Office's messages are localised and "not intended for end users" (Error handling with the application-specific
 * JavaScript APIs), so a French Excel's refusal reads nothing like an English one.
 */
import { hostErrors } from '../host/hostMessages';
import { HostError } from '../host/WorkbookHost';

/** The parts of OfficeExtension.Error we read; a plain object in tests. */
interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
}

/** Office's code for a failure, or '' when it carries none (a bug of ours, a network failure). */
export function officeCode(error: unknown): string {
  const code = (error as OfficeErrorLike | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Where Office says a failed batch stopped ("ChartSeries.markerStyle", "PageLayout.zoom"): OfficeExtension.Error's
 * `debugInfo.errorLocation`, the object type and member, not localised; '' where Office gives none.
 */
export function officeErrorLocation(error: unknown): string {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof location === 'string' ? location : '';
}

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = officeCode(error);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return hostErrors.cellEditing();
    case 'InactiveWorkbook':
      return hostErrors.workbookInactive();
    // Writing a locked cell of a protected sheet, or anything on a protected workbook's structure. The add-in checks
    // protection before writing and names the sheet; this is for what it could not foresee.
    case 'AccessDenied':
      return hostErrors.protectedSomewhere();
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return hostErrors.unsupported();
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return hostErrors.tooLarge();
    case 'ActivityLimitReached':
    case 'RequestAborted':
    case 'ServiceNotAvailable':
      return hostErrors.busy();
  }
  const office = (error ?? {}) as OfficeErrorLike;
  const message = typeof office.message === 'string' ? office.message : String(error);
  return hostErrors.unknown(code ? `${code}: ${message}` : message);
}

/** Excel on the web refuses a request or response over 5 MB with these codes. */
export function isPayloadTooLarge(error: unknown, onTheWeb = false): boolean {
  const code = officeCode(error);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return true;
  // Excel on the web has also been seen answering a request it found too big with a bare internal error: there, try
  // the smaller pieces before giving up.
  return onTheWeb && code === 'GeneralException';
}

export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Runs `attempt`, translating failures. Two failures clear by themselves: a cell in edit mode (on an Excel that does
 * not honour `delayForCellEdit`) once the user leaves the cell, and another workbook in front once this one is back.
 * Each is retried once after `delayMs`; anything else, or a second failure, is thrown for the pane to show.
 */
export async function withOneRetry<T>(attempt: () => Promise<T>, sleep: Sleep = realSleep, delayMs = 1500): Promise<T> {
  try {
    return await attempt();
  } catch (first) {
    const mapped = toHostError(first);
    if (mapped.code !== 'cell-editing' && mapped.code !== 'workbook-inactive') throw mapped;
    await sleep(delayMs);
    try {
      return await attempt();
    } catch (second) {
      throw toHostError(second);
    }
  }
}
