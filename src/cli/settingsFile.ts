import { FIELD_SPECS, fieldSpec } from '../core/fields';
import { type FieldSpec } from '../core/fieldSpec';
import { listWithAnd } from '../core/wording';
import type { JacSettings, TableKind } from '../core/types';
import { fileProblem, UsageError } from './errors';
import type { CliIo } from './io';

const KNOWN_KEYS = new Set([
  'since',
  'asOf',
  'plan',
  'actions',
  'dataValidation',
  'checkWhileEditing',
  'startWithWorkbook',
  'mostRevisions',
  'longestExtensionDays',
  'vocabulary',
]);

/**
 * Reads --settings FILE.json: the same JSON object the add-in saves (since, asOf, plan and actions mappings,
 * dataValidation, checkWhileEditing and startWithWorkbook: accepted so a saved object can be reused, though a command
 * line never watches edits; mostRevisions and longestExtensionDays, the committee's rules on revised deadlines;
 * vocabulary, the organisation's own words). Unknown keys and wrong types are rejected by name, so a typo does not
 * silently do nothing.
 */
export async function readSettingsFile(file: string, io: CliIo): Promise<Partial<JacSettings>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await io.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(fileProblem(file, error, 'settings'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The settings file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`The settings file ${file} must hold one JSON object, such as {"since": "2024-07-24"}.`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new UsageError(`The settings file ${file} has an unknown setting "${key}"; known ones are ${[...KNOWN_KEYS].join(', ')}.`);
    }
  }
  for (const key of ['since', 'asOf'] as const) {
    const date = record[key];
    if (date !== undefined && date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
      throw new UsageError(`The settings file ${file} has "${key}": ${JSON.stringify(date)}; use a date as "YYYY-MM-DD" or null.`);
    }
  }
  for (const key of ['dataValidation', 'checkWhileEditing', 'startWithWorkbook'] as const) {
    if (record[key] !== undefined && typeof record[key] !== 'boolean') {
      throw new UsageError(`The settings file ${file} has "${key}": ${JSON.stringify(record[key])}; use true or false.`);
    }
  }
  for (const key of ['mostRevisions', 'longestExtensionDays'] as const) {
    const rule = record[key];
    if (rule !== undefined && rule !== null && !(typeof rule === 'number' && Number.isInteger(rule) && rule >= 0)) {
      const example = key === 'mostRevisions' ? '2' : '180';
      throw new UsageError(
        `The settings file ${file} has "${key}": ${JSON.stringify(rule)}; use a whole number such as ${example}, or null for no rule.`,
      );
    }
  }
  for (const key of ['plan', 'actions'] as const) {
    const mapping = record[key];
    if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))) {
      throw new UsageError(`The settings file ${file} has "${key}" that is not an object such as {"sheet": "Audit Actions"}.`);
    }
  }
  checkVocabulary(file, record.vocabulary);
  return record as Partial<JacSettings>;
}

const VOCABULARY_EXAMPLE = '[{"table": "actions", "field": "status", "word": "Closed - verified", "means": "implemented"}]';

/**
 * Each entry of "vocabulary" names a table, a field of it that takes words, the word, and one of the meanings the
 * field table lists for that field; anything else is named back, with the meanings it could have.
 */
function checkVocabulary(file: string, vocabulary: unknown): void {
  if (vocabulary === undefined) return;
  if (!Array.isArray(vocabulary)) {
    throw new UsageError(`The settings file ${file} has "vocabulary" that is not a list such as ${VOCABULARY_EXAMPLE}.`);
  }
  vocabulary.forEach((entry: unknown, index) => {
    const where = `The settings file ${file} has vocabulary entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new UsageError(`${where} that is not an object such as ${VOCABULARY_EXAMPLE.slice(1, -1)}.`);
    }
    const { table, field, word, means } = entry as Record<string, unknown>;
    if (table !== 'plan' && table !== 'actions') throw new UsageError(`${where} with "table": ${JSON.stringify(table)}; use "plan" or "actions".`);
    const spec = typeof field === 'string' ? fieldSpec(table as TableKind, field) : undefined;
    const wordFields = (FIELD_SPECS[table] as readonly FieldSpec[]).filter((candidate) => candidate.meanings).map((candidate) => candidate.id);
    if (!spec?.meanings) {
      throw new UsageError(`${where} with "field": ${JSON.stringify(field)}; the ${table} fields that take words are ${listWithAnd(wordFields)}.`);
    }
    if (typeof word !== 'string' || word.trim() === '') throw new UsageError(`${where} with no "word".`);
    const meanings = spec.meanings.map(([value]) => value);
    if (typeof means !== 'string' || !meanings.includes(means)) {
      throw new UsageError(`${where} with "means": ${JSON.stringify(means)}; for ${table} ${field} use one of ${meanings.join(', ')}.`);
    }
  });
}
