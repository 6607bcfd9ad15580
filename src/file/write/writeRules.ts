/**
 * The add-in's rules in one of the user's worksheet parts: its conditional formats (writeConditionalFormats.ts) and
 * its in-cell validation (writeInCellValidation.ts), both worked out on the part as it is and spliced in one pass.
 * The user's own conditional formats and in-cell validation, and every other byte of the part, stay as they were.
 */
import { splice, topLevel } from '../xml/topLevel';
import { conditionalFormatEdits, type ConditionalFormatsToWrite } from './writeConditionalFormats';
import { inCellValidationEdits, type InCellValidationToWrite, type InCellValidationWritten } from './writeInCellValidation';

export interface RulesToWrite {
  conditionalFormats: ConditionalFormatsToWrite | null;
  inCellValidation: InCellValidationToWrite[];
  /** Exact formulas (without "=") of conditional formats a legacy record says are the add-in's. */
  legacyFormulas: ReadonlySet<string>;
  /** A date rule's lower bound: serial 1 is 1 January 1900, or 2 January 1904 in the 1904 system (use 0 there). */
  firstDateSerial: number;
}

export interface RulesWritten extends Pick<InCellValidationWritten, 'written' | 'skipped'> {
  xml: string;
  changed: boolean;
}

export function rewriteRules(xml: string, input: RulesToWrite): RulesWritten {
  const top = topLevel(xml);
  const validation = inCellValidationEdits(xml, top, input.inCellValidation, input.firstDateSerial);
  const edits = [...conditionalFormatEdits(xml, top, input.conditionalFormats, input.legacyFormulas), ...validation.edits];
  return { xml: edits.length > 0 ? splice(xml, edits) : xml, changed: edits.length > 0, written: validation.written, skipped: validation.skipped };
}
