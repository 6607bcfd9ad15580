import { cellAddress, cellRef, columnIndex, columnLetter, parseCellAddress, quoteSheetName } from './address';

describe('columnLetter', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test('columnIndex reads lower case and rejects non-letters', () => {
    expect(columnIndex('d')).toBe(3);
    expect(columnIndex('D4')).toBeNull();
    expect(columnIndex('')).toBeNull();
  });
});

describe('quoteSheetName', () => {
  test('a plain name is left bare', () => {
    expect(quoteSheetName('Actions')).toBe('Actions');
    expect(quoteSheetName('Sheet1_x')).toBe('Sheet1_x');
  });
  test('a name with a space or punctuation is quoted', () => {
    expect(quoteSheetName('Audit Actions')).toBe("'Audit Actions'");
    expect(quoteSheetName('24-25')).toBe("'24-25'");
    expect(quoteSheetName('Plan.v2')).toBe("'Plan.v2'");
  });
  test('a quote inside the name is doubled', () => {
    expect(quoteSheetName("Bob's plan")).toBe("'Bob''s plan'");
  });
  test('a name that looks like a cell address is quoted', () => {
    expect(quoteSheetName('AB12')).toBe("'AB12'");
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
  });
});

describe('cellAddress and parseCellAddress', () => {
  test('addresses use 1-based rows and quote as Excel does', () => {
    expect(cellAddress('Audit Actions', 4, 0)).toBe("'Audit Actions'!A5");
    expect(cellAddress('Actions', 3, 3)).toBe('Actions!D4');
  });
  test('parse reverses cellAddress', () => {
    expect(parseCellAddress("'Audit Actions'!A5")).toEqual({ sheet: 'Audit Actions', row: 4, column: 0 });
    expect(parseCellAddress("'Bob''s plan'!$C$10")).toEqual({ sheet: "Bob's plan", row: 9, column: 2 });
    expect(parseCellAddress('Actions!D4')).toEqual({ sheet: 'Actions', row: 3, column: 3 });
    expect(parseCellAddress('B2')).toEqual({ sheet: '', row: 1, column: 1 });
  });
  test('parse rejects text that is not an address', () => {
    expect(parseCellAddress('hello')).toBeNull();
    expect(parseCellAddress('Audit Actions!A5')).toBeNull();
    expect(parseCellAddress('A0')).toBeNull();
    expect(parseCellAddress("'Actions!A1")).toBeNull();
  });
  test('cellRef carries coordinates and address', () => {
    expect(cellRef('Audit Plan', 2, 1)).toEqual({ sheet: 'Audit Plan', row: 2, column: 1, address: "'Audit Plan'!B3" });
  });
});
