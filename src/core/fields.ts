/**
 * Every column the engine knows, in one table per kind of table: planFields.ts and actionFields.ts, each row as
 * fieldSpec.ts describes it. The field types (PlanField, ActionField), header recognition, the labels findings and
 * settings use, the "looked for a header such as ..." examples, which columns a table needs, how a header row is
 * judged to be a plan or an action tracker, and the pane's column pickers are all derived here from those tables.
 * Adding a field means adding a row to its table and writing the code that uses its value; nothing else lists fields.
 *
 * Header wordings are the ones seen in published committee papers and audit tools (see ../shared/REAL-WORLD.md);
 * they are compared after normaliseHeader (case, spacing and punctuation ignored). Within a field, earlier wordings
 * win when two columns of one table match it ("Rec no" is a better reference than "No").
 */
import { ACTION_FIELD_SPECS } from './actionFields';
import type { FieldSpec } from './fieldSpec';
import { PLAN_FIELD_SPECS } from './planFields';
import type { TableKind } from './types';

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
