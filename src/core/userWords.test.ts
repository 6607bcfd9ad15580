import { OPINION_WORDS } from './opinions';
import { isValidEntry, userWords } from './userWords';

test('keys each word as its reader compares cells, with what it means', () => {
  const words = userWords([
    { table: 'actions', field: 'status', word: ' Closed -  verified ', means: 'implemented' },
    { table: 'actions', field: 'risk', word: 'Gold', means: 'high' },
    { table: 'plan', field: 'status', word: 'With client', means: 'draft' },
    { table: 'plan', field: 'opinion', word: 'Sound', means: 'reasonable' },
  ]);
  expect([...words.actionStatus]).toEqual([['closed verified', 'implemented']]);
  expect([...words.priority]).toEqual([['gold', { word: 'Gold', rank: 1 }]]);
  expect([...words.planStatus]).toEqual([['with client', 'draft']]);
  expect([...words.opinion]).toEqual([['sound', 'Sound']]);
  // "Sound" ranks just after Reasonable, before Adequate.
  expect(words.opinionRanks.get('Sound')).toBeGreaterThan(OPINION_WORDS.indexOf('Reasonable'));
  expect(words.opinionRanks.get('Sound')).toBeLessThan(OPINION_WORDS.indexOf('Adequate'));
});

test.each([
  [{ table: 'actions', field: 'owner', word: 'Bob', means: 'open' }],
  [{ table: 'actions', field: 'status', word: 'Done', means: 'finished' }],
  [{ table: 'plan', field: 'risk', word: 'Gold', means: 'high' }],
  [{ table: 'actions', field: 'status', word: '  ', means: 'open' }],
  [{ table: 'actions', field: 'status', word: '__proto__', means: 'toString' }],
] as const)('an entry naming no word-taking field or meaning is not valid: %j', (entry) => {
  expect(isValidEntry(entry)).toBe(false);
});
