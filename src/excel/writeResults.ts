/**
 * Everything a refresh writes, queued in order and sent in one context.sync(): the summary sheet (built, then swapped
 * in), the add-in's conditional formats and data validation on the user's tables, and the record of what the add-in
 * now owns, kept in the workbook's settings.
 *
 * Excel on the web refuses a request over 5 MB. When the summary's estimated payload (writePayload.ts) passes the
 * budget, or Excel refuses the one batch as too large, the new sheet is built in row chunks, one sync each (each must
 * be its own request), and only the last sync swaps it in and writes the rules and the record, as the one batch does.
 * A failure at any point therefore leaves the old summary as it was; the half-built copy is removed as usual.
 */
import type { LayoutRegion, SummaryLayout } from '../core/types';
import { isPayloadTooLarge, type WriteState } from './readWorkbookCells';
import { OWNED_KEY, type OwnedRecord } from './settings';
import { queueHighlights, type HighlightSpec } from './writeHighlights';
import { rowBytes, summaryGrid, lastRowWithin, WRITE_BUDGET_BYTES, type SummaryGrid } from './writePayload';
import { queueFinishSummary, queueGridRows, queueRegions, queueStartSummary, queueSummarySheet, type SummaryBuild } from './writeSummarySheet';
import { queueValidation, type ValidationSpec } from './writeValidation';

export interface WritePlan {
  layout: SummaryLayout;
  /** null when there is no actions table: the add-in's old marking is removed and none added. */
  highlight: HighlightSpec | null;
  /** [] when the user turned validation off (the add-in's old rules are removed); null when Excel cannot do it. */
  validation: ValidationSpec[] | null;
}

export interface WriteOptions {
  /** Most bytes one request may carry before the summary is written in chunks (default ~4 MB); tests lower it. */
  budgetBytes?: number;
}

export interface WriteOutcome {
  record: OwnedRecord;
  /** The name the summary was built under, so a caller can clean up if the sync failed. */
  buildingName: string;
  skippedValidation: ValidationSpec[];
}

export async function writeResults(
  context: Excel.RequestContext,
  plan: WritePlan,
  state: WriteState,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const budget = options.budgetBytes ?? WRITE_BUDGET_BYTES;
  const grid = summaryGrid(plan.layout);
  const costs = rowBytes(plan.layout, grid);
  const estimate = costs.reduce((sum, bytes) => sum + bytes, 0);
  if (estimate <= budget) {
    try {
      return await writeInOneBatch(context, plan, state);
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
    }
    // Excel counted more than the estimate: build in chunks of at most half of what it refused, starting again from
    // what is there now (a refused request changes nothing, but be sure).
    return writeInChunks(context, plan, await reloadSheets(context, state), grid, costs, Math.max(1, Math.ceil(estimate / 2)));
  }
  return writeInChunks(context, plan, state, grid, costs, budget);
}

/** The usual write: everything in one batch and one sync. */
async function writeInOneBatch(context: Excel.RequestContext, plan: WritePlan, state: WriteState): Promise<WriteOutcome> {
  const { buildingName } = queueSummarySheet(context, plan.layout, state);
  return queueRulesAndSync(context, plan, state, buildingName);
}

/** The add-in's rules on the user's tables and the record of what it owns, queued after the summary; then the sync. */
async function queueRulesAndSync(context: Excel.RequestContext, plan: WritePlan, state: WriteState, buildingName: string): Promise<WriteOutcome> {
  const highlightFormulas = queueHighlights(context, plan.highlight, state);
  const validation = queueValidation(context, plan.validation, state);
  const record: OwnedRecord = { highlightFormulas, validation: validation.written };
  context.workbook.settings.add(OWNED_KEY, JSON.stringify(record));
  await context.sync();
  return { record, buildingName, skippedValidation: validation.skipped };
}

/**
 * The large write: the new sheet's rows in chunks of at most `budget` estimated bytes, one sync each (the first also
 * adds the sheet), each chunk's own regions styled with it; then one last sync with the regions that span chunks, the
 * swap, the rules and the record. A chunk Excel still refuses is retried in halves, as the read does.
 */
async function writeInChunks(
  context: Excel.RequestContext,
  plan: WritePlan,
  state: WriteState,
  grid: SummaryGrid,
  costs: number[],
  budget: number,
): Promise<WriteOutcome> {
  const layout = plan.layout;
  const height = layout.values.length;
  const styled = new Set<LayoutRegion>();
  let current = state;
  let build: SummaryBuild | null = null;
  let started = false;
  let limit = budget;
  let first = 0;
  while (first < height) {
    build ??= queueStartSummary(context, layout, current, grid);
    const last = lastRowWithin(costs, first, limit);
    queueGridRows(build, first, last);
    const inside = layout.regions.filter((region) => !styled.has(region) && region.top >= first && region.bottom <= last);
    queueRegions(build, inside);
    try {
      // One request per chunk on purpose: batching them would pass the payload cap again.
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || last === first) throw error;
      limit = Math.max(1, Math.floor(limit / 2));
      if (!started) {
        // The refused batch was to add the sheet too: look again at what is there and start over.
        current = await reloadSheets(context, current);
        build = null;
      }
      continue;
    }
    started = true;
    for (const region of inside) styled.add(region);
    first = last + 1;
  }
  build ??= queueStartSummary(context, layout, current, grid);
  queueFinishSummary(context, build, layout.regions.filter((region) => !styled.has(region)));
  return queueRulesAndSync(context, plan, current, build.buildingName);
}

/** The sheets as they are now, for a write starting again after Excel refused a batch. */
async function reloadSheets(context: Excel.RequestContext, state: WriteState): Promise<WriteState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  await context.sync();
  return { ...state, sheets: worksheets.items.map((sheet) => ({ name: sheet.name, position: sheet.position })) };
}
