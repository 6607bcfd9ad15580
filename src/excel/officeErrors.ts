/**
 * Office.js failures translated at the border into HostErrors a person can act on. We branch on `error.code`
 * (stable, not localised) and never on Excel's message text, except to tell a protected sheet from other refusals,
 * which Excel reports under more than one code.
 */
import { HostError } from '../host/WorkbookHost';

/** The parts of OfficeExtension.Error we read; a plain object in tests. */
interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown };
}

const PROTECTED = /protect/i;

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const office = (error ?? {}) as OfficeErrorLike;
  const code = typeof office.code === 'string' ? office.code : '';
  const message = typeof office.message === 'string' ? office.message : String(error);
  const detail = `${message} ${typeof office.debugInfo?.message === 'string' ? office.debugInfo.message : ''}`;

  if (code === 'InvalidOperationInCellEditMode') {
    return new HostError(
      'cell-editing',
      'Excel is still editing a cell. Press Enter or Esc to finish editing, then try again.',
      true,
    );
  }
  if (code === 'AccessDenied' || (PROTECTED.test(detail) && (code === 'InvalidOperation' || code === 'GeneralException'))) {
    return new HostError(
      'sheet-protected',
      'A protected sheet or workbook stopped the add-in from writing. Unprotect it (Review > Unprotect Sheet or Protect Workbook), or ask whoever protected it, then refresh again.',
    );
  }
  if (code === 'ItemNotFound') {
    return new HostError(
      'table-not-found',
      'Excel could not find a sheet or table the add-in expected; it may have been renamed or deleted. Refresh again, or choose the plan and actions tables in Settings.',
    );
  }
  if (code === 'ApiNotFound' || code === 'NotImplemented' || code === 'UnsupportedOperation') {
    return new HostError(
      'unsupported',
      'This version of Excel does not offer a feature the add-in needs. Update Excel, or use Excel on the web.',
    );
  }
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new HostError(
      'too-large',
      'The workbook holds more data than Excel lets an add-in read or write at once. Move unrelated data to another workbook, or delete empty rows and columns below and beside the tables, then refresh again.',
    );
  }
  if (code === 'ActivityLimitReached' || code === 'RequestAborted' || code === 'ServiceNotAvailable') {
    return new HostError('busy', 'Excel is busy. Wait a moment, then try again.', true);
  }
  const shown = code ? `${code}: ${message}` : message;
  return new HostError(
    'unknown',
    `Excel could not finish the change (${shown}). Try again; if it keeps happening, save the workbook, close it and open it again.`,
  );
}

export type Sleep = (milliseconds: number) => Promise<void>;

export const realSleep: Sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Runs `attempt`, translating failures. A cell in edit mode clears by itself once the user leaves the cell, so that
 * one failure is retried once after `delayMs` (as Script Lab does); anything else, or a second failure, is thrown.
 */
export async function withEditModeRetry<T>(attempt: () => Promise<T>, sleep: Sleep = realSleep, delayMs = 1500): Promise<T> {
  try {
    return await attempt();
  } catch (first) {
    const mapped = toHostError(first);
    if (mapped.code !== 'cell-editing') throw mapped;
    await sleep(delayMs);
    try {
      return await attempt();
    } catch (second) {
      throw toHostError(second);
    }
  }
}
