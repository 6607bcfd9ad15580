import fc from 'fast-check';
import { impossibleDateReason, readDateCell } from './readDate';
import { MAX_SERIAL, serialToIsoDate } from './serials';
import { formatUkDate } from './ukDates';

describe('readDateCell', () => {
  test('numbers are serials', () => {
    expect(readDateCell(45597)).toEqual({ kind: 'date', date: '2024-11-01' });
    expect(readDateCell(45597.5, 'dd/mm/yyyy')).toEqual({ kind: 'date', date: '2024-11-01' });
    expect(readDateCell(61, 'dd/mm/yyyy')).toEqual({ kind: 'date', date: '1900-03-01' });
  });
  test('serial 60, the fictitious 29/02/1900, is impossible', () => {
    expect(readDateCell(60, 'dd/mm/yyyy')).toEqual({ kind: 'impossible', text: '29/02/1900' });
  });
  test('absurd serials are unreadable', () => {
    expect(readDateCell(0)).toEqual({ kind: 'unreadable', text: '0' });
    expect(readDateCell(-5)).toEqual({ kind: 'unreadable', text: '-5' });
    expect(readDateCell(20241206)).toEqual({ kind: 'unreadable', text: '20241206' });
    expect(readDateCell(Number.POSITIVE_INFINITY)).toEqual({ kind: 'unreadable', text: '' });
  });
  test('a small number in a General-format cell is a stray number, not a day in 1900', () => {
    expect(readDateCell(3, 'General')).toEqual({ kind: 'unreadable', text: '3' });
    expect(readDateCell(45597, 'General')).toEqual({ kind: 'date', date: '2024-11-01' });
  });
  test('booleans are unreadable', () => {
    expect(readDateCell(true)).toEqual({ kind: 'unreadable', text: 'TRUE' });
  });
  test.each([
    ['30/10/2024', '2024-10-30'],
    ['6/12/2024', '2024-12-06'],
    ['05/06/2024', '2024-06-05'],
    ['6/12/24', '2024-12-06'],
    ['11/11/24', '2024-11-11'],
    ['1/1/79', '2079-01-01'],
    ['1/1/80', '1980-01-01'],
    ['01/01/00', '2000-01-01'],
    ['06-12-2024', '2024-12-06'],
    ['06.12.2024', '2024-12-06'],
    ['06 / 12 / 2024', '2024-12-06'],
    ['6 December 2024', '2024-12-06'],
    ['6 Dec 24', '2024-12-06'],
    ['6th December 2024', '2024-12-06'],
    ['1st Sept 2024', '2024-09-01'],
    ['22nd of March 2025', '2025-03-22'],
    ['6-Dec-24', '2024-12-06'],
    ['Friday 6 December 2024', '2024-12-06'],
    ['December 6, 2024', '2024-12-06'],
    ['2024-12-06', '2024-12-06'],
    ['2024-12-06T00:00:00Z', '2024-12-06'],
    ['06/12/2024 00:00:00', '2024-12-06'],
    ['\u00a029/02/2024 ', '2024-02-29'],
  ])('text %j reads as %s', (text, iso) => {
    expect(readDateCell(text)).toEqual({ kind: 'date', date: iso });
  });
  test.each(['30/02/2024', '31/04/2025', '29/02/2023', '31 June 2024', '00/12/2024', '2024-02-30', '32/13/2024'])('%s is impossible', (text) => {
    expect(readDateCell(text)).toEqual({ kind: 'impossible', text });
  });
  test('12/31/2024 is an American date, reported with what an American would mean', () => {
    expect(readDateCell('12/31/2024')).toEqual({ kind: 'us-format', text: '12/31/2024', usDate: '2024-12-31' });
    expect(readDateCell('2/29/24')).toEqual({ kind: 'us-format', text: '2/29/24', usDate: '2024-02-29' });
  });
  test.each(['TBC', 'tba', 'TBD', 'N/A', 'n/a', 'NA', '-', '\u2013', 'To be confirmed', 'TBC (Q4)', 'T.B.C.'])('%j is a placeholder', (text) => {
    expect(readDateCell(text)).toEqual({ kind: 'placeholder', text });
  });
  test('placeholder text is kept trimmed', () => {
    expect(readDateCell(' TBC\u00a0')).toEqual({ kind: 'placeholder', text: 'TBC' });
  });
  test('blank and whitespace cells are blank', () => {
    expect(readDateCell('')).toEqual({ kind: 'blank' });
    expect(readDateCell(null)).toEqual({ kind: 'blank' });
    expect(readDateCell(' \u00a0\u202f ')).toEqual({ kind: 'blank' });
  });
  test.each(['soon', 'December', 'Q4', '6 Decembr 2024', '2024', '12/2024', '6/12/1850', '=TODAY()'])('%j is unreadable', (text) => {
    expect(readDateCell(text)).toEqual({ kind: 'unreadable', text });
  });
  test('property: formatUkDate then readDateCell gives the same date back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (serial) => {
        const iso = serialToIsoDate(serial);
        const reading = readDateCell(formatUkDate(iso));
        return reading.kind === 'date' && reading.date === iso;
      }),
      { numRuns: 2000 },
    );
  });
  test('property: never throws for any string, and always returns a known kind', () => {
    const kinds = new Set(['date', 'blank', 'placeholder', 'impossible', 'us-format', 'unreadable']);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^\d{1,3}[/.-]\d{1,3}[/.-]\d{1,5}$/)), (text) =>
        kinds.has(readDateCell(text).kind),
      ),
      { numRuns: 3000 },
    );
  });
  test('property: any number reads without throwing', () => {
    fc.assert(fc.property(fc.double(), (n) => typeof readDateCell(n).kind === 'string'));
  });
});

describe('impossibleDateReason', () => {
  test('says how long the month is', () => {
    expect(impossibleDateReason('30/02/2024')).toBe('February 2024 has 29 days');
    expect(impossibleDateReason('29/02/2023')).toBe('February 2023 has 28 days');
    expect(impossibleDateReason('31 June 2024')).toBe('June 2024 has 30 days');
    expect(impossibleDateReason('14/13/2024')).toBe('there is no month 13');
    expect(impossibleDateReason('00/12/2024')).toBe('there is no day 0');
    expect(impossibleDateReason('29/02/1900')).toBe('February 1900 had 28 days (Excel shows a 29 February 1900 that never existed)');
  });
  test('is null for real dates and non-dates', () => {
    expect(impossibleDateReason('29/02/2024')).toBeNull();
    expect(impossibleDateReason('TBC')).toBeNull();
  });
});

describe('readDateCell on months and revisions written as text', () => {
  test.each([
    ['March 2024', '2024-03-31'],
    ['Mar-24', '2024-03-31'],
    ['End March 2018', '2018-03-31'],
    ['end of February 2024', '2024-02-29'],
    ['by Sept 2025', '2025-09-30'],
  ])('%j is the last day of its month, %s', (text, date) => {
    expect(readDateCell(text)).toEqual({ kind: 'date', date });
  });

  test('"31 March 2025 (revised)" is a revision of a date the cell does not name', () => {
    expect(readDateCell('31 March 2025 (revised)')).toEqual({ kind: 'date', date: '2025-03-31', earlier: null });
  });

  test('"March 2015 - revised target date October 2016" (Leicestershire PCC) is an original and one revision', () => {
    expect(readDateCell('March 2015 - revised target date October 2016')).toEqual({ kind: 'date', date: '2016-10-31', earlier: '2015-03-31' });
    expect(readDateCell('30/06/2024 (revised from 31/03/2024)')).toEqual({ kind: 'date', date: '2024-06-30', earlier: '2024-03-31' });
  });

  test('a new date with the one it replaced after "was", "previously" or "originally" is that revision', () => {
    expect(readDateCell('30/06/2025 (was 31/03/2025)')).toEqual({ kind: 'date', date: '2025-06-30', earlier: '2025-03-31' });
    expect(readDateCell('30 June 2025 - previously 31 March 2025')).toEqual({ kind: 'date', date: '2025-06-30', earlier: '2025-03-31' });
    expect(readDateCell('30/06/2025 (originally March 2025)')).toEqual({ kind: 'date', date: '2025-06-30', earlier: '2025-03-31' });
  });

  test.each([
    ['By 31/03/2025', '2025-03-31'],
    ['Due 30 June 2025', '2025-06-30'],
    ['no later than 31/03/2025', '2025-03-31'],
    ['31 March 2025 and ongoing', '2025-03-31'],
    ['31/03/2025 then annually', '2025-03-31'],
    ['31/03/2025 (ongoing)', '2025-03-31'],
  ])('%j is the date it names, %s', (text, date) => {
    expect(readDateCell(text)).toEqual({ kind: 'date', date });
  });

  test('a range of two dates is not guessed at', () => {
    expect(readDateCell('31/03/2025 - 30/06/2025')).toEqual({ kind: 'unreadable', text: '31/03/2025 - 30/06/2025' });
  });

  test('words that are not a month stay unreadable', () => {
    expect(readDateCell('Mid March 2024')).toEqual({ kind: 'unreadable', text: 'Mid March 2024' });
    expect(readDateCell('Banana 2024')).toEqual({ kind: 'unreadable', text: 'Banana 2024' });
    expect(readDateCell('new owner')).toEqual({ kind: 'unreadable', text: 'new owner' });
  });
});
