/**
 * The organisation's own words (settings' `vocabulary`), ready for the readers: each word keyed as its reader
 * compares cell text, with what it means. Entries that name an unknown field or meaning are left out here;
 * resolveSettings has already dropped them from stored settings, and the command line rejects them by name.
 */
import { DISPOSITION_MEANINGS, GRADE_MEANINGS, OPINION_MEANINGS, STAGE_MEANINGS } from './fieldSpec';
import { OPINION_BY_MEANING, opinionRank } from './opinions';
import { GRADE_WORDS, gradeKey, type Priority } from './priorities';
import { opinionKey } from './status';
import type { Disposition, Stage, VocabularyEntry } from './types';
import { simplify } from './vocabulary';

export interface UserWords {
  /** Simplified status text -> stage. */
  planStatus: ReadonlyMap<string, Stage>;
  /** Opinion cell core (as readOpinion reads it) -> the word as the user typed it. */
  opinion: ReadonlyMap<string, string>;
  /** The user's opinion words -> rank, just after the known word of the grade they mean. */
  opinionRanks: ReadonlyMap<string, number>;
  /** Grade key (as readPriority reads it) -> the word and its rank. */
  priority: ReadonlyMap<string, Priority>;
  /** Simplified status text -> disposition. */
  actionStatus: ReadonlyMap<string, Disposition>;
}

export const NO_USER_WORDS: UserWords = {
  planStatus: new Map(),
  opinion: new Map(),
  opinionRanks: new Map(),
  priority: new Map(),
  actionStatus: new Map(),
};

function meaningOf<T extends string>(meanings: readonly (readonly [T, string])[], means: string): T | null {
  return meanings.find(([value]) => value === means)?.[0] ?? null;
}

/**
 * Which (table, field) takes words and what each can mean, as fields.ts lists them.
 * @example isValidEntry({ table: 'actions', field: 'status', word: 'Closed - verified', means: 'implemented' }) // true
 */
export function isValidEntry(entry: VocabularyEntry): boolean {
  if (typeof entry.word !== 'string' || entry.word.trim() === '') return false;
  const key = `${entry.table}.${entry.field}`;
  if (key === 'plan.status') return meaningOf(STAGE_MEANINGS, entry.means) !== null;
  if (key === 'plan.opinion') return meaningOf(OPINION_MEANINGS, entry.means) !== null;
  if (key === 'actions.risk') return meaningOf(GRADE_MEANINGS, entry.means) !== null;
  if (key === 'actions.status') return meaningOf(DISPOSITION_MEANINGS, entry.means) !== null;
  return false;
}

/**
 * @example userWords([{ table: 'actions', field: 'risk', word: 'Amber', means: 'medium' }]).priority.get('amber')
 *   // { word: 'Amber', rank: 2 }
 */
export function userWords(entries: readonly VocabularyEntry[] | undefined): UserWords {
  if (!entries || entries.length === 0) return NO_USER_WORDS;
  const words = {
    planStatus: new Map<string, Stage>(),
    opinion: new Map<string, string>(),
    opinionRanks: new Map<string, number>(),
    priority: new Map<string, Priority>(),
    actionStatus: new Map<string, Disposition>(),
  };
  entries.forEach((entry, index) => {
    if (!isValidEntry(entry)) return;
    const word = entry.word.trim().replace(/\s+/g, ' ');
    if (entry.table === 'plan' && entry.field === 'status') {
      words.planStatus.set(simplify(word), entry.means as Stage);
    } else if (entry.table === 'plan' && entry.field === 'opinion') {
      words.opinion.set(opinionKey(word), word);
      // Just after the word it ranks beside, in the order the user listed them.
      words.opinionRanks.set(word, opinionRank(OPINION_BY_MEANING[entry.means]) + 0.5 + index / 1e6);
    } else if (entry.field === 'risk') {
      words.priority.set(gradeKey(word), { word, rank: GRADE_WORDS.findIndex((grade) => grade.toLowerCase() === entry.means) });
    } else {
      words.actionStatus.set(simplify(word), entry.means as Disposition);
    }
  });
  return words;
}
