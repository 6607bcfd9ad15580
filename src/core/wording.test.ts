import { listWithAnd, listWithOr, plural, pluralWord } from './wording';

test('plural says the count with its noun, singular only for exactly one', () => {
  expect([plural(1, 'audit'), plural(0, 'audit'), plural(2, 'audit')]).toEqual(['1 audit', '0 audits', '2 audits']);
  expect(plural(3, 'opportunity', 'opportunities')).toBe('3 opportunities');
});

test('pluralWord gives the noun alone, for a label beside a figure', () => {
  expect([pluralWord(1, 'action'), pluralWord(2, 'action')]).toEqual(['action', 'actions']);
});

test('listWithAnd joins as English, with no serial comma', () => {
  expect([listWithAnd([]), listWithAnd(['a']), listWithAnd(['a', 'b']), listWithAnd(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  expect(listWithAnd(['Audit Name', 'Recommendation', 'Risk'])).toBe('Audit Name, Recommendation and Risk');
});

test('listWithOr offers alternatives the same way', () => {
  expect([listWithOr(['Status']), listWithOr(['Risk', 'Priority', 'Grade'])]).toEqual(['Status', 'Risk, Priority or Grade']);
});
