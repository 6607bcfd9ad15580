/**
 * Matching actions by key pairs the first of a key on each paper, then the second, and so on, however the two papers
 * are ordered. compareWithPrevious pairs the items the papers share in the same order by position before looking the
 * rest up by key; this checks the pairing against the plain rule, on papers that share a run of actions and then
 * differ (actions added, taken out, repeated, moved), with few enough keys that duplicates are common.
 */
import fc from 'fast-check';
import { current, recorded, snapshot } from '@test/core/paperActions';
import { addDays } from '../calendar';
import { compareWithPrevious } from './compareWithPrevious';
import type { CurrentAction } from './paper';

const THEN = '2024-07-31';
const NOW = '2024-10-31';

/** An action of reference `reference`, its deadline telling the actions of one key apart (so each pairing shows). */
function action(reference: string, row: number, deadlineDay: number): CurrentAction {
  return current({ row, recommendation: reference, deadline: addDays('2024-01-01', deadlineDay) });
}

/** The plain rule: the nth action of a key now is paired with the nth of that key then. */
function pairsByOccurrence(then: readonly CurrentAction[], now: readonly CurrentAction[]): (CurrentAction | undefined)[] {
  const seenThen = new Map<string, CurrentAction[]>();
  for (const item of then) seenThen.set(item.key, [...(seenThen.get(item.key) ?? []), item]);
  const seenNow = new Map<string, number>();
  return now.map((item) => {
    const count = seenNow.get(item.key) ?? 0;
    seenNow.set(item.key, count + 1);
    return seenThen.get(item.key)?.[count];
  });
}

const references = fc.array(fc.constantFrom('1', '2', '3', '4'), { maxLength: 8 });

describe('compareWithPrevious pairs actions as matching by key says, whatever the two papers share in order', () => {
  test('the deadlines moved, the actions added and those taken out follow the nth-of-a-key rule', () => {
    fc.assert(
      fc.property(references, references, references, (common, thenRest, nowRest) => {
        let day = 0;
        const then = [...common, ...thenRest].map((reference, index) => action(reference, index + 1, (day += 1)));
        const now = [...common, ...nowRest].map((reference, index) => action(reference, index + 1, (day += 1)));
        const movement = compareWithPrevious(recorded(snapshot(THEN, then)), snapshot(NOW, now));

        const pairs = pairsByOccurrence(then, now);
        const expectedMoved = now.flatMap((item, index) => {
          const old = pairs[index];
          return old && old.deadline !== item.deadline ? [[item.cell, old.deadline, item.deadline]] : [];
        });
        const paired = new Set(pairs.filter((old) => old !== undefined));
        expect(movement.moved.map(({ action: moved, from, to }) => [moved.cell, from, to])).toEqual(expectedMoved);
        expect(movement.added.map((added) => added.cell)).toEqual(now.filter((_, index) => pairs[index] === undefined).map((item) => item.cell));
        expect(movement.removed.map((removed) => removed.deadline)).toEqual(then.filter((item) => !paired.has(item)).map((item) => item.deadline));
      }),
      { numRuns: 300 },
    );
  });
});
