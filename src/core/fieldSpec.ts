/**
 * What a row of the field tables (planFields.ts, actionFields.ts) says about a column, and the word lists those rows
 * share: the meanings a user's word may take, and the wordings of an audit's name. fields.ts derives everything
 * else from the two tables.
 */
import type { Disposition, Stage, TableKind } from './types';

/** How much a table needs a field. Fields sharing a `group` stand in for one another (any one of them will do). */
export type FieldNeed = 'required' | 'recommended' | 'optional';

export interface FieldSpec<K extends TableKind = TableKind, F extends string = string> {
  readonly id: F;
  readonly table: K;
  /** How the field is named to a person, in findings and in the settings. */
  readonly label: string;
  /** How a finding names one of its cells mid-sentence, when not the label in lower case ("sign-off date"). */
  readonly noun?: string;
  /** Header wordings in order of preference. */
  readonly headers: readonly string[];
  /** The three wordings a "looked for a header such as ..." message names. */
  readonly examples: readonly [string, string, string];
  readonly need: FieldNeed;
  /**
   * Fields with the same group meet one need together (FIELD_GROUPS): an action is identified by its audit,
   * reference or text. A grouped field's own `need` is then 'optional'.
   */
  readonly group?: 'identity' | 'closure';
  /**
   * Whether a header for this field says which kind of table it heads. "Status" heads both a plan and a tracker, so
   * it counts only for the plan (a plan needs it); a tracker's Status or Comments column says nothing either way.
   */
  readonly marksTable: boolean;
  /** A tracker may have several columns of this field (first, second, third revised date): all are kept, in order. */
  readonly repeats?: boolean;
  /** What the column holds, for the settings' hint. */
  readonly hint: string;
  /** What a missing recommended column costs, said after the missing-column message. */
  readonly consequence?: string;
  /**
   * For a column of words the engine interprets: what a word the user adds (settings' vocabulary) can mean, as
   * [value, label]. Fields without it take no extra words.
   */
  readonly meanings?: readonly (readonly [value: string, label: string])[];
}

/** What a plan status can mean: the stages, in the order audits move through them. */
export const STAGE_MEANINGS = [
  ['not-started', 'Not started'],
  ['planning', 'Planning'],
  ['fieldwork', 'Fieldwork'],
  ['draft', 'Draft report'],
  ['final', 'Final report issued'],
  ['deferred', 'Deferred'],
  ['cancelled', 'Cancelled'],
] as const satisfies readonly (readonly [Stage, string])[];

/** What an opinion word can mean: its place on the usual four-grade scale, best first. */
export const OPINION_MEANINGS = [
  ['substantial', 'Top grade (as Substantial)'],
  ['reasonable', 'Second grade (as Reasonable)'],
  ['limited', 'Third grade (as Limited)'],
  ['no', 'Lowest grade (as No assurance)'],
] as const;

/** What a risk or priority word can mean: one of five grades, highest first. */
export const GRADE_MEANINGS = [
  ['critical', 'Critical'],
  ['high', 'High'],
  ['medium', 'Medium'],
  ['low', 'Low'],
  ['advisory', 'Advisory'],
] as const;

/** What an action status can mean. */
export const DISPOSITION_MEANINGS = [
  ['open', 'Open'],
  ['awaiting-verification', 'Implemented, awaiting verification'],
  ['implemented', 'Implemented'],
  ['closed-without-implementation', 'Closed without implementation'],
] as const satisfies readonly (readonly [Disposition, string])[];

/** Header wordings of the audit's name, shared by the plan and the tracker (the tracker adds "report"). */
export const AUDIT_NAMES = [
  'audit name',
  'audit',
  'audit title',
  'audit area',
  'auditable area',
  'audit review',
  'review',
  'review name',
  'review title',
  'review area',
  'audit subject',
  'audit topic',
  'assignment',
  'audit assignment',
  'area',
  'auditable entity',
  'audit report',
  'report title',
  'report name',
  'audit name title',
  'description of audit',
  'audit description',
  'internal audit report',
  'audit report title',
  'name of audit',
  'audit area title',
  'system',
  'subject',
] as const;
