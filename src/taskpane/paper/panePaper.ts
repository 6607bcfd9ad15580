import { layoutSummary } from '../../core/layoutSummary';
import { rangeReference } from '../../core/rangeReference';
import { refreshHeadline } from '../../core/refreshHeadline';
import type { Analysis, SummaryModel } from '../../core/types';
import type { PanePaper } from '../state/paneState';

/** What the pane keeps of a written refresh: its summary (for Copy for Word) and headline figures (At a glance). */
export function panePaper(analysis: Analysis): PanePaper {
  return { summary: analysis.summary, headline: refreshHeadline(analysis) };
}

/**
 * The summary's tables and narrative on its sheet, for Copy for Word's fallback (the user copies it with Ctrl+C):
 * every block, not the charts below them, which Word would paste as pictures of a moment.
 *
 * @example summarySelection(summary) === { sheet: 'JAC Summary', address: "'JAC Summary'!$A$1:$E$51" }
 */
export function summarySelection(summary: SummaryModel): { sheet: string; address: string } {
  const layout = layoutSummary(summary);
  const bottom = Math.max(0, layout.values.length - 1);
  const right = Math.max(0, (layout.values[0]?.length ?? 1) - 1);
  return { sheet: layout.sheetName, address: rangeReference(layout.sheetName, { top: 0, left: 0, bottom, right }) };
}
