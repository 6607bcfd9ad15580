/**
 * When a refresh must write nothing. A workbook may rightly hold only one of the two tables (many organisations
 * keep the plan in Word), and then the summary shows what that table supports. But a refresh that finds no table at
 * all, or loses one the last refresh found (a sheet renamed, a header retyped), would replace a good summary with a
 * poorer one: it is blocked, and the previous summary stays.
 */
import type { LastRefresh } from '../core/dataSheet';
import type { Analysis, TableKind } from '../core/types';

/** Where the message sends the user: the mapping is how they tell the add-in which table is which. */
export const CHOOSE_TABLES_POINTER = 'Choose the table under Settings > Tables and columns.';

const TABLE_NAMES: Record<TableKind, string> = { plan: 'audit plan', actions: 'actions' };

/**
 * The tables whose absence blocks this refresh: both when neither was found; otherwise those the last written
 * refresh found and this one did not.
 *
 * @example tablesToBlockOn(analysisWithoutActions, { asOf: '2024-07-24', tablesFound: { plan: true, actions: true } }) // ['actions']
 */
export function tablesToBlockOn(analysis: Analysis, last: LastRefresh | null): TableKind[] {
  const found = { plan: analysis.plan.table !== null, actions: analysis.actions.table !== null };
  if (!found.plan && !found.actions) return ['plan', 'actions'];
  if (!last) return [];
  return (['plan', 'actions'] as const).filter((kind) => last.tablesFound[kind] && !found[kind]);
}

/** The engine's missing-table findings already say what was looked for and where; this adds why nothing was written. */
export function blockedMessage(analysis: Analysis, missing: readonly TableKind[]): string {
  const said = analysis.findings.filter((finding) => finding.check === 'missing-table').map((finding) => finding.message);
  // The engine always explains a missing table; this covers a future engine that does not.
  if (said.length === 0) said.push(...missing.map((kind) => `No ${TABLE_NAMES[kind]} table found.`));
  const both = missing.length === 2;
  const why = both
    ? 'Nothing was written, so any previous summary stays.'
    : `The last refresh found the ${TABLE_NAMES[missing[0]]} table, so nothing was written and the previous summary stays.`;
  return [...said, why, CHOOSE_TABLES_POINTER].join(' ');
}
