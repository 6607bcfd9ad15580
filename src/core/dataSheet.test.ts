import fc from 'fast-check';
import { DATA_SHEET_NOTE, dataSheetRows, EMPTY_STORED_DATA, PART_LENGTH, readDataSheet, splitText, type StoredData } from './dataSheet';

const RECORD: StoredData = {
  settings: { since: '2024-07-24', asOf: null, dataValidation: true },
  owned: {
    highlights: [{ sheet: 'Audit Actions', range: 'A2:E8' }],
    validation: [{ sheet: 'Audit Actions', table: 'Actions', header: 'Risk', range: 'C2:C8' }],
  },
  lastRefresh: { asOf: '2024-10-31', tablesFound: { plan: true, actions: false } },
  papers: [{ asOf: '2024-07-24' }, { asOf: '2024-10-31' }],
};

describe('the data sheet', () => {
  it('lays a record out as a note, then one key and its JSON per entry', () => {
    expect(dataSheetRows(RECORD)).toEqual([
      [DATA_SHEET_NOTE, '1'],
      ['settings', '{"since":"2024-07-24","asOf":null,"dataValidation":true}'],
      ['owned', '{"highlights":[{"sheet":"Audit Actions","range":"A2:E8"}],"validation":[{"sheet":"Audit Actions","table":"Actions","header":"Risk","range":"C2:C8"}]}'],
      ['last refresh', '{"asOf":"2024-10-31","tablesFound":{"plan":true,"actions":false}}'],
      ['paper', '{"asOf":"2024-07-24"}'],
      ['paper', '{"asOf":"2024-10-31"}'],
    ]);
  });

  it('reads back exactly the record it wrote', () => {
    expect(readDataSheet(dataSheetRows(RECORD))).toEqual(RECORD);
  });

  it('reads a sheet that was never written as an empty record', () => {
    expect(readDataSheet(null)).toEqual(EMPTY_STORED_DATA);
    expect(readDataSheet([['']])).toEqual(EMPTY_STORED_DATA);
  });

  it('continues an entry longer than a cell holds in the rows below, and joins it up again', () => {
    const long = { text: 'x'.repeat(PART_LENGTH * 2 + 10) };
    const rows = dataSheetRows({ ...EMPTY_STORED_DATA, papers: [long] });
    expect(rows.slice(2).map((row) => [row[0], row[1].length])).toEqual([
      ['paper', PART_LENGTH],
      ['', PART_LENGTH],
      ['', 21],
    ]);
    expect(readDataSheet(rows).papers).toEqual([long]);
  });

  it('skips an entry someone broke by hand and keeps the rest', () => {
    const rows = dataSheetRows(RECORD).map((row) => (row[0] === 'settings' ? ['settings', '{"since": 2024-07'] : row));
    const read = readDataSheet(rows);
    expect(read.settings).toBeNull();
    expect(read.owned).toEqual(RECORD.owned);
    expect(read.papers).toHaveLength(2);
  });

  it('drops ownership entries that are not of the record\'s shape', () => {
    const rows = [
      ['note', '1'],
      ['owned', JSON.stringify({ highlights: [{ sheet: 'A' }, { sheet: 'B', range: 'A1:B2' }], validation: 'C2:C8' })],
    ];
    expect(readDataSheet(rows).owned).toEqual({ highlights: [{ sheet: 'B', range: 'A1:B2' }], validation: [] });
  });

  it('never starts a part with a character Excel would read as a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '=', '+', '-', '@', '"', '{'), { minLength: PART_LENGTH - 5, maxLength: PART_LENGTH * 2 + 5 }), (chars) => {
        // A run of risky characters as long as a whole part cannot come from JSON.stringify of an object.
        const whole = 'a' + chars.join('');
        const parts = splitText(whole);
        expect(parts.join('')).toBe(whole);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(PART_LENGTH);
          expect(part.length).toBeGreaterThan(0);
        }
        for (const part of parts.slice(1)) expect('=+-@'.includes(part[0])).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
