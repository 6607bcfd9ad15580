import { getDaysInMonth } from 'date-fns';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  daysInMonth,
  displayDateSerial,
  expandYear,
  formatUkDate,
  impossibleDateReason,
  isoDateToSerial,
  isPlaceholder,
  looksLikeDateFormat,
  MAX_SERIAL,
  parseDateOption,
  readDateCell,
  serialToIsoDate,
} from './dates';

describe('serialToIsoDate and isoDateToSerial (1900 date system)', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45290, '2023-12-30'],
    [45597, '2024-11-01'],
    [45632, '2024-12-06'],
    [45351, '2024-02-29'],
    [MAX_SERIAL, '9999-12-31'],
  ])('serial %i is %s', (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
    expect(isoDateToSerial(iso)).toBe(serial);
  });

  test('the time part of a serial is ignored', () => {
    expect(serialToIsoDate(45597.75)).toBe('2024-11-01');
  });

  test('serials Excel cannot show as dates are refused', () => {
    expect(() => serialToIsoDate(0)).toThrow(RangeError);
    expect(() => serialToIsoDate(MAX_SERIAL + 1)).toThrow(RangeError);
    expect(() => serialToIsoDate(Number.NaN)).toThrow(RangeError);
  });

  test('malformed or pre-1900 ISO text is refused', () => {
    expect(() => isoDateToSerial('2024-02-30')).toThrow(RangeError);
    expect(() => isoDateToSerial('1899-12-31')).toThrow(RangeError);
    expect(() => isoDateToSerial('6/12/2024')).toThrow(RangeError);
  });

  test('every serial from 61 to the end of 2199 is the day after the one before, and round-trips', () => {
    // Exhaustive where the data lives; the property below samples the rest of Excel's range up to 31/12/9999.
    const last = isoDateToSerial('2199-12-31');
    let [year, month, day] = [1900, 3, 1];
    for (let serial = 61; serial <= last; serial += 1) {
      const expected = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (serialToIsoDate(serial) !== expected || isoDateToSerial(expected) !== serial) {
        throw new Error(`serial ${serial} gave ${serialToIsoDate(serial)}, expected ${expected}`);
      }
      day += 1;
      if (day > daysInMonth(year, month)) [day, month] = [1, month + 1];
      if (month > 12) [month, year] = [1, year + 1];
    }
    expect([year, month, day]).toEqual([2200, 1, 1]);
  });

  test('property: serial -> iso -> serial for random serials 61..2958465', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (serial) => isoDateToSerial(serialToIsoDate(serial)) === serial),
      { numRuns: 5000 },
    );
  });
});

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
  test.each(['30/02/2024', '31/04/2025', '29/02/2023', '31 June 2024', '00/12/2024', '2024-02-30', '32/13/2024'])(
    '%s is impossible',
    (text) => {
      expect(readDateCell(text)).toEqual({ kind: 'impossible', text });
    },
  );
  test('12/31/2024 is an American date, reported with what an American would mean', () => {
    expect(readDateCell('12/31/2024')).toEqual({ kind: 'us-format', text: '12/31/2024', usDate: '2024-12-31' });
    expect(readDateCell('2/29/24')).toEqual({ kind: 'us-format', text: '2/29/24', usDate: '2024-02-29' });
  });
  test.each(['TBC', 'tba', 'TBD', 'N/A', 'n/a', 'NA', '-', '\u2013', 'To be confirmed', 'TBC (Q4)', 'T.B.C.'])(
    '%j is a placeholder',
    (text) => {
      expect(readDateCell(text)).toEqual({ kind: 'placeholder', text });
    },
  );
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

describe('formatting and arithmetic', () => {
  test('formatUkDate writes dd/mm/yyyy', () => {
    expect(formatUkDate('2024-12-06')).toBe('06/12/2024');
  });
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
  test('expandYear pivots two-digit years at 80', () => {
    expect(expandYear('24')).toBe(2024);
    expect(expandYear('79')).toBe(2079);
    expect(expandYear('80')).toBe(1980);
    expect(expandYear('2024')).toBe(2024);
  });
  test('isPlaceholder', () => {
    expect(isPlaceholder('to be agreed')).toBe(true);
    expect(isPlaceholder('Dec')).toBe(false);
  });
  test('looksLikeDateFormat tells dates from numbers and times', () => {
    expect(looksLikeDateFormat('dd/mm/yyyy')).toBe(true);
    expect(looksLikeDateFormat('d mmm yy')).toBe(true);
    expect(looksLikeDateFormat('mmm-yy')).toBe(true);
    expect(looksLikeDateFormat('[$-809]dd/mm/yyyy;@')).toBe(true);
    expect(looksLikeDateFormat('General')).toBe(false);
    expect(looksLikeDateFormat('0.00')).toBe(false);
    expect(looksLikeDateFormat('hh:mm:ss')).toBe(false);
    expect(looksLikeDateFormat('"Day"0')).toBe(false);
    expect(looksLikeDateFormat(undefined)).toBe(false);
  });
  test('displayDateSerial shows a serial the way its cell does', () => {
    expect(displayDateSerial(45607, 'dd/mm/yy')).toBe('11/11/24');
    expect(displayDateSerial(45632, 'dd/mm/yyyy')).toBe('06/12/2024');
    expect(displayDateSerial(45632, 'd mmm yyyy')).toBe('6 Dec 2024');
    expect(displayDateSerial(45632, 'd mmmm yyyy')).toBe('6 December 2024');
    expect(displayDateSerial(45632, 'dd\\-mm\\-yy')).toBe('06-12-24');
    expect(displayDateSerial(45632, 'mm-dd-yy')).toBe('06/12/2024');
    expect(displayDateSerial(45632, 'dddd d mmmm')).toBe('06/12/2024');
    expect(displayDateSerial(45632)).toBe('06/12/2024');
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

  test('words that are not a month stay unreadable', () => {
    expect(readDateCell('Mid March 2024')).toEqual({ kind: 'unreadable', text: 'Mid March 2024' });
    expect(readDateCell('Banana 2024')).toEqual({ kind: 'unreadable', text: 'Banana 2024' });
    expect(readDateCell('new owner')).toEqual({ kind: 'unreadable', text: 'new owner' });
  });
});
