import { analyseWorkbook } from '../core/analyseWorkbook';
import { describeRefresh } from '../core/describeRefresh';
import { layoutSummary } from '../core/layoutSummary';
import type { RecordedPaper } from '../core/movement/paper';
import { recordedPapers, recordPaper, storedDate } from '../core/movement/recordedPapers';
import type { Analysis, IsoDate, JacSettings, TableKind } from '../core/types';
import { blockedMessage, tablesToBlockOn } from './blocking';
import type { WorkbookHost } from './WorkbookHost';

export type RefreshStep = 'reading' | 'checking' | 'writing';

export interface RefreshOptions {
  /**
   * Record this paper in the workbook with the summary (the same write, no extra sync), so later papers can show
   * what moved since. Recording the same paper date again replaces that record.
   */
  record?: boolean;
}

/**
 * What a refresh did. Both are expected outcomes, so they are values, not exceptions; only a real host failure
 * throws (a HostError).
 */
export type RefreshOutcome =
  /** The summary and the add-in's rules were written. */
  | {
      kind: 'written';
      analysis: Analysis;
      /** One line for the pane: "16 audits, 11 actions: 3 overdue, 7 signed off since 24/07/2024". */
      message: string;
      /** What the host could not do alongside (highlighting on a protected sheet, say), each a sentence to show. */
      notes: string[];
      /** The papers recorded in the workbook after this refresh, oldest first (this one among them when recorded). */
      papers: RecordedPaper[];
      /** True when this refresh recorded the paper; `replaced` when one of the same date was recorded before. */
      recorded: { replaced: boolean } | null;
    }
  /**
   * Nothing was written, because no table was found at all, or a table the last refresh found has gone: writing
   * would replace a good summary with a poorer one. The analysis still says what was looked for.
   */
  | { kind: 'blocked'; analysis: Analysis; missing: TableKind[]; message: string };

/**
 * One refresh, the same for the ribbon command, the task pane and the command line: read the workbook once, run the
 * engine, write the summary and the add-in's rules once. With `options.record`, the paper is recorded in the same
 * write.
 *
 * @param today the date the paper is "as of" when the settings leave it empty; passed in so callers (and tests)
 *   decide what today is.
 */
export function refreshSummary(
  host: WorkbookHost,
  settings: JacSettings,
  today: IsoDate,
  onProgress: (step: RefreshStep) => void = () => {},
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  // The ribbon and the pane share one host: a second refresh waits for the first rather than building alongside it.
  const refresh = (inside: WorkbookHost) => readCheckWrite(inside, settings, today, onProgress, options);
  return host.exclusive ? host.exclusive(refresh) : refresh(host);
}

async function readCheckWrite(
  host: WorkbookHost,
  settings: JacSettings,
  today: IsoDate,
  onProgress: (step: RefreshStep) => void,
  options: RefreshOptions,
): Promise<RefreshOutcome> {
  onProgress('reading');
  const cells = await host.readWorkbook();

  onProgress('checking');
  const analysis = analyseWorkbook(cells, { settings, today });
  const missing = tablesToBlockOn(analysis, cells.stored?.lastRefresh ?? null);
  if (missing.length > 0) return { kind: 'blocked', analysis, missing, message: blockedMessage(analysis, missing) };

  onProgress('writing');
  const stored = cells.stored?.papers ?? [];
  const papers = options.record ? recordPaper(stored, analysis.paper) : undefined;
  const report = await host.writeResults({
    layout: layoutSummary(analysis.summary),
    tables: { plan: analysis.plan.table, actions: analysis.actions.table },
    inCellValidation: settings.dataValidation,
    lastRefresh: { asOf: analysis.asOf, tablesFound: { plan: analysis.plan.table !== null, actions: analysis.actions.table !== null } },
    ...(papers ? { papers } : {}),
    ...(analysis.words ? { words: analysis.words } : {}),
  });

  return {
    kind: 'written',
    analysis,
    message: describeRefresh(analysis),
    notes: report.notes,
    papers: recordedPapers(papers ?? stored),
    recorded: papers ? { replaced: stored.some((entry) => storedDate(entry) === analysis.asOf) } : null,
  };
}
