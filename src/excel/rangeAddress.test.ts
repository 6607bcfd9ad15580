import { parseRangeAddress, rangeA1 } from './rangeAddress';

describe('parseRangeAddress', () => {
  it('reads Office.js addresses with quoted sheet names, single cells and absolute markers', () => {
    expect(parseRangeAddress("'Audit Actions'!B3:G40")).toEqual({ sheet: 'Audit Actions', top: 2, left: 1, bottom: 39, right: 6, bounded: true });
    expect(parseRangeAddress('Plan!$C$7')).toEqual({ sheet: 'Plan', top: 6, left: 2, bottom: 6, right: 2, bounded: true });
    expect(parseRangeAddress("'O''Brien''s'!A1")?.sheet).toBe("O'Brien's");
  });

  it('marks whole columns and whole rows as unbounded, reaching the sheet’s edge', () => {
    expect(parseRangeAddress('D:E')).toEqual({ sheet: '', top: 0, left: 3, bottom: 1048575, right: 4, bounded: false });
    expect(parseRangeAddress('Sheet1!3:5')).toEqual({ sheet: 'Sheet1', top: 2, left: 0, bottom: 4, right: 16383, bounded: false });
  });

  it('refuses text that is not an address', () => {
    expect([parseRangeAddress(''), parseRangeAddress('Sheet1!'), parseRangeAddress('A0'), parseRangeAddress('ABCD1')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('rangeA1', () => {
  it('writes a rectangle back as A1, a single cell without a colon', () => {
    expect([rangeA1(0, 0, 2, 3), rangeA1(4, 27, 4, 27)]).toEqual(['A1:D3', 'AB5']);
  });
});
