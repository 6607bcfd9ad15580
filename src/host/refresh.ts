import { analyseWorkbook } from '../core/analyseWorkbook';
import { describeRefresh } from '../core/describeRefresh';
import { layoutSummary } from '../core/layoutSummary';
import type { Analysis, IsoDate, JacSettings } from '../core/types';
import { missingTable, RefreshBlockedError } from './RefreshBlockedError';
import type { WorkbookHost } from './WorkbookHost';

export type RefreshStep = 'reading' | 'checking' | 'writing';

export interface RefreshOutcome {
  analysis: Analysis;
  /** One line for the pane: "16 audits, 11 actions: 3 overdue, 7 signed off since 24/07/2024". */
  message: string;
}

/**
 * One refresh, the same for the ribbon command and the task pane: read the workbook once, run the engine,
 * write the summary and the add-in's rules once. Host failures propagate as `HostError`s for the caller to show.
 * When the plan or the actions table cannot be found it writes nothing and throws a `RefreshBlockedError`: a summary
 * with empty tables would replace the previous good one.
 *
 * @param today the date the paper is "as of" when the settings leave it empty; passed in so callers (and tests)
 *   decide what today is.
 */
export async function refreshSummary(
  host: WorkbookHost,
  settings: JacSettings,
  today: IsoDate,
  onProgress: (step: RefreshStep) => void = () => {},
): Promise<RefreshOutcome> {
  onProgress('reading');
  const cells = await host.readWorkbook();

  onProgress('checking');
  const analysis = analyseWorkbook(cells, { settings, today });
  if (missingTable(analysis)) throw new RefreshBlockedError(analysis);

  onProgress('writing');
  await host.writeResults({
    layout: layoutSummary(analysis.summary),
    tables: { plan: analysis.plan.table, actions: analysis.actions.table },
    dataValidation: settings.dataValidation,
  });

  return { analysis, message: describeRefresh(analysis) };
}
