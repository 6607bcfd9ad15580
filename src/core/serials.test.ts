import fc from 'fast-check';
import { daysInMonth } from './calendar';
import { dayCount, dayCountToIsoDate, isoDateToSerial, MAX_SERIAL, serialToIsoDate } from './serials';

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

describe('dayCount, the day number a recorded paper keeps its dates as', () => {
  test('is the Excel serial from 01/03/1900 on, and still counts for dates Excel cannot hold', () => {
    expect(dayCount('2024-11-01')).toBe(isoDateToSerial('2024-11-01'));
    expect(dayCount('1900-03-01')).toBe(61);
    expect(dayCount('1899-12-30')).toBe(0);
    expect(dayCountToIsoDate(dayCount('1850-06-15'))).toBe('1850-06-15');
    expect(dayCountToIsoDate(45597)).toBe('2024-11-01');
  });
});
