import { getDaysInMonth } from 'date-fns';
import { addDays, daysBetween, daysInMonth, expandYear, typedYear } from './calendar';

describe('day arithmetic', () => {
  test('daysBetween counts calendar days across leap days and clock changes', () => {
    expect(daysBetween('2024-10-30', '2024-11-01')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-30', '2024-03-31')).toBe(1);
    expect(daysBetween('2024-11-01', '2024-10-30')).toBe(-2);
    expect(daysBetween('2023-12-30', '2024-09-26')).toBe(271);
  });
  test('addDays crosses months and years', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-09-26', 30)).toBe('2024-10-26');
  });
  test('daysInMonth agrees with date-fns for every month from 1900 to 2400', () => {
    for (let year = 1900; year <= 2400; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        expect(daysInMonth(year, month)).toBe(getDaysInMonth(new Date(year, month - 1, 15, 12)));
      }
    }
  });
});

describe('two-digit years', () => {
  test('expandYear pivots two-digit years at 80', () => {
    expect(expandYear('24')).toBe(2024);
    expect(expandYear('79')).toBe(2079);
    expect(expandYear('80')).toBe(1980);
    expect(expandYear('2024')).toBe(2024);
  });
  test('typedYear is what Excel stores for a two-digit year typed into a cell: 00-29 are the 2000s', () => {
    expect(typedYear('29')).toBe(2029);
    expect(typedYear('30')).toBe(1930);
    expect(typedYear('2045')).toBe(2045);
  });
});
