import { looksLikeDateFormat } from '../core/numberFormats';
import { displayValue, formatDate } from './displayValue';

describe('displayValue', () => {
  it('shows a date serial with a date format as the date, as Excel does', () => {
    expect(displayValue(45351, 'dd/mm/yyyy')).toEqual({ text: '29/02/2024', align: 'right' });
    expect(displayValue(45607, 'dd/mm/yy')).toEqual({ text: '11/11/24', align: 'right' });
  });

  it('shows the first days of 1900 as Excel does, counting its 29/02/1900', () => {
    expect([displayValue(1, 'dd/mm/yyyy').text, displayValue(59, 'dd/mm/yyyy').text, displayValue(61, 'dd/mm/yyyy').text]).toEqual([
      '01/01/1900',
      '28/02/1900',
      '01/03/1900',
    ]);
  });

  it('shows a date serial without a date format as the number it is, as Excel does', () => {
    expect(displayValue(45595, 'General').text).toBe('45595');
  });

  it('keeps text that only looks like a date as text, left-aligned', () => {
    expect(displayValue('30/02/2024', 'General')).toEqual({ text: '30/02/2024', align: 'left' });
  });

  it('formats whole numbers, percentages and General numbers', () => {
    expect(displayValue(3, '0')).toEqual({ text: '3', align: 'right' });
    expect(displayValue(0.4286, '0%')).toEqual({ text: '43%', align: 'right' });
    expect(displayValue(1234567.891, '#,##0.00')).toEqual({ text: '1,234,567.89', align: 'right' });
    expect(displayValue(0.1 + 0.2, 'General')).toEqual({ text: '0.3', align: 'right' });
    expect(displayValue(-4, '0')).toEqual({ text: '-4', align: 'right' });
  });

  it('shows a number in a text-formatted cell left-aligned', () => {
    expect(displayValue(6, '@')).toEqual({ text: '6', align: 'left' });
  });

  it('centres booleans and errors, as Excel does, and shows blanks as nothing', () => {
    expect(displayValue(true)).toEqual({ text: 'TRUE', align: 'center' });
    expect(displayValue('#N/A')).toEqual({ text: '#N/A', align: 'center' });
    expect(displayValue('#N/A is what the lookup said')).toEqual({ text: '#N/A is what the lookup said', align: 'left' });
    expect(displayValue(null)).toEqual({ text: '', align: 'left' });
  });
});

describe('formatDate', () => {
  it('writes month and day names for long formats', () => {
    expect(formatDate('2024-08-27', 'dddd d mmmm yyyy')).toBe('Tuesday 27 August 2024');
    expect(formatDate('2024-08-27', 'dd-mmm-yy')).toBe('27-Aug-24');
  });
});

describe("the date formats the preview shows as dates (the engine's looksLikeDateFormat)", () => {
  it('tells date formats from number and text formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', 'mmm-yy', '[$-en-GB]dd/mm/yyyy;@'].map((format) => looksLikeDateFormat(format))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['General', '0', '0%', '@', '#,##0.00', '"day"0', undefined].map((format) => looksLikeDateFormat(format))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
