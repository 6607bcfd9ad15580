/**
 * Everything a refresh writes, queued in order and sent in one context.sync(): the summary sheet (built, then swapped
 * in), the add-in's conditional formats and data validation on the user's tables, and the record of what the add-in
 * now owns, kept in the workbook's settings.
 */
import type { SummaryLayout } from '../core/types';
import type { WriteState } from './readWorkbookCells';
import { OWNED_KEY, type OwnedRecord } from './settings';
import { queueHighlights, type HighlightSpec } from './writeHighlights';
import { queueSummarySheet } from './writeSummarySheet';
import { queueValidation, type ValidationSpec } from './writeValidation';

export interface WritePlan {
  layout: SummaryLayout;
  /** null when there is no actions table: the add-in's old marking is removed and none added. */
  highlight: HighlightSpec | null;
  /** [] when the user turned validation off (the add-in's old rules are removed); null when Excel cannot do it. */
  validation: ValidationSpec[] | null;
}

export interface WriteOutcome {
  record: OwnedRecord;
  /** The name the summary was built under, so a caller can clean up if the sync failed. */
  buildingName: string;
  skippedValidation: ValidationSpec[];
}

export async function writeResults(context: Excel.RequestContext, plan: WritePlan, state: WriteState): Promise<WriteOutcome> {
  const { buildingName } = queueSummarySheet(context, plan.layout, state);
  const highlightFormulas = queueHighlights(context, plan.highlight, state);
  const validation = queueValidation(context, plan.validation, state);
  const record: OwnedRecord = { highlightFormulas, validation: validation.written };
  context.workbook.settings.add(OWNED_KEY, JSON.stringify(record));
  await context.sync();
  return { record, buildingName, skippedValidation: validation.skipped };
}
