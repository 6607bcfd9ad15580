import { cellText } from './cellText';

describe('cellText', () => {
  test('trims ordinary trailing spaces, as in the seed\'s "Budget Setting and Control "', () => {
    expect(cellText('Budget Setting and Control ')).toBe('Budget Setting and Control');
  });
  test('trims non-breaking, figure and narrow no-break spaces', () => {
    expect(cellText('PFI/ Reporting to Home Office\u00a0')).toBe('PFI/ Reporting to Home Office');
    expect(cellText('\u2007Insurance\u202f')).toBe('Insurance');
  });
  test('collapses inner runs of mixed spaces, tabs and line breaks', () => {
    expect(cellText('Follow\u00a0 \t Up\r\nreview')).toBe('Follow Up review');
  });
  test('removes zero-width spaces pasted from the web', () => {
    expect(cellText('\u200bHigh\ufeff')).toBe('High');
  });
  test('blank cells read as empty text', () => {
    expect(cellText('')).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' \u00a0 ')).toBe('');
  });
  test('numbers and booleans read as Excel shows them', () => {
    expect(cellText(3)).toBe('3');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(45597)).toBe('45597');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
  });
  test('tidy text comes back unchanged; any untidy space is cleaned', () => {
    expect(cellText('Medium')).toBe('Medium');
    expect(cellText('5 & 6')).toBe('5 & 6');
    expect(cellText('a  b')).toBe('a b');
    expect(cellText('a\tb')).toBe('a b');
    expect(cellText('a\u2009b')).toBe('a b');
    expect(cellText(' a')).toBe('a');
    expect(cellText('a ')).toBe('a');
    expect(cellText(' ')).toBe('');
  });
  test('leaves text starting with = alone', () => {
    expect(cellText(' =SUM(A1) ')).toBe('=SUM(A1)');
  });
});
