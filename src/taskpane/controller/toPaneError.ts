import { HostError } from '../../host/WorkbookHost';
import type { Operation, PaneError } from '../state/paneState';

const FALLBACK: Record<Operation, string> = {
  start: 'The add-in could not read this workbook.',
  check: 'The add-in could not check the workbook.',
  listen: 'The add-in could not start or stop checking your edits.',
  refresh: 'The summary could not be refreshed.',
  'save-settings': 'The settings could not be saved in the workbook.',
  'select-cell': 'That cell could not be selected.',
  'show-summary': 'The summary sheet could not be shown.',
};

/**
 * Any failure as the pane shows it. A HostError's message is already written for a person and says whether trying
 * again can help; any other error is unexpected, so its text is kept (for a support call) after a plain sentence.
 */
export function toPaneError(operation: Operation, error: unknown): PaneError {
  if (error instanceof HostError) {
    return { operation, message: error.message, retryable: error.retryable, code: error.code };
  }
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return {
    operation,
    message: detail ? `${FALLBACK[operation]} ${withFullStop(detail)}` : FALLBACK[operation],
    retryable: false,
  };
}

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
