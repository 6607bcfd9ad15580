/**
 * The movement sentences of the narrative, in the voice of the seed's section 4: "Since the last paper
 * (31/07/2024) 5 actions have been implemented and 3 added; overdue actions fell from 9 to 6, 2 of them high
 * priority. 4 deadlines were extended, one of them for the second time." Built from the counts only.
 */
import { formatUkDate } from '../ukDates';
import { listWithAnd, plural } from '../wording';
import type { Movement, OverdueCohort } from './compareWithPrevious';
import { isOverdue, type CurrentAction, type PaperSnapshot } from './paper';
import { HIGH_PRIORITY_RANK } from './snapshotOf';

export function movementSentences(movement: Movement, snapshot: PaperSnapshot): string[] {
  const sentences = [`${opening(movement)}; ${overdueTrend(movement, snapshot)}.`];
  const deadlines = deadlineSentences(movement);
  sentences.push(...deadlines);
  const cohort = cohortSentence(movement.cohort);
  if (cohort) sentences.push(cohort);
  const newly = movement.newlyOverdue.length;
  if (newly > 0) sentences.push(`${plural(newly, 'action')} ${newly === 1 ? 'has' : 'have'} become overdue since.`);
  const reopened = movement.reopened.length;
  if (reopened > 0) sentences.push(`${plural(reopened, 'action')} closed at the last paper ${reopened === 1 ? 'is' : 'are'} open again.`);
  sentences.push(...auditSentences(movement));
  return sentences;
}

/** "Since the last paper (31/07/2024) 5 actions have been implemented and 3 added". */
function opening(movement: Movement): string {
  const closedAs = (disposition: string) => movement.closed.filter((action) => action.disposition === disposition).length;
  const changes: [number, string][] = [
    [closedAs('implemented'), 'implemented'],
    [closedAs('awaiting-verification'), 'reported implemented (pending verification)'],
    [closedAs('closed-without-implementation'), 'closed without implementation'],
    [movement.added.length, 'added'],
    [movement.removed.length, 'taken out of the tracker'],
  ];
  const phrases = changes
    .filter(([count]) => count > 0)
    .map(([count, done], index) => (index === 0 ? `${plural(count, 'action')} ${count === 1 ? 'has' : 'have'} been ${done}` : `${count} ${done}`));
  const since = `Since the last paper (${formatUkDate(movement.previousPaper)})`;
  const said = phrases.length > 0 ? listWithAnd(phrases) : 'no actions have been closed or added';
  return `${since} ${said}`;
}

function amount(count: number): string {
  return count === 0 ? 'none' : String(count);
}

/** "overdue actions fell from 9 to 6, 2 of them high priority". */
function overdueTrend(movement: Movement, snapshot: PaperSnapshot): string {
  const { overdueThen: then, overdueNow: now } = movement;
  if (then === 0 && now === 0) return 'no actions are overdue, as at the last paper';
  const trend =
    then > now
      ? `overdue actions fell from ${amount(then)} to ${amount(now)}`
      : then < now
        ? `overdue actions rose from ${amount(then)} to ${amount(now)}`
        : `overdue actions stayed at ${now}`;
  const high = snapshot.actions.filter(
    (action) => action.priorityRank <= HIGH_PRIORITY_RANK && action.priority !== null && isOverdue(action, snapshot.date),
  );
  if (high.length === 0) return trend;
  const phrase = priorityPhrase(high);
  if (high.length === now) return now === 1 ? `${trend}, ${phrase}` : `${trend}, all of them ${phrase}`;
  return `${trend}, ${high.length} of them ${phrase}`;
}

/** "high priority", or the organisation's own word when every one of them has it ("priority 1", "fundamental priority"). */
function priorityPhrase(actions: readonly CurrentAction[]): string {
  const words = new Set(actions.map((action) => (action.priority ?? '').toLowerCase()));
  if (words.size !== 1) return 'high priority';
  const [word] = words;
  return /priority|risk/.test(word) ? word : `${word} priority`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** "4 deadlines were extended, one of them for the second time." and any brought forward. */
function deadlineSentences(movement: Movement): string[] {
  const sentences: string[] = [];
  const extended = movement.moved.filter((move) => move.days > 0);
  if (extended.length > 0) {
    const byRevision = new Map<number, number>();
    for (const { action } of extended) {
      if (action.revisions >= 2) byRevision.set(action.revisions, (byRevision.get(action.revisions) ?? 0) + 1);
    }
    const repeats = [...byRevision].sort((a, b) => a[0] - b[0]);
    let sentence = extended.length === 1 ? 'One deadline was extended' : `${extended.length} deadlines were extended`;
    if (extended.length === 1 && repeats.length === 1) {
      sentence += `, for the ${ordinal(repeats[0][0])} time`;
    } else if (repeats.length > 0) {
      const parts = repeats.map(([revision, count], index) => {
        const who = count === 1 ? 'one' : String(count);
        return `${who}${index === 0 ? ' of them' : ''} for the ${ordinal(revision)} time`;
      });
      sentence += `, ${listWithAnd(parts)}`;
    }
    sentences.push(`${sentence}.`);
  }
  const forward = movement.moved.length - extended.length;
  if (forward > 0) sentences.push(forward === 1 ? 'One deadline was brought forward.' : `${forward} deadlines were brought forward.`);
  return sentences;
}

/** What became of the actions overdue last time, each outcome as [one, many]. */
const COHORT_PHRASES: [keyof Omit<OverdueCohort, 'then'>, string, string][] = [
  ['implemented', 'has been implemented', 'have been implemented'],
  ['awaitingVerification', 'is reported implemented (pending verification)', 'are reported implemented (pending verification)'],
  ['closedWithoutImplementation', 'was closed without implementation', 'were closed without implementation'],
  ['redated', 'was given a new deadline', 'were given new deadlines'],
  ['stillOverdue', 'is still overdue', 'are still overdue'],
  ['removed', 'is no longer in the tracker', 'are no longer in the tracker'],
];

/** "Of the 9 actions overdue at the last paper, 3 have been implemented, 2 were given new deadlines and 4 are still overdue." */
function cohortSentence(cohort: OverdueCohort): string | null {
  if (cohort.then === 0) return null;
  const outcomes = COHORT_PHRASES.filter(([field]) => cohort[field] > 0);
  if (cohort.then === 1) return `The action overdue at the last paper ${outcomes[0][1]}.`;
  if (outcomes.length === 1) return `All ${cohort.then} actions overdue at the last paper ${outcomes[0][2]}.`;
  const parts = outcomes.map(([field, one, many]) => `${cohort[field]} ${cohort[field] === 1 ? one : many}`);
  return `Of the ${cohort.then} actions overdue at the last paper, ${listWithAnd(parts)}.`;
}

function auditSentences(movement: Movement): string[] {
  const sentences: string[] = [];
  const finalised = movement.audits.filter((change) => change.to === 'final');
  if (finalised.length > 0) {
    const opinions = new Map<string, number>();
    let without = 0;
    for (const change of finalised) {
      if (change.opinion === null) without++;
      else opinions.set(change.opinion.toLowerCase(), (opinions.get(change.opinion.toLowerCase()) ?? 0) + 1);
    }
    const parts = [...opinions].map(([word, count]) => `${count} with ${word}`);
    const detail = [parts.length > 0 ? `${listWithAnd(parts)} assurance` : '', without > 0 ? `${without} with no opinion recorded` : '']
      .filter(Boolean)
      .join('; ');
    const verb = finalised.length === 1 ? 'has' : 'have';
    sentences.push(`${plural(finalised.length, 'audit')} ${verb} been finalised since (${detail}).`);
  }
  const added = movement.audits.filter((change) => change.from === null).length;
  const removed = movement.audits.filter((change) => change.to === null).length;
  if (added > 0 && removed > 0) {
    sentences.push(`${plural(added, 'audit')} ${added === 1 ? 'was' : 'were'} added to the plan and ${removed} removed.`);
  } else if (added > 0) {
    sentences.push(`${plural(added, 'audit')} ${added === 1 ? 'was' : 'were'} added to the plan.`);
  } else if (removed > 0) {
    sentences.push(`${plural(removed, 'audit')} ${removed === 1 ? 'was' : 'were'} removed from the plan.`);
  }
  return sentences;
}
