/**
 * Everything a refresh writes, summary first. Two syncs whatever the size:
 *
 *   commit: the reads of the add-in's rules on the tracked sheets (ruleReads.ts), then the summary (built aside and
 *           put in place), the stored record with the new last refresh, the question of which summary cells Excel
 *           holds as formulas (textCheck.ts), and the names of the charts now on the summary (writePresentation.ts);
 *   finish: any such cells written again as text, then the add-in's conditional formats and in-cell validation
 *           replaced, the record again with what the add-in now owns, and last the summary's charts (the add-in's old
 *           ones deleted, the layout's drawn) and print setup. Skipped when there is nothing to do.
 *
 * The rules' reads go first in the commit batch, so should Excel fail to read a rule (office-js issues 5222, 6827,
 * 6835) nothing of the summary has run: the summary is written again without them (one sheet reload and one batch
 * more), the reads are tried in a sync of their own, and if they fail again the pane is told the conditional formats
 * could not be refreshed and why. The finishing step is guarded the same way: its failure leaves the summary standing and
 * becomes a note. A failure Office places at a chart or a page setting came after the rules and the record, which
 * stand; any other leaves the record as it was, so the next refresh looks in the same places.
 *
 * Excel on the web refuses a request over 5 MB. When the summary's estimated payload (writePayload.ts) passes the
 * budget, or Excel refuses the commit as too large, the sheet aside is built in row chunks, one sync each, and the
 * last sync puts it in place with the record; the rules' reads then take a sync of their own.
 *
 * The record's small entries are written in both steps; the recorded papers only when this refresh recorded one
 * (or once, to move them out of the first layout's entries), in the commit, or ahead of it in chunks of their own
 * when they would take its request past the budget (writePapers.ts).
 */
import type { LastRefresh, StoredData } from '../core/dataSheet';
import { DATA_SHEET_NAME, sameSheetName } from '../core/footprint';
import type { LayoutRegion, SummaryLayout } from '../core/types';
import { hostErrors, hostNotes } from '../host/hostMessages';
import { papersUpdate, queueWriteRecord, type PapersUpdate, type RecordPlace } from './dataSheetStore';
import { isPayloadTooLarge, officeCode } from './officeErrors';
import type { WorkbookState } from './workbookState';
import { needsRead, planRuleWork, queueRuleReads, settleRuleReads, type QueuedRuleReads, type RulesWanted, type RuleWork } from './ruleReads';
import { queueFormulaCheck, queueTextRewrite } from './textCheck';
import { papersBytes, writePapersAhead } from './writePapers';
import { lastRowWithin, rowBytes, summaryCells, WRITE_BUDGET_BYTES, type SummaryCells } from './writePayload';
import {
  existingSummary,
  queueFinishSummary,
  queueSummaryRows,
  queueRegions,
  queueStartSummary,
  queueSummarySheet,
  type SummaryBuild,
  type SummaryFeatures,
  type WrittenSummary,
} from './writeSummarySheet';
import {
  isPresentationFailure,
  queuePresentation,
  queuePresentationRead,
  type PresentationFeatures,
  type PresentationRead,
} from './writePresentation';
import { queueConditionalFormats } from './writeConditionalFormats';
import { queueInCellValidation } from './writeInCellValidation';

export interface WritePlan extends RulesWanted {
  layout: SummaryLayout;
  lastRefresh: LastRefresh;
  /** Every recorded paper to keep, when this refresh recorded one; absent leaves the stored papers as they are. */
  papers?: unknown[];
  /** Unique to this build, so its sheet aside never takes another build's (writeSummarySheet.ts). */
  buildId: string;
}

export interface WriteOptions {
  features: SummaryFeatures & PresentationFeatures & { rangeAreas: boolean };
  /** Most bytes one request may carry before the summary is written in chunks (default ~4 MB); tests lower it. */
  budgetBytes?: number;
  onTheWeb?: boolean;
}

export interface WriteOutcome {
  /** What the add-in could not do alongside the summary, as sentences for the pane. */
  notes: string[];
  /** The record as now stored, and where. */
  record: StoredData;
  place: RecordPlace;
}

export async function writeResults(
  context: Excel.RequestContext,
  plan: WritePlan,
  state: WorkbookState,
  options: WriteOptions,
): Promise<WriteOutcome> {
  refuseProtected(plan, state);
  const work = planRuleWork(plan, state);
  const cells = summaryCells(plan.layout);
  const costs = rowBytes(plan.layout, cells);
  const estimate = costs.reduce((sum, bytes) => sum + bytes, 0);
  const budget = options.budgetBytes ?? WRITE_BUDGET_BYTES;
  // Until the rules step has run, the record keeps what the add-in owned: the next refresh then looks there again.
  const record: StoredData = { ...state.record.stored, lastRefresh: plan.lastRefresh, ...(plan.papers ? { papers: plan.papers } : {}) };
  let papers = papersUpdate(state.place, state.record.stored, plan.papers);
  // Papers that would take the commit past the budget go ahead of it, in chunks; the commit then only points at them.
  if (estimate + papersBytes(papers) > budget) {
    ({ state, papers } = await papersAhead(context, state, papers, budget, options));
  }

  let commit: Commit;
  if (estimate <= budget) {
    try {
      commit = await commitInOneBatch(context, { plan, state, record, papers, options }, needsRead(work) ? work : null);
    } catch (error) {
      if (isPayloadTooLarge(error, options.onTheWeb)) {
        // Excel counted more than the estimate: chunks of at most half of what it refused, from what is there now.
        const half = Math.max(1, Math.ceil((estimate + papersBytes(papers)) / 2));
        const ahead = await papersAhead(context, await reloadSheets(context, state), papers, half, options);
        const request = { plan, state: ahead.state, record, papers: ahead.papers, options };
        commit = await commitInChunks(context, request, cells, costs, Math.max(1, Math.ceil(estimate / 2)));
      } else if (needsRead(work)) {
        // Perhaps a rule Excel cannot read: the summary again, alone (if that fails too, the failure is the summary's),
        // then the reads in a sync of their own, so the pane is told the true reason if they fail.
        const fresh = await reloadSheets(context, state);
        commit = await commitInOneBatch(context, { plan: { ...plan, buildId: `${plan.buildId}r` }, state: fresh, record, papers, options }, null);
      } else {
        throw error;
      }
    }
  } else {
    commit = await commitInChunks(context, { plan, state, record, papers, options }, cells, costs, budget);
  }
  return finishWrite(context, plan, work, commit, record, cells, options);
}

/** What a commit writes: the summary of `plan` over the workbook as `state` knows it, the record and its papers. */
interface CommitRequest {
  plan: WritePlan;
  state: WorkbookState;
  record: StoredData;
  papers: PapersUpdate | null;
  options: WriteOptions;
}

/** What the commit left for the finishing step. */
interface Commit {
  summary: WrittenSummary;
  place: RecordPlace;
  formulaCells: Excel.RangeAreas | null;
  reads: QueuedRuleReads | null;
  presentation: PresentationRead;
}

/** Protection known from the read: the summary and the data sheet must be writable, and the workbook's structure. */
function refuseProtected(plan: WritePlan, state: WorkbookState): void {
  if (state.workbookProtected) throw hostErrors.workbookProtected();
  const summary = existingSummary(state, plan.layout.sheetName);
  if (summary?.protected) throw hostErrors.sheetProtected(summary.name);
  const dataSheet = state.place.dataSheet ? state.sheets.find((sheet) => sameSheetName(sheet.name, state.place.dataSheet!)) : undefined;
  if (dataSheet?.protected) throw hostErrors.sheetProtected(dataSheet.name);
}

/** Papers still to write, written ahead in chunks of at most `budget`; the state then knows the data sheet is there. */
async function papersAhead(
  context: Excel.RequestContext,
  state: WorkbookState,
  papers: PapersUpdate | null,
  budget: number,
  options: WriteOptions,
): Promise<{ state: WorkbookState; papers: PapersUpdate | null }> {
  if (!papers?.rows) return { state, papers };
  const ahead = await writePapersAhead(context, state.place, papers, budget, options.onTheWeb);
  return { state: { ...state, place: ahead.place }, papers: ahead.papers };
}

/** The usual commit: the rules' reads, the whole summary, the record and the text check, in one batch. */
async function commitInOneBatch(context: Excel.RequestContext, request: CommitRequest, work: RuleWork | null): Promise<Commit> {
  const { plan, state, options } = request;
  const reads = work ? queueRuleReads(context, work, options.features.rangeAreas) : null;
  const summary = queueSummarySheet(context, plan.layout, state, plan.buildId, options.features);
  return finishCommit(context, request, summary, reads);
}

/** The record and the reads after the summary, queued in the batch the summary is in, then that batch synced. */
async function finishCommit(
  context: Excel.RequestContext,
  { state, record, papers, options }: CommitRequest,
  summary: WrittenSummary,
  reads: QueuedRuleReads | null,
): Promise<Commit> {
  const place = queueWriteRecord(context, state.place, record, papers);
  const formulaCells = options.features.rangeAreas ? queueFormulaCheck(summary.sheet, summary.range) : null;
  const presentation = queuePresentationRead(summary.sheet, options.features);
  await context.sync();
  return { summary, place, formulaCells, reads, presentation };
}

/**
 * The large commit: the sheet aside's rows in chunks of at most `budget` estimated bytes, one sync each (the first
 * also adds the sheet), each chunk's own regions styled with it; then one last sync with the regions that span
 * chunks, the swap and the record. A chunk Excel still refuses is retried in halves, as the read does.
 */
async function commitInChunks(
  context: Excel.RequestContext,
  request: CommitRequest,
  cells: SummaryCells,
  costs: number[],
  budget: number,
): Promise<Commit> {
  const { plan, state, options } = request;
  const layout = plan.layout;
  const styled = new Set<LayoutRegion>();
  let current = state;
  let build: SummaryBuild | null = null;
  let attempt = 0;
  let limit = budget;
  let first = 0;
  while (first < layout.values.length) {
    build ??= queueStartSummary(context, layout, current, attempt === 0 ? plan.buildId : `${plan.buildId}-${attempt}`, cells);
    const last = lastRowWithin(costs, first, limit);
    queueSummaryRows(build.sheet, cells, first, last);
    const inside = layout.regions.filter((region) => !styled.has(region) && region.top >= first && region.bottom <= last);
    queueRegions(build.sheet, inside);
    try {
      // One request per chunk on purpose: batching them would pass the payload cap again.
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error, options.onTheWeb) || last === first) throw error;
      limit = Math.max(1, Math.floor(limit / 2));
      if (first === 0) {
        // The refused batch was to add the sheet too: look again at what is there and start over.
        current = await reloadSheets(context, current);
        build = null;
        attempt += 1;
      }
      continue;
    }
    for (const region of inside) styled.add(region);
    first = last + 1;
  }
  build ??= queueStartSummary(context, layout, current, plan.buildId, cells);
  const summary = queueFinishSummary(
    context,
    build,
    layout.regions.filter((region) => !styled.has(region)),
    options.features,
  );
  return finishCommit(context, { ...request, state: current }, summary, null);
}

/**
 * The finishing step, guarded: cells Excel turned into formulas written again as text, then the add-in's
 * conditional formats and in-cell validation replaced, the record again with what the add-in now owns, and last the summary's
 * charts and print setup.
 */
async function finishWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  work: RuleWork,
  commit: Commit,
  record: StoredData,
  cells: SummaryCells,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const notes = [...work.notes];
  let reads = commit.reads;
  let readFailure: unknown;
  if (!reads && needsRead(work)) {
    // The commit went without the reads (chunked, or after they failed with it): they take a sync of their own.
    reads = queueRuleReads(context, work, options.features.rangeAreas);
    try {
      await context.sync();
    } catch (error) {
      reads = null;
      readFailure = error;
    }
  }
  const sheet = commit.summary.sheet;
  const rewritten = queueTextRewrite(sheet, commit.formulaCells, cells);
  if (readFailure !== undefined) notes.push(hostNotes.conditionalFormatsUnreadable(work.conditionalFormatSheets, describe(readFailure)));
  if (!reads) {
    const presented = queuePresentation(sheet, plan.layout, commit.presentation, options.features);
    if (rewritten === 0 && !presented) return { notes, record, place: commit.place };
    try {
      await context.sync();
    } catch (error) {
      if (!presented || !isPresentationFailure(error)) throw error;
      notes.push(hostNotes.presentationNotRefreshed(describe(error)));
    }
    return { notes, record, place: commit.place };
  }

  const rules = settleRuleReads(reads, work);
  const formats = queueConditionalFormats(context, work.conditionalFormats, rules);
  const validation = queueInCellValidation(context, rules);
  notes.push(...validation.notes);
  const owned = {
    highlights: [...formats, ...work.kept.highlights],
    validation: plan.inCellValidation === null ? work.kept.validation : [...validation.written, ...work.kept.validation],
  };
  const updated: StoredData = { ...record, owned };
  const place = queueWriteRecord(context, commit.place, updated);
  // Last, so Excel refusing a chart or a page setting never costs the rules or the record queued before it.
  const presented = queuePresentation(sheet, plan.layout, commit.presentation, options.features);
  try {
    await context.sync();
  } catch (error) {
    if (presented && isPresentationFailure(error)) {
      notes.push(hostNotes.presentationNotRefreshed(describe(error)));
      return { notes, record: updated, place };
    }
    notes.push(hostNotes.rulesNotRefreshed(describe(error)));
    return { notes, record, place: commit.place };
  }
  return { notes, record: updated, place };
}

/** The sheets as they are now, for a write starting again after Excel refused a batch. */
async function reloadSheets(context: Excel.RequestContext, state: WorkbookState): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/protection/protected');
  await context.sync();
  const sheets = worksheets.items.map((sheet) => ({ name: sheet.name, position: sheet.position, protected: sheet.protection.protected }));
  // A refused batch may have added the data sheet before it stopped: write into it rather than add another.
  const dataSheet = sheets.find((sheet) => sameSheetName(sheet.name, DATA_SHEET_NAME))?.name ?? null;
  return { ...state, sheets, place: { ...state.place, dataSheet } };
}

/** Office's code, which is what support needs; the message is localised but kept for the person reading it. */
function describe(error: unknown): string {
  const code = officeCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message}` : message;
}
