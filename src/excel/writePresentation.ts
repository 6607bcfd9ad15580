/**
 * The summary's presentation, its charts (writeSummaryCharts.ts) and print setup (writePrintSetup.ts), queued on
 * the summary where it stands, last in the write's final sync (writeResults.ts): after the summary's cells, the
 * add-in's rules and the stored record, so that Excel refusing a chart or a page setting (an axis setting on one
 * platform, a page setting on another) can never cost any of those. A failure there becomes a note.
 */
import type { SummaryLayout } from '../core/types';
import { officeErrorLocation } from './officeErrors';
import { queueCharts, queueChartNames, type ChartFeatures } from './writeSummaryCharts';
import { queuePrintSetup } from './writePrintSetup';

export interface PresentationFeatures extends ChartFeatures {
  /** ExcelApi 1.9: Worksheet.pageLayout and horizontalPageBreaks. */
  printSetup: boolean;
}

/** What the commit read for the presentation: the names of the charts on the summary (null without charts). */
export interface PresentationRead {
  charts: Excel.ChartCollection | null;
}

/** Queued in the commit, after the summary is in place. */
export function queuePresentationRead(sheet: Excel.Worksheet, features: PresentationFeatures): PresentationRead {
  return { charts: features.charts ? queueChartNames(sheet) : null };
}

/** Queues the charts and the print setup on `sheet`; returns whether anything was queued. */
export function queuePresentation(sheet: Excel.Worksheet, layout: SummaryLayout, read: PresentationRead, features: PresentationFeatures): boolean {
  const charted = read.charts ? queueCharts(sheet, layout, read.charts, features) : false;
  if (!features.printSetup || !layout.print) return charted;
  queuePrintSetup(sheet, layout.print);
  return true;
}

/**
 * True when Office says the batch stopped at a chart or a page setting, which the final sync queues last: what came
 * before them (the rules, the record) was done. Where Office names no location, false: the caller then assumes the
 * worst, that nothing of the sync was done.
 */
export function isPresentationFailure(error: unknown): boolean {
  return /^(Chart|PageLayout|PageBreak|Worksheet\.(charts|pageLayout|horizontalPageBreaks))/.test(officeErrorLocation(error));
}
