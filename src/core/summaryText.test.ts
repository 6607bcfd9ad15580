import { summaryDatesLine, summaryValueText } from './summaryText';

describe('summaryValueText', () => {
  it('shows dates as dd/mm/yyyy, as the sheet formats them', () => {
    expect(summaryValueText({ date: '2024-10-30' }, 'date')).toBe('30/10/2024');
    expect(summaryValueText({ date: '2023-12-30' }, 'text')).toBe('30/12/2023');
  });

  it("shows shares as whole percentages, as the sheet's 0% format does", () => {
    expect(summaryValueText(0.125, 'percent')).toBe('13%');
    expect(summaryValueText(0.75, 'percent')).toBe('75%');
    expect(summaryValueText(1, 'percent')).toBe('100%');
    expect(summaryValueText(0, 'percent')).toBe('0%');
  });

  it('shows counts as whole numbers, rounding halves away from zero as Excel does', () => {
    expect(summaryValueText(31, 'number')).toBe('31');
    expect(summaryValueText(2.5, 'number')).toBe('3');
    expect(summaryValueText(-2.5, 'number')).toBe('-3');
  });

  it('keeps text exactly as written, including text that looks like a formula or a number', () => {
    expect(summaryValueText('Procurement under £60K', 'text')).toBe('Procurement under £60K');
    expect(summaryValueText('=SUM(1)', 'text')).toBe('=SUM(1)');
    expect(summaryValueText('5 & 6', 'text')).toBe('5 & 6');
    expect(summaryValueText('TBC', 'date')).toBe('TBC');
  });

  it('shows a blank as empty text', () => {
    expect(summaryValueText(null, 'number')).toBe('');
  });
});

describe('summaryDatesLine', () => {
  it('gives the paper date and the previous meeting', () => {
    expect(summaryDatesLine({ asOf: '2024-10-31', since: '2024-07-24' })).toBe('As at 31/10/2024; previous meeting 24/07/2024');
  });

  it('says when the previous meeting date is not set', () => {
    expect(summaryDatesLine({ asOf: '2024-10-31', since: null })).toBe('As at 31/10/2024; previous meeting date not set');
  });
});
