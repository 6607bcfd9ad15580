import type { CheckId, ClassifiedAction, Finding, IsoDate, PlanRow } from '../types';

/** What every check sees: the rows as read and classified, and the paper's date. */
export interface CheckContext {
  plan: readonly PlanRow[];
  actions: readonly ClassifiedAction[];
  asOf: IsoDate;
}

/**
 * A check of the data, with what live checking needs to know about it (ESLint's rule-with-meta shape).
 * - `id`: the id every finding it makes carries.
 * - `scope`: `row` when each finding on a row depends on that row alone (and the paper's date), so an edit is checked
 *   again by running it on the edited rows only; `table` when it compares rows with one another, so it runs again
 *   over every row. recheckRows.ts reads nothing else to decide, and a test holds every `row` check to its word.
 * - `check`: every finding it has, never stopping at the first, in any order (runChecks' caller sorts).
 */
export interface Check {
  id: CheckId;
  scope: 'row' | 'table';
  check: (context: CheckContext) => Finding[];
}
