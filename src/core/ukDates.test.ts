import { formatUkDate, parseDateOption } from './ukDates';

describe('parseDateOption', () => {
  test('reads ISO and dd/mm/yyyy', () => {
    expect(parseDateOption('2024-09-26')).toBe('2024-09-26');
    expect(parseDateOption('26/09/2024')).toBe('2024-09-26');
    expect(parseDateOption('6/9/2024')).toBe('2024-09-06');
  });
  test('rejects anything else rather than guessing', () => {
    expect(parseDateOption('12/31/2024')).toBeNull();
    expect(parseDateOption('30/02/2024')).toBeNull();
    expect(parseDateOption('6 Dec 24')).toBeNull();
    expect(parseDateOption('26/09/24')).toBeNull();
    expect(parseDateOption('')).toBeNull();
  });
});

test('formatUkDate writes dd/mm/yyyy', () => {
  expect(formatUkDate('2024-12-06')).toBe('06/12/2024');
});
