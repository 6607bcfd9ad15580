import { NEW_ENTRY, WORD_COLUMNS, withEntry, withoutEntry } from './vocabulary';

test('offers the columns the engine reads words in, with their meanings, from the field table', () => {
  expect(WORD_COLUMNS.map((column) => [column.label, column.meanings.map(([value]) => value)])).toEqual([
    ['Action tracker: Risk', ['critical', 'high', 'medium', 'low', 'advisory']],
    ['Action tracker: Status', ['open', 'awaiting-verification', 'implemented', 'closed-without-implementation']],
    ['Audit plan: Status', ['not-started', 'planning', 'fieldwork', 'draft', 'final', 'deferred', 'cancelled']],
    ['Audit plan: Assurance opinion', ['substantial', 'reasonable', 'limited', 'no']],
  ]);
});

test('changes one entry, and picks a meaning the new column has when it is moved', () => {
  const list = [
    { ...NEW_ENTRY, word: 'Closed - verified' },
    { table: 'actions' as const, field: 'risk', word: 'Gold', means: 'high' },
  ];
  expect(withEntry(list, 1, { word: 'Gold star' })[1]).toEqual({ table: 'actions', field: 'risk', word: 'Gold star', means: 'high' });
  expect(withEntry(list, 0, { table: 'plan', field: 'status' })[0]).toEqual({
    table: 'plan',
    field: 'status',
    word: 'Closed - verified',
    means: 'not-started',
  });
  expect(list[0].means).toBe('implemented');
});

test('removing the last entry leaves no list to save', () => {
  expect(withoutEntry([NEW_ENTRY], 0)).toBeUndefined();
  expect(withoutEntry([NEW_ENTRY, { ...NEW_ENTRY, word: 'Done' }], 0)).toEqual([{ ...NEW_ENTRY, word: 'Done' }]);
});
