import { displayValue, formatDate, isDateFormat } from './displayValue';

describe('displayValue', () => {
  it('shows a date serial with a date format as the date, as Excel does', () => {
    expect(displayValue(45351, 'dd/mm/yyyy')).toEqual({ text: '29/02/2024', align: 'right' });
    expect(displayValue(45607, 'dd/mm/yy')).toEqual({ text: '11/11/24', align: 'right' });
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
    expect(formatDate(new Date(Date.UTC(2024, 7, 27)), 'dddd d mmmm yyyy')).toBe('Tuesday 27 August 2024');
    expect(formatDate(new Date(Date.UTC(2024, 7, 27)), 'dd-mmm-yy')).toBe('27-Aug-24');
  });
});

describe('isDateFormat', () => {
  it('tells date formats from number and text formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', 'mmm-yy', '[$-en-GB]dd/mm/yyyy;@'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['General', '0', '0%', '@', '#,##0.00', '"day"0', undefined].map(isDateFormat)).toEqual([false, false, false, false, false, false, false]);
  });
});
