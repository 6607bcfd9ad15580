import type { ClassifiedAction, Finding, IsoDate, PlanRow } from '../types';

/** What every validation rule sees: the rows as read and classified, and the paper's date. */
export interface RuleContext {
  plan: readonly PlanRow[];
  actions: readonly ClassifiedAction[];
  asOf: IsoDate;
}

/** A validation rule: returns every finding it has, never stopping at the first. */
export type Rule = (context: RuleContext) => Finding[];
