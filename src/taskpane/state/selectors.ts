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

/** No refresh has finished in this session: the pane explains itself instead of showing an outcome. */
export function isFirstRun(state: PaneState): boolean {
  return state.refresh.phase === 'idle' || (state.refresh.phase === 'running' && state.refresh.previous === null);
}

export function isBusy(state: PaneState): boolean {
  return state.refresh.phase === 'running' || state.settingsStatus.phase === 'saving';
}

/** The form holds settings the workbook does not: changed since loaded or saved, before or during a save. */
export function settingsEdited(state: Pick<PaneState, 'settingsStatus'>): boolean {
  const status = state.settingsStatus;
  return status.phase === 'edited' || (status.phase === 'saving' && status.resume === 'edited');
}

/**
 * The table whose picker "Choose the tables" takes the user to: the one that was not found, or the plan's when both
 * were missing or nothing is known yet.
 */
export function tableToChoose(outline: WorkbookOutline | null): TableKind {
  return outline?.plan && !outline.actions ? 'actions' : 'plan';
}
