import type { Finding, TableKind } from '../../core/types';
import type { PaneState, WorkbookOutline } from './paneState';

export interface FindingCounts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[] | null): FindingCounts {
  const counts = { errors: 0, warnings: 0 };
  for (const finding of findings ?? []) {
    if (finding.severity === 'error') counts.errors += 1;
    else counts.warnings += 1;
  }
  return counts;
}

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
}

/**
 * Findings grouped by sheet, errors first: within a sheet errors come before warnings, and sheets with errors come
 * before sheets with only warnings. Otherwise the engine's order (sheet, row, column) is kept.
 * Grouped with a Map because sheet names are arbitrary text ("__proto__" is a valid sheet name).
 *
 * @example groupFindings([warning on Plan, error on Actions]) -> [{ sheet: 'Actions', ... }, { sheet: 'Plan', ... }]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const errorsFirst = [...findings].sort((a, b) => severityRank(a) - severityRank(b));
  const groups = new Map<string, Finding[]>();
  for (const finding of errorsFirst) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  return Array.from(groups, ([sheet, grouped]) => ({ sheet, findings: grouped }));
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}

/** No refresh has finished in this session: the pane explains itself instead of showing an outcome. */
export function isFirstRun(state: PaneState): boolean {
  return state.refresh.phase === 'idle' || (state.refresh.phase === 'running' && state.refresh.previous === null);
}

export function isBusy(state: PaneState): boolean {
  return state.refresh.phase === 'running' || state.savingSettings;
}

/**
 * The table whose picker "Choose the tables" takes the user to: the one that was not found, or the plan's when both
 * were missing or nothing is known yet.
 */
export function tableToChoose(outline: WorkbookOutline | null): TableKind {
  return outline?.plan && !outline.actions ? 'actions' : 'plan';
}
