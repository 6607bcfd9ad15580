/**
 * Recorded papers on the data sheet through the Office.js shell: written only when a paper is recorded, apart from
 * the small entries every refresh writes (core's dataSheet.ts), in chunks under the request budget when they are
 * large, never leaving the record pointing at half-written papers, and read in chunks when they pass the 5 MB
 * response cap of Excel on the web.
 */
import { analyseWorkbook, resolveSettings } from '../core/analyseWorkbook';
import { DATA_SHEET_NOTE, dataSheetRows, entryRows, paperRows, papersArea, readDataSheet, type StoredData } from '../core/dataSheet';
import { DATA_SHEET_NAME } from '../core/footprint';
import { recordPaper } from '../core/movement/recordedPapers';
import type { CellValue, WorkbookCells } from '../core/types';
import { readWorkbookCells } from './readWorkbookCells';
import { loadSettings, saveSettings } from './settings';
import { parseRangeAddress } from './rangeAddress';
import { WRITE_BUDGET_BYTES } from './writePayload';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { trackerWithActions } from '@test/excel/trackerWorkbook';
import { EVERYTHING, PLAN, readThenWrite, summarise } from '@test/excel/writeHarness';
import { officeError, WorkbookMock, type Recorded } from '@test/excel/workbookMock';

const OWNED = { highlights: [], validation: [] };
const JULY = { date: '2024-07-31', actions: [[0, '1', 0, 45565]] };
const OCTOBER = { date: '2024-10-31', actions: [[0, '1', 1, 45565, 0, 45580]] };
const RECORD: StoredData = { settings: { since: '2024-07-24' }, owned: OWNED, lastRefresh: null, papers: [JULY] };

/** The seed tracker with a data sheet of these cells (rows padded to one width, as Excel's used range is). */
function seedWithDataSheet(rows: string[][]): WorkbookCells {
  const workbook = makeSeedWorkbook();
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  workbook.sheets.push({
    name: DATA_SHEET_NAME,
    originRow: 0,
    originColumn: 0,
    values,
    numberFormats: values.map((row) => row.map(() => '@')),
    tables: [],
  });
  return workbook;
}

/** Values and number formats written on the data sheet, by the columns they landed in. */
function dataSheetWrites(records: Recorded[]): { entries: Recorded[]; papers: Recorded[] } {
  const cells = records.filter((r) => r.sheet === DATA_SHEET_NAME && (r.name === 'values' || r.name === 'numberFormat'));
  const left = (r: Recorded) => parseRangeAddress(r.target.replace(/^range /, ''))!.left;
  return { entries: cells.filter((r) => left(r) <= 1), papers: cells.filter((r) => left(r) >= 3) };
}

/** The data sheet's cells now, as the next refresh reads them. */
const storedOn = (mock: WorkbookMock) => readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as CellValue[][]);
const areaOn = (mock: WorkbookMock) => papersArea(mock.valuesOf(DATA_SHEET_NAME) as CellValue[][]);

let largePaper: unknown;

/** Papers of a 20,000-action tracker (about 420 KB each), as recorded month after month. */
function largePapers(count: number): unknown[] {
  largePaper ??= recordPaper(
    [],
    analyseWorkbook(trackerWithActions(20_000), { settings: resolveSettings({ asOf: '2024-10-31' }), today: '2024-10-31' }).paper,
  )[0];
  return Array.from({ length: count }, (_, month) => ({
    ...(largePaper as object),
    date: `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-28`,
  }));
}

describe('recorded papers on the data sheet, through Office.js', () => {
  it('writes no paper cells on a refresh that records nothing: only the entries in A:B, still pointing at the papers', async () => {
    const { mock, written, writes } = await readThenWrite(seedWithDataSheet(dataSheetRows(RECORD)), PLAN);
    await written;
    const { entries, papers } = dataSheetWrites(writes());
    expect(papers).toEqual([]);
    // The commit and the rules step each write the entries.
    expect(entries.map((r) => `${r.target} ${r.name}`)).toEqual([
      'range A1:B5 numberFormat',
      'range A1:B5 values',
      'range A1:B5 numberFormat',
      'range A1:B5 values',
    ]);
    expect(storedOn(mock).papers).toEqual([JULY]);
    expect(areaOn(mock)).toBe(0);
    // Nothing points at G:H, so it is cleared (it is empty): a clear carries no cells.
    expect(summarise(writes().filter((r) => r.sheet === DATA_SHEET_NAME && r.name === 'clear'))).toEqual([
      'JAC Data | range A:B | call clear ["Contents"]',
      'JAC Data | range G:H | call clear ["Contents"]',
      'JAC Data | range A:B | call clear ["Contents"]',
      'JAC Data | range G:H | call clear ["Contents"]',
    ]);
  });

  it('writes every paper to keep, on recording, into the area the record does not point at, then points there and clears the other', async () => {
    const { mock, written, writes } = await readThenWrite(seedWithDataSheet(dataSheetRows(RECORD)), { ...PLAN, papers: [JULY, OCTOBER] });
    await written;
    const { papers } = dataSheetWrites(writes());
    expect(summarise(papers)).toEqual([
      'JAC Data | range G1:H3 | set numberFormat [["@","@"],["@","@"],["@","@"]]',
      `JAC Data | range G1:H3 | set values ${JSON.stringify(paperRows([JULY, OCTOBER]))}`,
    ]);
    // Written in the commit, with the summary: no sync of their own.
    expect(mock.syncCount).toBe(4);
    expect(areaOn(mock)).toBe(1);
    expect(storedOn(mock).papers).toEqual([JULY, OCTOBER]);
    expect((mock.valuesOf(DATA_SHEET_NAME) as string[][]).every((row) => (row[3] ?? '') === '' && (row[4] ?? '') === '')).toBe(true);
  });

  it('moves papers kept among the entries (the first layout) into D:E at the next refresh, though it records nothing', async () => {
    const firstLayout = [
      [DATA_SHEET_NOTE, '1'],
      ['owned', JSON.stringify(OWNED)],
      ['paper', JSON.stringify(JULY)],
      ['paper', JSON.stringify(OCTOBER)],
    ];
    const { mock, written, writes } = await readThenWrite(seedWithDataSheet(firstLayout), PLAN);
    await written;
    expect(dataSheetWrites(writes()).papers.map((r) => r.target)).toEqual(['range D1:E3', 'range D1:E3']);
    expect(areaOn(mock)).toBe(0);
    expect(storedOn(mock).papers).toEqual([JULY, OCTOBER]);
    expect((mock.valuesOf(DATA_SHEET_NAME) as string[][]).filter((row) => row[0] === 'paper')).toEqual([]);

    // Once moved, the next refresh leaves them alone.
    const again = await readThenWrite(mockWorkbook(mock), PLAN);
    await again.written;
    expect(dataSheetWrites(again.writes()).papers).toEqual([]);
  });

  it('writes ten papers of a 20,000-action tracker ahead of the commit, in chunks each under the request budget', async () => {
    const papers = largePapers(10);
    expect(JSON.stringify(paperRows(papers)).length).toBeGreaterThan(WRITE_BUDGET_BYTES);
    const { mock, written } = await readThenWrite(seedWithDataSheet(dataSheetRows(RECORD)), { ...PLAN, papers }, { requestByteLimit: 5_000_000 });
    await written;
    // Two chunks of papers, then the commit and the rules step as usual, after the two syncs of the read.
    expect(mock.syncCount).toBe(6);
    const [first, second] = mock.requestBytes.slice(2, 4);
    expect([first > 3_000_000, first <= WRITE_BUDGET_BYTES, first + second > WRITE_BUDGET_BYTES]).toEqual([true, true, true]);
    expect(mock.requestBytes.slice(4).every((bytes) => bytes < 10_000)).toBe(true);
    // Compared as JSON: Jest's deep equality takes seconds over 200,000 actions.
    expect(JSON.stringify(storedOn(mock).papers)).toBe(JSON.stringify(papers));
    expect(areaOn(mock)).toBe(1);
  });

  it('halves a chunk of papers Excel still refuses as too large', async () => {
    const papers = [
      JULY,
      OCTOBER,
      { ...OCTOBER, date: '2024-11-30', note: 'x'.repeat(900) },
      { ...OCTOBER, date: '2024-12-31', note: 'y'.repeat(900) },
    ];
    // The budget lets every paper go in one chunk; Excel counts more than the estimate and refuses it.
    const { mock, written } = await readThenWrite(
      seedWithDataSheet(dataSheetRows(RECORD)),
      { ...PLAN, papers },
      { requestByteLimit: 1500 },
      { ...EVERYTHING, budgetBytes: 3000 },
    );
    await written;
    expect(storedOn(mock).papers).toEqual(papers);
    // The read's two syncs, the refused chunk, the two halves, the commit and the rules step.
    expect(mock.syncCount).toBe(7);
    expect(mock.requestBytes.map((bytes) => bytes > 1500)).toEqual([false, false, true, false, false, false, false]);
  });

  it('adds the data sheet before writing papers ahead into a workbook that has none', async () => {
    const papers = [JULY, { ...OCTOBER, note: 'x'.repeat(3000) }];
    const { mock, written } = await readThenWrite(makeSeedWorkbook(), { ...PLAN, papers }, {}, { ...EVERYTHING, budgetBytes: 2500 });
    await written;
    expect(mock.find(DATA_SHEET_NAME)?.visibility).toBe('VeryHidden');
    expect(storedOn(mock).papers).toEqual(papers);
  });

  // Regression: a write of the papers that failed part-way must not leave the record pointing at half of them.
  it('leaves the papers the record points at whole when writing new ones fails part-way, and clears the half-written area at the next refresh', async () => {
    const papers = [JULY, OCTOBER, { ...OCTOBER, date: '2024-11-30', note: 'x'.repeat(3000) }];
    const failure = officeError('GeneralException', 'An internal error has occurred.');
    // Sync 4 is the second chunk of papers (after the read's two and the first chunk).
    const { mock, written } = await readThenWrite(
      seedWithDataSheet(dataSheetRows(RECORD)),
      { ...PLAN, papers },
      { failSync: { at: 4, error: failure } },
      {
        ...EVERYTHING,
        budgetBytes: 2500,
      },
    );
    await expect(written).rejects.toBe(failure);
    expect(areaOn(mock)).toBe(0);
    expect(storedOn(mock).papers).toEqual([JULY]);

    const again = await readThenWrite(mockWorkbook(mock), PLAN);
    await again.written;
    expect(storedOn(again.mock).papers).toEqual([JULY]);
    expect((again.mock.valuesOf(DATA_SHEET_NAME) as string[][]).every((row) => (row[6] ?? '') === '' && (row[7] ?? '') === '')).toBe(true);
  });

  it('reads a data sheet too large for one response in chunks of rows, and the cells with it', async () => {
    // Twelve papers: about 5.1 MB of text in some 170 cells.
    const papers = largePapers(12);
    const mock = new WorkbookMock(seedWithDataSheet(dataSheetRows({ ...RECORD, papers })), { responseByteLimit: 5_000_000 });
    const { cells, state } = await readWorkbookCells(mock.context, { workbookProtection: true });
    expect(JSON.stringify(cells.stored?.papers)).toBe(JSON.stringify(papers));
    expect(state.place.papersAt).toBe(0);
    expect(cells.sheets.map((sheet) => sheet.values.length)).toEqual([19, 8]);
    // The refused read, the read of addresses, the two user sheets and the data sheet in chunks of 32 rows.
    expect(mock.syncCount).toBe(1 + 2 + 2 + Math.ceil(mock.valuesOf(DATA_SHEET_NAME).length / 32));
  });

  it('loads and saves settings from the entries alone, keeping the papers where they are', async () => {
    const papers = largePapers(10);
    const mock = new WorkbookMock(seedWithDataSheet(dataSheetRows({ ...RECORD, papers })), { responseByteLimit: 100_000 });
    expect(await loadSettings(mock.context, true)).toEqual({ since: '2024-07-24' });
    const synced = mock.syncCount;
    const before = mock.records.length;
    await saveSettings(mock.context, { ...resolveSettings({ since: '2024-08-21' }) }, true);
    expect(mock.syncCount - synced).toBe(3);
    expect(dataSheetWrites(mock.records.slice(before)).papers).toEqual([]);
    const values = mock.valuesOf(DATA_SHEET_NAME) as CellValue[][];
    expect(readDataSheet(values).settings).toMatchObject({ since: '2024-08-21' });
    expect(JSON.stringify(readDataSheet(values).papers)).toBe(JSON.stringify(papers));
  });

  it('writes the entries alone as core lays them out, so every shell reads the same record', async () => {
    const { mock, written } = await readThenWrite(seedWithDataSheet(dataSheetRows(RECORD)), PLAN);
    await written;
    const values = mock.valuesOf(DATA_SHEET_NAME) as string[][];
    expect(values.map((row) => row.slice(0, 2)).filter((row) => row[0] !== '' || row[1] !== '')).toEqual(entryRows(storedOn(mock), 0));
  });
});

/** The workbook as the mock now holds it, to open again as the next refresh would. */
function mockWorkbook(mock: WorkbookMock): WorkbookCells {
  return {
    sheets: mock.liveSheets().map((sheet) => {
      const values = mock.valuesOf(sheet.name) as CellValue[][];
      return {
        name: sheet.name,
        originRow: 0,
        originColumn: 0,
        values,
        numberFormats: values.map((row, r) => row.map((_, c) => sheet.data.format(r, c))),
        tables: sheet.tables,
      };
    }),
  };
}
