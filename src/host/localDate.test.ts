import { isoToLocalDate, localDateToIso, localToday } from './localDate';

describe('local calendar dates', () => {
  it('converts without a time-zone shift', () => {
    expect(localDateToIso(isoToLocalDate('2024-07-24'))).toBe('2024-07-24');
    expect(isoToLocalDate('2024-07-24').getDate()).toBe(24);
  });

  it('dates today by the local calendar, late in the evening as in the morning', () => {
    expect([localToday(new Date(2024, 6, 24, 0, 5)), localToday(new Date(2024, 6, 24, 23, 55))]).toEqual(['2024-07-24', '2024-07-24']);
  });

  it('writes single-digit months and days with their leading zero', () => {
    expect(localToday(new Date(2025, 0, 5, 12))).toBe('2025-01-05');
  });
});
