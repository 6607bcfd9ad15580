/**
 * Recorded papers too large to ride in the commit's request (Excel on the web refuses one over 5 MB; a paper of a
 * 20,000-action tracker is about 460 KB): written into their papers' area ahead of the commit, in row chunks of at
 * most the budget, one sync each, the way the summary is chunked. Until the commit points the record at that area,
 * the record still points at the other one (core's dataSheet.ts), so a failure part-way leaves the papers as they
 * were; the next write clears what it left.
 */
import type { PapersUpdate, RecordPlace } from './dataSheetStore';
import { queueDataSheet, queuePaperRows } from './dataSheetStore';
import { DATA_SHEET_NAME } from '../core/footprint';
import { isPayloadTooLarge } from './officeErrors';
import { jsonBytes, lastRowWithin } from './writePayload';

/** Each row's share of a request: its two texts and their "@" formats as JSON, with brackets and commas. */
export function textRowBytes(rows: readonly string[][]): number[] {
  return rows.map((row) => row.reduce((sum, text) => sum + jsonBytes(text) + jsonBytes('@') + 2, 4));
}

/** The whole write of the papers' rows, in bytes. */
export function papersBytes(papers: PapersUpdate | null): number {
  return papers?.rows ? textRowBytes(papers.rows).reduce((sum, bytes) => sum + bytes, 0) : 0;
}

/**
 * Writes the papers' rows now, in chunks of at most `budget` bytes (a chunk Excel still refuses is retried in
 * halves), adding the data sheet first, in a sync of its own, when there is none. Returns the place and the update
 * for the commit, which then has only to point the record at the area.
 */
export async function writePapersAhead(
  context: Excel.RequestContext,
  place: RecordPlace,
  papers: PapersUpdate,
  budget: number,
  onTheWeb = false,
): Promise<{ place: RecordPlace; papers: PapersUpdate }> {
  const rows = papers.rows ?? [];
  let placed = place;
  if (!place.dataSheet) {
    queueDataSheet(context, place);
    await context.sync();
    placed = { ...place, dataSheet: DATA_SHEET_NAME };
  }
  const sheet = context.workbook.worksheets.getItem(placed.dataSheet!);
  const costs = textRowBytes(rows);
  let limit = budget;
  let first = 0;
  while (first < rows.length) {
    const last = lastRowWithin(costs, first, limit);
    queuePaperRows(sheet, papers.area, rows, first, last);
    try {
      // One request per chunk on purpose: batching them would pass the payload cap again.
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error, onTheWeb) || last === first) throw error;
      limit = Math.max(1, Math.floor(limit / 2));
      continue;
    }
    first = last + 1;
  }
  return { place: placed, papers: { area: papers.area, rows: null } };
}
