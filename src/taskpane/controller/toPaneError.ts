import { HostError, type HostErrorCode } from '../../host/WorkbookHost';
import type { Operation, PaneError, PaneFix } from '../state/paneState';

const FALLBACK: Record<Operation, string> = {
  start: 'The add-in could not read this workbook.',
  check: 'The add-in could not check the workbook.',
  listen: 'The add-in could not start or stop checking your edits.',
  refresh: 'The summary could not be refreshed.',
  'save-settings': 'The settings could not be saved in the workbook.',
  'select-cell': 'That cell could not be selected.',
  'show-summary': 'The summary sheet could not be shown.',
};

/** The fix each code has: what the person would do next, offered as a button. */
const FIX_FOR: Partial<Record<HostErrorCode, PaneFix>> = {
  'table-not-found': 'choose-tables',
  'summary-not-found': 'refresh',
  'sheet-not-found': 'check-again',
};

/** The fixes for a host's code and whether trying again can help; the error bar only shows them. */
export function fixesFor(code: HostErrorCode | undefined, retryable: boolean): PaneFix[] {
  const fix = code ? FIX_FOR[code] : undefined;
  return [...(fix ? [fix] : []), ...(retryable ? (['retry'] as const) : [])];
}

/**
 * Any failure as the pane shows it. A HostError's message is already written for a person, and its code decides the
 * fixes offered; any other error is unexpected, so its text is kept (for a support call) after a plain sentence.
 */
export function toPaneError(operation: Operation, error: unknown): PaneError {
  if (error instanceof HostError) {
    return { operation, message: error.message, code: error.code, fixes: fixesFor(error.code, error.retryable) };
  }
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return {
    operation,
    message: detail ? `${FALLBACK[operation]} ${withFullStop(detail)}` : FALLBACK[operation],
    fixes: [],
  };
}

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
