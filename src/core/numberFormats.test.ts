import { displayDateSerial, looksLikeDateFormat } from './numberFormats';

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
