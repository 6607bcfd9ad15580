/**
 * Every column the engine knows, in one table. The field types (PlanField, ActionField), header recognition, the
 * labels findings and settings use, the "looked for a header such as ..." examples, which columns a table needs,
 * how a header row is judged to be a plan or an action tracker, and the pane's column pickers are all derived from
 * it. Adding a field means adding a row here and writing the code that uses its value; nothing else lists fields.
 *
 * Header wordings are the ones seen in published committee papers and audit tools (see ../shared/REAL-WORLD.md);
 * they are compared after normaliseHeader (case, spacing and punctuation ignored). Within a field, earlier wordings
 * win when two columns of one table match it ("Rec no" is a better reference than "No").
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

const AUDIT_NAMES = [
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

/** The audit plan's columns. */
export const PLAN_FIELD_SPECS = [
  {
    id: 'audit',
    table: 'plan',
    label: 'Audit Name',
    headers: AUDIT_NAMES,
    examples: ['Audit Name', 'Audit', 'Review'],
    need: 'required',
    marksTable: false,
    hint: 'The audit or review, one a row.',
  },
  {
    id: 'plannedStart',
    table: 'plan',
    label: 'Planned start',
    headers: [
      'planned start',
      'planned start date',
      'start date',
      'start',
      'planned date',
      'planned quarter',
      'quarter',
      'qtr',
      'planned qtr',
      'scheduling',
      'scheduled',
      'scheduled date',
      'scheduled start',
      'schedule',
      'timing',
      'planned timing',
      'proposed timing',
      'indicative timing',
      'fieldwork start',
      'fieldwork date',
      'planned fieldwork',
      'when',
      'planned start quarter',
      'proposed start',
      'target start',
      'planned month',
      'month',
      'quarter planned',
    ],
    examples: ['Planned start', 'Start date', 'Quarter'],
    need: 'recommended',
    marksTable: true,
    hint: 'A date, a month or a quarter such as "Q3".',
    consequence: 'Planned starts that have passed cannot be checked.',
  },
  {
    id: 'status',
    table: 'plan',
    label: 'Status',
    headers: [
      'status',
      'stage',
      'progress',
      'current status',
      'audit status',
      'status update',
      'progress update',
      'latest update',
      'current position',
      'position',
      'update',
      'latest position',
      'progress to date',
      'state',
      'progress status',
      'status progress',
      'status of audit',
      'report status',
    ],
    examples: ['Status', 'Stage', 'Progress'],
    need: 'required',
    marksTable: true,
    hint: 'Where the audit has got to, such as "Draft report issued".',
    meanings: STAGE_MEANINGS,
  },
  {
    id: 'opinion',
    table: 'plan',
    label: 'Assurance opinion',
    headers: [
      'assurance',
      'opinion',
      'assurance level',
      'level of assurance',
      'assurance opinion',
      'audit opinion',
      'assurance rating',
      'assurance given',
      'opinion given',
      'overall opinion',
      'overall assurance',
      'rating',
      'outcome',
      'assurance outcome',
      'assurance level applicable',
      'assurance level given',
      'opinion rating',
      'audit conclusion',
      'conclusion',
      'assurance conclusion',
    ],
    examples: ['Assurance', 'Opinion', 'Assurance level'],
    need: 'optional',
    marksTable: true,
    hint: 'The final report\u2019s opinion, such as "Reasonable".',
    meanings: OPINION_MEANINGS,
  },
] as const satisfies readonly FieldSpec<'plan'>[];

/** The action tracker's columns. */
export const ACTION_FIELD_SPECS = [
  {
    id: 'audit',
    table: 'actions',
    label: 'Audit Name',
    // NHS trusts' trackers name the audit report the recommendation came from in a column headed "Report".
    headers: [...AUDIT_NAMES, 'report'],
    examples: ['Audit Name', 'Audit', 'Review'],
    need: 'optional',
    group: 'identity',
    marksTable: false,
    hint: 'The audit the recommendation came from.',
  },
  {
    id: 'ref',
    table: 'actions',
    label: 'Reference',
    headers: [
      'rec ref',
      'rec no',
      'recommendation ref',
      'recommendation reference',
      'recommendation no',
      'recommendation number',
      'rec number',
      'rec id',
      'recommendation id',
      'ref',
      'ref no',
      'reference',
      'reference no',
      'action ref',
      'action reference',
      'action no',
      'action number',
      'action id',
      'rec',
      'recs',
      'id',
      'no',
      'number',
      'item',
      'item no',
      'finding ref',
      'finding no',
      'para',
      'para ref',
      'paragraph',
    ],
    examples: ['Ref', 'Rec no', 'Recommendation no'],
    need: 'optional',
    group: 'identity',
    marksTable: true,
    hint: 'The recommendation\u2019s reference, such as "IA-24-01.2" or "3".',
  },
  {
    id: 'recommendation',
    table: 'actions',
    label: 'Recommendation',
    headers: [
      'recommendation',
      'recommendations',
      'recommendation text',
      'recommendation details',
      'recommendation detail',
      'agreed action',
      'agreed actions',
      'management action',
      'management actions',
      'action agreed',
      'actions agreed',
      'management action agreed',
      'agreed management action',
      'recommendation and agreed action',
      'recommendation agreed action',
      'action required',
      'finding',
      'findings',
      'issue',
      'issue identified',
      'weakness',
      'weakness identified',
      'observation',
      'action',
      'actions',
      'detail',
      'details',
      'description',
    ],
    examples: ['Recommendation', 'Agreed action', 'Finding'],
    need: 'optional',
    group: 'identity',
    marksTable: true,
    hint: 'What was recommended or agreed (or its number, when the tracker has no reference column).',
  },
  {
    id: 'risk',
    table: 'actions',
    label: 'Risk',
    headers: [
      'risk',
      'risk level',
      'risk rating',
      'priority',
      'priority level',
      'priority rating',
      'grade',
      'risk grade',
      'rating',
      'significance',
      'risk priority',
      'category',
      'recommendation priority',
      'importance',
      'priority of recommendation',
      'recommendation rating',
      'recommendation grade',
      'rag rating',
      'risk category',
      'grading',
      'classification',
    ],
    examples: ['Risk', 'Priority', 'Grade'],
    need: 'recommended',
    marksTable: true,
    hint: 'The grade, such as High, Priority 1, Significant or Amber.',
    meanings: GRADE_MEANINGS,
    consequence: 'Actions cannot be counted or ordered by priority.',
  },
  {
    id: 'owner',
    table: 'actions',
    label: 'Owner',
    headers: [
      'owner',
      'action owner',
      'responsible officer',
      'person responsible',
      'lead officer',
      'responsible manager',
      'responsible person',
      'officer responsible',
      'manager responsible',
      'responsibility',
      'accountable officer',
      'executive lead',
      'lead director',
      'lead',
      'lead officer em',
      'assigned to',
      'action by',
      'responsible',
      'recommendation owner',
      'owner name',
      'responsible owner',
    ],
    examples: ['Owner', 'Responsible officer', 'Person responsible'],
    need: 'optional',
    marksTable: true,
    hint: 'Who must do it: committees ask who.',
  },
  {
    id: 'deadline',
    table: 'actions',
    label: 'Deadline',
    headers: [
      'deadline',
      'due date',
      'due',
      'target date',
      'target',
      'implementation date',
      'agreed date',
      'agreed implementation date',
      'target implementation date',
      'original deadline',
      'original target date',
      'original due date',
      'original implementation date',
      'original date',
      'agreed deadline',
      'date due',
      'timescale',
      'target completion date',
      'agreed completion date',
      'agreed target date',
      'agreed timescale',
      'implementation due date',
      'implementation target date',
      'proposed implementation date',
      'due by',
      'date for implementation',
      'original target completion date',
      'completion target date',
      'target date for implementation',
      'date action due',
      'action due date',
    ],
    examples: ['Deadline', 'Due date', 'Target date'],
    need: 'required',
    marksTable: true,
    hint: 'The date first agreed.',
  },
  {
    id: 'revisedDeadline',
    table: 'actions',
    label: 'Revised deadline',
    headers: [
      'revised deadline',
      'revised target date',
      'revised due date',
      'revised implementation date',
      'revised date',
      'revised target',
      'extended to',
      'extended deadline',
      'new deadline',
      'new target date',
      'new due date',
      'new date',
      'new implementation date',
      'extension',
      'extension date',
      'extended date',
      'revised timescale',
      'latest deadline',
      'revised target completion date',
      'revised completion date',
      'revised agreed date',
      'adjusted date due',
      'adjusted due date',
      'adjusted date',
      'current target date',
      'current deadline',
      'updated target date',
      'updated due date',
      'latest target date',
      'revised date agreed',
      'revised',
    ],
    examples: ['Revised deadline', 'Revised target date', 'Extended to'],
    need: 'optional',
    marksTable: true,
    repeats: true,
    hint: 'Any number of revised dates; the right-most one holding a date is the deadline.',
  },
  {
    id: 'signoff',
    table: 'actions',
    label: 'Signoff Date',
    noun: 'sign-off date',
    headers: [
      'signoff date',
      'signoff',
      'signed off',
      'signed off date',
      'date signed off',
      'date implemented',
      'implemented',
      'implemented date',
      'implementation confirmed',
      'completed',
      'completed date',
      'date completed',
      'completion date',
      'actual completion date',
      'date of completion',
      'date actioned',
      'closed',
      'closed date',
      'date closed',
      'closure date',
      'verified',
      'date verified',
      'verified date',
      'date cleared',
    ],
    examples: ['Signoff Date', 'Date implemented', 'Date completed'],
    need: 'optional',
    group: 'closure',
    marksTable: true,
    hint: 'The date the action was done or closed.',
  },
  {
    id: 'status',
    table: 'actions',
    label: 'Status',
    headers: [
      'status',
      'current status',
      'action status',
      'implementation status',
      'recommendation status',
      'progress',
      'progress status',
      'overall status',
      'rag status',
      'rag',
      'status of action',
      'percent complete',
      'percentage complete',
      'complete percent',
      'percent completed',
      'state',
    ],
    examples: ['Status', 'Progress', 'Current status'],
    need: 'optional',
    group: 'closure',
    marksTable: false,
    hint: 'Such as In progress, Implemented, Superseded or 100%.',
    meanings: DISPOSITION_MEANINGS,
  },
  {
    id: 'response',
    table: 'actions',
    label: 'Management response',
    headers: [
      'management response',
      'management comment',
      'management comments',
      'initial management comment',
      'initial management response',
      'initial management comment response',
      'management update',
      'update',
      'latest update',
      'progress update',
      'update on progress',
      'comments',
      'comment',
      'commentary',
      'notes',
      'action taken',
      'actions taken',
      'progress to date',
      'current position',
      'latest position',
      'position',
      'response',
      'officer comments',
      'officer update',
      'lead officer update',
      'progress comments',
      'management response update',
    ],
    examples: ['Management response', 'Management update', 'Comments'],
    need: 'optional',
    marksTable: false,
    hint: 'The latest update from management.',
  },
] as const satisfies readonly FieldSpec<'actions'>[];

export type PlanField = (typeof PLAN_FIELD_SPECS)[number]['id'];
export type ActionField = (typeof ACTION_FIELD_SPECS)[number]['id'];
export type Field = PlanField | ActionField;

/** The plan's and the tracker's fields, in the order the settings show them. */
export const PLAN_FIELDS: readonly PlanField[] = PLAN_FIELD_SPECS.map((spec) => spec.id);
export const ACTION_FIELDS: readonly ActionField[] = ACTION_FIELD_SPECS.map((spec) => spec.id);

export const FIELD_SPECS: { readonly plan: readonly FieldSpec<'plan', PlanField>[]; readonly actions: readonly FieldSpec<'actions', ActionField>[] } =
  {
    plan: PLAN_FIELD_SPECS,
    actions: ACTION_FIELD_SPECS,
  };

/**
 * One field of one table.
 * @example fieldSpec('actions', 'owner').label // 'Owner'
 */
export function fieldSpec(kind: TableKind, field: string): FieldSpec | undefined {
  return (FIELD_SPECS[kind] as readonly FieldSpec[]).find((spec) => spec.id === field);
}

/** How a field is named to a person. The same field id means the same thing in both tables where both have it. */
export function fieldLabel(kind: TableKind, field: string): string {
  return fieldSpec(kind, field)?.label ?? field;
}

/** How a finding names a cell of the field mid-sentence: "the sign-off date", "the revised deadline". */
export function fieldNoun(kind: TableKind, field: string): string {
  const spec = fieldSpec(kind, field);
  return spec?.noun ?? (spec?.label ?? field).toLowerCase();
}

/** What a table needs, as findings say it: each need is one field, or a group any of whose fields will do. */
export interface Need {
  fields: readonly string[];
  severity: 'error' | 'warning';
  /** For a group: what the fields together tell ("what identifies each action"). */
  what: string | null;
  consequence: string | null;
}

/**
 * Groups of fields that meet one need together. Real trackers differ: many have a Status column and no sign-off
 * date, some identify actions by a reference with no audit name on each row. Each group is needed as a whole.
 */
const FIELD_GROUPS: Record<NonNullable<FieldSpec['group']>, { what: string; severity: 'error' | 'warning' }> = {
  identity: { what: 'that identifies each action', severity: 'error' },
  closure: { what: 'that says whether an action is closed', severity: 'error' },
};

/**
 * The needs of a table, derived from the field table: required fields (errors), recommended ones (warnings) and
 * groups (listed once, where their first field stands).
 *
 * @example tableNeeds('actions').map((need) => need.fields) // [['audit', 'ref', 'recommendation'], ['risk'], ['deadline'], ['signoff', 'status']]
 */
export function tableNeeds(kind: TableKind): Need[] {
  const needs: Need[] = [];
  const seenGroups = new Set<string>();
  const specs = FIELD_SPECS[kind] as readonly FieldSpec[];
  for (const spec of specs) {
    if (spec.group) {
      if (seenGroups.has(spec.group)) continue;
      seenGroups.add(spec.group);
      const members = specs.filter((other) => other.group === spec.group);
      const group = FIELD_GROUPS[spec.group];
      needs.push({ fields: members.map((member) => member.id), severity: group.severity, what: group.what, consequence: null });
      continue;
    }
    if (spec.need === 'optional') continue;
    needs.push({ fields: [spec.id], severity: spec.need === 'required' ? 'error' : 'warning', what: null, consequence: spec.consequence ?? null });
  }
  return needs;
}
