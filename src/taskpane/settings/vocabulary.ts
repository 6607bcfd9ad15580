/**
 * The user's own words, as the settings edit them: which columns take words and what a word there can mean come from
 * the engine's field table (fields.ts `meanings`), so the pane offers exactly what the engine reads.
 */
import { FIELD_SPECS } from '../../core/fields';
import { type FieldSpec } from '../../core/fieldSpec';
import type { TableKind, VocabularyEntry } from '../../core/types';
import { TABLE_LABELS } from './mapping';

/** A column that takes words: "Action tracker: Status". */
export interface WordColumn {
  key: string;
  table: TableKind;
  field: string;
  label: string;
  meanings: readonly (readonly [value: string, label: string])[];
}

/** Every column that takes words, the tracker's first (they are the ones most often extended). */
export const WORD_COLUMNS: readonly WordColumn[] = (['actions', 'plan'] as const).flatMap((table) =>
  (FIELD_SPECS[table] as readonly FieldSpec[])
    .filter((spec) => spec.meanings)
    .map((spec) => ({ key: `${table}.${spec.id}`, table, field: spec.id, label: `${TABLE_LABELS[table]}: ${spec.label}`, meanings: spec.meanings! })),
);

export function wordColumn(entry: Pick<VocabularyEntry, 'table' | 'field'>): WordColumn | undefined {
  return WORD_COLUMNS.find((column) => column.table === entry.table && column.field === entry.field);
}

/** A new entry: a tracker status that means implemented, the word most often added ("Closed - verified"). */
export const NEW_ENTRY: VocabularyEntry = { table: 'actions', field: 'status', word: '', means: 'implemented' };

/** The list with one entry changed. Moving to another column keeps the meaning when that column has it. */
export function withEntry(list: readonly VocabularyEntry[], index: number, change: Partial<VocabularyEntry>): VocabularyEntry[] {
  return list.map((entry, i) => {
    if (i !== index) return entry;
    const next = { ...entry, ...change };
    const column = wordColumn(next);
    if (column && !column.meanings.some(([value]) => value === next.means)) next.means = column.meanings[0][0];
    return next;
  });
}

/** The list without one entry; undefined when none are left, so saved settings hold only what the user added. */
export function withoutEntry(list: readonly VocabularyEntry[], index: number): VocabularyEntry[] | undefined {
  const next = list.filter((_, i) => i !== index);
  return next.length > 0 ? next : undefined;
}
