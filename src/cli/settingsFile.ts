import type { JacSettings } from '../core/types';
import { fileProblem, UsageError } from './errors';
import type { CliIo } from './io';

const KNOWN_KEYS = new Set(['since', 'asOf', 'plan', 'actions', 'dataValidation', 'checkWhileEditing', 'startWithWorkbook', 'mostRevisions', 'longestExtensionDays']);

/**
 * Reads --settings FILE.json: the same JSON object the add-in saves (since, asOf, plan and actions mappings,
 * dataValidation, checkWhileEditing and startWithWorkbook: accepted so a saved object can be reused, though a command
 * line never watches edits; mostRevisions and longestExtensionDays, the committee's rules on revised deadlines).
 * Unknown keys and wrong types are rejected by name, so a typo does not silently do nothing.
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
      throw new UsageError(`The settings file ${file} has "${key}": ${JSON.stringify(rule)}; use a whole number such as ${example}, or null for no rule.`);
    }
  }
  for (const key of ['plan', 'actions'] as const) {
    const mapping = record[key];
    if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))) {
      throw new UsageError(`The settings file ${file} has "${key}" that is not an object such as {"sheet": "Audit Actions"}.`);
    }
  }
  return record as Partial<JacSettings>;
}
