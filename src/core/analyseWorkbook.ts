import { buildSummary } from './buildSummary';
import { sortFindings } from './finding';
import { locateTables } from './locateTables';
import { comparePaper } from './movement/comparePaper';
import { withPaperBlocks } from './movement/paperBlocks';
import { snapshotOf } from './movement/snapshotOf';
import { readClassifiedActions } from './readActionRows';
import { readPlanRows } from './readPlanRows';
import { runChecks } from './runChecks';
import type { Analysis, IsoDate, JacSettings, WorkbookCells } from './types';
import { trackerWords } from './trackerWords';
import { userWords } from './userWords';

// Settings are resolved in their own file; re-exported here because callers think of them together.
export { resolveSettings } from './resolveSettings';

export interface AnalyseOptions {
  settings: JacSettings;
  /** Today's date, `YYYY-MM-DD`: the paper's date when settings leave asOf empty. Passed in so callers decide. */
  today: IsoDate;
}

/**
 * One run of the engine over a workbook's cells: find the tables, read their rows (with the organisation's own words
 * from the settings), classify the actions as of the paper's date, check everything, and build the summary. Never
 * throws on bad data: a missing table or column is a finding, and the analysis then has no rows for that table.
 *
 * @example analyseWorkbook(cells, { settings: resolveSettings({ since: '2024-07-24' }), today: '2024-10-31' })
 */
export function analyseWorkbook(workbook: WorkbookCells, { settings, today }: AnalyseOptions): Analysis {
  const asOf = settings.asOf ?? today;
  const since = settings.since;
  const words = userWords(settings.vocabulary);
  const located = locateTables(workbook, { plan: settings.plan, actions: settings.actions });
  const planRows = located.plan ? readPlanRows(workbook, located.plan, words) : [];
  // Read and classified in one object per action (see readClassifiedActions).
  const actions = located.actions ? readClassifiedActions(workbook, located.actions, asOf, since, words) : [];
  const tablesFound = { plan: located.plan !== null, actions: located.actions !== null };
  const plan = { table: located.plan, rows: planRows };
  const actionTable = { table: located.actions, rows: actions };
  // Compared with the last paper recorded in the workbook before this one; its blocks join the summary.
  const paper = comparePaper(snapshotOf({ asOf, since, plan, actions: actionTable }), workbook.stored?.papers ?? []);
  const rules = { mostRevisions: settings.mostRevisions ?? null, longestExtensionDays: settings.longestExtensionDays ?? null };
  return {
    asOf,
    since,
    plan,
    actions: actionTable,
    findings: sortFindings([...located.findings, ...runChecks(planRows, actions, asOf)]),
    summary: withPaperBlocks(buildSummary(planRows, actions, asOf, since, { tablesFound, words }), paper, rules, tablesFound),
    paper,
    words: trackerWords(workbook, located.actions, actions, settings.vocabulary, planRows),
  };
}
