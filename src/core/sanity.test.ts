import { DEFAULT_SETTINGS } from './types';

test('validation rules are on by default', () => {
  expect(DEFAULT_SETTINGS.dataValidation).toBe(true);
});
