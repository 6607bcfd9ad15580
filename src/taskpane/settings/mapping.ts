import type { ActionField, PlanField, TableKind, TableMapping } from '../../core/types';

/**
 * The pickers offer every field of the engine's field table, in its order, with its label: the settings and the
 * findings call a column the same thing, and a field added there appears here with nothing else to change.
 */
export { ACTION_FIELDS, fieldLabel, fieldSpec, PLAN_FIELDS } from '../../core/fields';

export const TABLE_LABELS: Record<TableKind, string> = {
  plan: 'Audit plan',
  actions: 'Action tracker',
};

/** The dropdown value meaning "let the add-in find it". */
export const AUTOMATIC = '';

/**
 * Which table a mapping points at, as one dropdown value: "" (detect), "table:<name>" or "sheet:<name>".
 * The prefix comes first and has a fixed length, so names containing ":" survive the round trip.
 */
export function tableChoiceKey(mapping: TableMapping | undefined): string {
  if (mapping?.table) return `table:${mapping.table}`;
  if (mapping?.sheet) return `sheet:${mapping.sheet}`;
  return AUTOMATIC;
}

/**
 * The mapping after choosing a table. Column choices are dropped: they named headers of the table chosen before.
 * Returns undefined for "detect", so saved settings hold only what the user actually overrode.
 */
export function withTableChoice(key: string): TableMapping | undefined {
  if (key.startsWith('table:')) return { table: key.slice('table:'.length) };
  if (key.startsWith('sheet:')) return { sheet: key.slice('sheet:'.length) };
  return undefined;
}

/** The mapping after choosing a column's header for a field ("" = detect). Empty parts are removed. */
export function withColumnChoice(mapping: TableMapping | undefined, field: PlanField | ActionField, header: string): TableMapping | undefined {
  const columns = { ...mapping?.columns };
  if (header === AUTOMATIC) delete columns[field];
  else columns[field] = header;
  const next: TableMapping = { ...mapping, columns };
  if (Object.keys(columns).length === 0) delete next.columns;
  return next.table || next.sheet || next.columns ? next : undefined;
}
