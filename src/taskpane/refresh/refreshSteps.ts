import type { RefreshStep } from '../../host/refresh';

/** The steps in the order refreshSummary reports them, with what the pane says during each. */
export const REFRESH_STEPS: readonly RefreshStep[] = ['reading', 'checking', 'writing'];

export const REFRESH_STEP_LABELS: Record<RefreshStep, string> = {
  reading: 'Reading the workbook',
  checking: 'Checking the data',
  writing: 'Writing the summary',
};

/** How far along the bar is during a step: never empty (work has begun) and never full (it is not done yet). */
export function refreshProgress(step: RefreshStep): number {
  return (REFRESH_STEPS.indexOf(step) + 1) / (REFRESH_STEPS.length + 1);
}
