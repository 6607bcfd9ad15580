import { isPlaceholder } from './placeholders';

test('isPlaceholder knows the words for no date yet and nothing else', () => {
  expect(isPlaceholder('to be agreed')).toBe(true);
  expect(isPlaceholder('Dec')).toBe(false);
});
