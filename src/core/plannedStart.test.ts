import fc from 'fast-check';
import { readPlannedStart } from './plannedStart';

describe('readPlannedStart', () => {
  test('a serial is a date', () => {
    expect(readPlannedStart(45607, 'dd/mm/yy')).toEqual({ kind: 'date', date: '2024-11-11' });
  });
  test('a number that cannot be a date is unreadable', () => {
    expect(readPlannedStart(-3)).toEqual({ kind: 'unreadable', text: '-3' });
    expect(readPlannedStart(4, 'General')).toEqual({ kind: 'unreadable', text: '4' });
  });
  test('UK text dates are dates, with or without a "w/c" in front', () => {
    expect(readPlannedStart('11/11/24')).toEqual({ kind: 'date', date: '2024-11-11' });
    expect(readPlannedStart('w/c 11/11/24')).toEqual({ kind: 'date', date: '2024-11-11' });
    expect(readPlannedStart('Week commencing 6 January 2025')).toEqual({ kind: 'date', date: '2025-01-06' });
  });
  test.each(['Complete', 'complete', 'Completed', ' Complete\u00a0', 'Finalised'])('%j is complete', (text) => {
    expect(readPlannedStart(text)).toEqual({ kind: 'complete' });
  });
  test.each(['In progress', 'In-progress', 'in  progress', 'Ongoing', 'Underway', 'WIP'])('%j is in progress', (text) => {
    expect(readPlannedStart(text)).toEqual({ kind: 'in-progress' });
  });
  test.each<[string, number[], number | null]>([
    ['Q2/3 TBC', [2, 3], null],
    ['Q4 TBC', [4], null],
    ['Q4', [4], null],
    ['q1', [1], null],
    ['Q2-Q4', [2, 3, 4], null],
    ['Q1 & Q3', [1, 3], null],
    ['Quarter 3', [3], null],
    ['Q3 2024/25', [3], 2024],
    ['2024/25 Q3', [3], 2024],
    ['FY24/25 Q1', [1], 2024],
  ])('%j is quarters %j of the financial year starting in %j', (text, quarters, financialYear) => {
    expect(readPlannedStart(text)).toEqual({ kind: 'quarter', quarters, text, financialYear });
  });
  test.each([
    ['December', 12, null],
    ['Dec 2024', 12, 2024],
    ['August September', 8, null],
    ['Aug - Sept 2024', 8, 2024],
    ['early December', 12, null],
    ['Late February', 2, null],
    ['Jan-25', 1, 2025],
    ['Sept 25', 9, 2025],
    ['March TBC', 3, null],
  ])('%j is month %i of %p', (text, month, year) => {
    expect(readPlannedStart(text)).toEqual({ kind: 'month', month, year, text });
  });
  test.each(['TBC', 'tba', 'To be confirmed', 'N/A'])('%j is to be confirmed', (text) => {
    expect(readPlannedStart(text)).toEqual({ kind: 'tbc', text });
  });
  test('blank cells are blank', () => {
    expect(readPlannedStart('')).toEqual({ kind: 'blank' });
    expect(readPlannedStart(' \u00a0')).toEqual({ kind: 'blank' });
    expect(readPlannedStart(null)).toEqual({ kind: 'blank' });
  });
  test('anything else is unreadable, including impossible and American dates', () => {
    expect(readPlannedStart('after the restructure')).toEqual({ kind: 'unreadable', text: 'after the restructure' });
    expect(readPlannedStart('30/02/2025')).toEqual({ kind: 'unreadable', text: '30/02/2025' });
    expect(readPlannedStart('12/31/2024')).toEqual({ kind: 'unreadable', text: '12/31/2024' });
    expect(readPlannedStart('Q5')).toEqual({ kind: 'unreadable', text: 'Q5' });
    expect(readPlannedStart('Marchish')).toEqual({ kind: 'unreadable', text: 'Marchish' });
  });
  test('property: never throws, for any text or number', () => {
    const kinds = new Set(['date', 'complete', 'in-progress', 'quarter', 'month', 'tbc', 'blank', 'unreadable']);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null)), (value) => kinds.has(readPlannedStart(value).kind)),
      { numRuns: 2000 },
    );
  });
});
