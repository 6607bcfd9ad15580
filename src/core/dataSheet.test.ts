import fc from 'fast-check';
import {
  DATA_SHEET_NOTE,
  dataSheetRows,
  EMPTY_STORED_DATA,
  entryRows,
  PAPERS_HEADING,
  paperRows,
  papersArea,
  PART_LENGTH,
  readDataSheet,
  splitText,
  type StoredData,
} from './dataSheet';

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
  it('lays a record out as the note and one key and its JSON per entry in A:B, and the papers apart in D:E', () => {
    expect(dataSheetRows(RECORD)).toEqual([
      [DATA_SHEET_NOTE, '2', '', PAPERS_HEADING, ''],
      ['settings', '{"since":"2024-07-24","asOf":null,"dataValidation":true}', '', 'paper', '{"asOf":"2024-07-24"}'],
      [
        'owned',
        '{"highlights":[{"sheet":"Audit Actions","range":"A2:E8"}],"validation":[{"sheet":"Audit Actions","table":"Actions","header":"Risk","range":"C2:C8"}]}',
        '',
        'paper',
        '{"asOf":"2024-10-31"}',
      ],
      ['last refresh', '{"asOf":"2024-10-31","tablesFound":{"plan":true,"actions":false}}'],
      ['papers', '{"columns":"D:E"}'],
    ]);
  });

  it('reads back exactly the record it wrote', () => {
    expect(readDataSheet(dataSheetRows(RECORD))).toEqual(RECORD);
    expect(papersArea(dataSheetRows(RECORD))).toBe(0);
  });

  it('keeps a record without papers to columns A:B, with no "papers" entry', () => {
    const record = { ...RECORD, papers: [] };
    expect(dataSheetRows(record)).toEqual(entryRows(record, null));
    expect(dataSheetRows(record).map((row) => row[0])).toEqual([DATA_SHEET_NOTE, 'settings', 'owned', 'last refresh']);
    expect(readDataSheet(dataSheetRows(record))).toEqual(record);
  });

  it('reads a sheet that was never written as an empty record', () => {
    expect(readDataSheet(null)).toEqual(EMPTY_STORED_DATA);
    expect(readDataSheet([['']])).toEqual(EMPTY_STORED_DATA);
    expect(papersArea(null)).toBeNull();
  });

  it('reads the first layout, with the papers among the entries in A:B, and says no area holds them', () => {
    const firstLayout = [
      [DATA_SHEET_NOTE, '1'],
      ['settings', '{"since":"2024-07-24"}'],
      ['owned', '{"highlights":[],"validation":[]}'],
      ['paper', '{"asOf":"2024-07-24"}'],
      ['paper', '{"asOf":"2024-10-31"}'],
    ];
    expect(readDataSheet(firstLayout)).toEqual({
      ...EMPTY_STORED_DATA,
      settings: { since: '2024-07-24' },
      papers: [{ asOf: '2024-07-24' }, { asOf: '2024-10-31' }],
    });
    expect(papersArea(firstLayout)).toBeNull();
  });

  it('reads the papers from the area the record names, not from one a failed write left behind', () => {
    const entries = entryRows(RECORD, 1);
    const stale = paperRows([{ asOf: '2024-07-24' }, { asOf: '2024-10' }]);
    const current = paperRows(RECORD.papers);
    const sheet = Array.from({ length: 5 }, (_, r) => [...(entries[r] ?? ['', '']), '', ...(stale[r] ?? ['', '']), '', ...(current[r] ?? ['', ''])]);
    expect(papersArea(sheet)).toBe(1);
    expect(readDataSheet(sheet)).toEqual(RECORD);
  });

  it('writes the entries alone with the "papers" entry naming where the papers are, and never a paper among them', () => {
    const rows = entryRows(RECORD, 1);
    expect(rows.at(-1)).toEqual(['papers', '{"columns":"G:H"}']);
    expect(rows.filter((row) => row[0] === 'paper')).toEqual([]);
    expect(readDataSheet(rows).papers).toEqual([]);
    expect(papersArea(rows)).toBe(1);
  });

  it('continues an entry longer than a cell holds in the rows below, and joins it up again', () => {
    const long = { text: 'x'.repeat(PART_LENGTH * 2 + 10) };
    expect(paperRows([long]).map((row) => [row[0], row[1].length])).toEqual([
      [PAPERS_HEADING, 0],
      ['paper', PART_LENGTH],
      ['', PART_LENGTH],
      ['', 21],
    ]);
    expect(readDataSheet(dataSheetRows({ ...EMPTY_STORED_DATA, papers: [long] })).papers).toEqual([long]);
    const settings = { text: 'y'.repeat(PART_LENGTH + 1) };
    expect(entryRows({ ...EMPTY_STORED_DATA, settings }, null).map((row) => [row[0], row[1].length])).toEqual([
      [DATA_SHEET_NOTE, 1],
      ['settings', PART_LENGTH],
      ['', 12],
      ['owned', 33],
    ]);
    expect(readDataSheet(entryRows({ ...EMPTY_STORED_DATA, settings }, null)).settings).toEqual(settings);
  });

  it('skips an entry someone broke by hand and keeps the rest', () => {
    const rows = dataSheetRows(RECORD).map((row) => (row[0] === 'settings' ? ['settings', '{"since": 2024-07', ...row.slice(2)] : row));
    const read = readDataSheet(rows);
    expect(read.settings).toBeNull();
    expect(read.owned).toEqual(RECORD.owned);
    expect(read.papers).toHaveLength(2);
  });

  it("drops ownership entries that are not of the record's shape", () => {
    const rows = [
      ['note', '1'],
      ['owned', JSON.stringify({ highlights: [{ sheet: 'A' }, { sheet: 'B', range: 'A1:B2' }], validation: 'C2:C8' })],
    ];
    expect(readDataSheet(rows).owned).toEqual({ highlights: [{ sheet: 'B', range: 'A1:B2' }], validation: [] });
  });

  it('never starts a part with a character Excel would read as a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '=', '+', '-', '@', '"', '{'), { minLength: PART_LENGTH - 5, maxLength: PART_LENGTH * 2 + 5 }),
        (chars) => {
          // A run of risky characters as long as a whole part cannot come from JSON.stringify of an object.
          const whole = 'a' + chars.join('');
          const parts = splitText(whole);
          expect(parts.join('')).toBe(whole);
          for (const part of parts) {
            expect(part.length).toBeLessThanOrEqual(PART_LENGTH);
            expect(part.length).toBeGreaterThan(0);
          }
          for (const part of parts.slice(1)) expect('=+-@'.includes(part[0])).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });
});
