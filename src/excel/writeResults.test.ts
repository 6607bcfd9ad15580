import { readDataSheet } from '../core/dataSheet';
import { DATA_SHEET_NAME } from '../core/footprint';
import type { SummaryLayout } from '../core/types';
import type { WritePlan } from './writeResults';
import { estimateWriteBytes, planRowChunks, rowBytes, summaryCells } from './writePayload';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { seedWithSummary, sheetWith } from '@test/excel/excelFixtures';
import { EVERYTHING, LAYOUT, PLAN, readThenWrite, summarise } from '@test/excel/writeHarness';
import { officeError, type MockOptions, type Recorded } from '@test/excel/workbookMock';

const sheetLevel = (records: Recorded[]) => summarise(records.filter((r) => r.target === 'sheet' || r.target === 'worksheets'));
const layoutValues = (layout: SummaryLayout) => summaryCells(layout).values;

describe('writeResults: the summary', () => {
  it('builds the summary aside, then clears the summary sheet and fills it from there: the sheet itself is never deleted or renamed', async () => {
    const { mock, written, writes } = await readThenWrite(seedWithSummary(), PLAN);
    await written;
    expect(sheetLevel(writes()).filter((line) => !line.includes('JAC Data'))).toEqual([
      '- | worksheets | call add ["JAC Summary (new b1)"]',
      'JAC Summary (new b1) | sheet | call delete []',
    ]);
    expect(summarise(writes().filter((r) => r.sheet === 'JAC Summary' && r.kind === 'call'))).toEqual([
      'JAC Summary | range (whole sheet) | call unmerge []',
      'JAC Summary | range (whole sheet) | call clear ["All"]',
      `JAC Summary | range A1:B3 | call copyFrom ["'JAC Summary (new b1)'!A1:B3","All"]`,
    ]);
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'JAC Summary', 'Audit Actions', 'JAC Data']);
    expect(mock.valuesOf('JAC Summary')).toEqual(layoutValues(LAYOUT));
  });

  it('writes the cells aside with its text formats first, so "=x" is written into "@" cells', async () => {
    const { written, writes } = await readThenWrite(seedWithSummary(), PLAN);
    await written;
    const cells = writes().filter((r) => r.sheet === 'JAC Summary (new b1)' && (r.name === 'numberFormat' || r.name === 'values'));
    expect(summarise(cells)).toEqual([
      'JAC Summary (new b1) | range A1:B3 | set numberFormat [["@","General"],["@","@"],["@","dd/mm/yyyy"]]',
      'JAC Summary (new b1) | range A1:B3 | set values [["Joint Audit Committee: audit update",""],["Audit","Deadline"],["=HYPERLINK(\\"http://example.com\\")",45595]]',
    ]);
  });

  it('keeps a summary sheet someone renamed to "jac summary", as Excel treats the names as one', async () => {
    const { mock, written } = await readThenWrite(seedWithSummary(undefined, 'jac summary'), PLAN);
    await written;
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'jac summary', 'Audit Actions', 'JAC Data']);
    expect(mock.valuesOf('jac summary')).toEqual(layoutValues(LAYOUT));
  });

  it('adds the summary sheet under its own name on the first refresh, without renaming anything', async () => {
    const { mock, written, writes } = await readThenWrite(makeSeedWorkbook(), PLAN);
    await written;
    expect(writes().filter((r) => r.name === 'name')).toEqual([]);
    expect(sheetLevel(writes()).filter((line) => !line.includes('JAC Data'))).toEqual([
      '- | worksheets | call add ["JAC Summary (new b1)"]',
      '- | worksheets | call add ["JAC Summary"]',
      'JAC Summary (new b1) | sheet | call delete []',
    ]);
    expect(mock.valuesOf('JAC Summary')).toEqual(layoutValues(LAYOUT));
  });

  it('writes the cells into the summary itself where Excel cannot copy ranges (before ExcelApi 1.9)', async () => {
    const { mock, written, writes } = await readThenWrite(
      seedWithSummary(),
      PLAN,
      {},
      { features: { copyFrom: false, standardHeight: true, rangeAreas: false, charts: true, chartAxisFormat: true, printSetup: false } },
    );
    await written;
    expect(writes().filter((r) => r.name === 'copyFrom')).toEqual([]);
    expect(
      writes()
        .filter((r) => r.sheet === 'JAC Summary' && r.name === 'values')
        .map((r) => r.target),
    ).toEqual(['range A1:B3']);
    expect(mock.valuesOf('JAC Summary')).toEqual(layoutValues(LAYOUT));
  });

  it('styles the summary from the footprint’s looks: bold headers with borders, overdue rows red, column widths in points', async () => {
    const { written, writes } = await readThenWrite(seedWithSummary(), PLAN);
    await written;
    const on = (target: string) => summarise(writes().filter((r) => r.target === target));
    expect(on('range A2:B2 format.font')).toEqual(['JAC Summary (new b1) | range A2:B2 format.font | set bold true']);
    expect(on('range A3:B3 format.fill')).toEqual(['JAC Summary (new b1) | range A3:B3 format.fill | set color "#FFC7CE"']);
    expect(on('range A2:B2 format.borders.getItem(EdgeTop)')).toEqual([
      'JAC Summary (new b1) | range A2:B2 format.borders.getItem(EdgeTop) | set style "Continuous"',
      'JAC Summary (new b1) | range A2:B2 format.borders.getItem(EdgeTop) | set weight "Thin"',
      'JAC Summary (new b1) | range A2:B2 format.borders.getItem(EdgeTop) | set color "#A6A6A6"',
    ]);
    expect(on('range A:A format')).toEqual(['JAC Summary | range A:A format | set columnWidth 161']);
  });

  it('deletes sheets aside left by failed refreshes before building, and shows the summary if one was in front', async () => {
    const workbook = seedWithSummary();
    workbook.sheets.unshift(sheetWith('JAC Summary (new zz9)', 'Half'));
    const { written, writes } = await readThenWrite(workbook, PLAN, { activeSheet: 'JAC Summary (new zz9)' });
    await written;
    expect(sheetLevel(writes()).filter((line) => !line.includes('JAC Data'))).toEqual([
      'JAC Summary (new zz9) | sheet | call delete []',
      '- | worksheets | call add ["JAC Summary (new b1)"]',
      'JAC Summary (new b1) | sheet | call delete []',
      'JAC Summary | sheet | call activate []',
    ]);
  });

  it('leaves the old summary as it was when building aside fails', async () => {
    const { mock, written } = await readThenWrite(seedWithSummary(), PLAN, {
      failOn: {
        match: (write) => write.addinSheet && write.name === 'values',
        error: officeError('GeneralException', 'An internal error has occurred.'),
        always: true,
      },
    });
    await expect(written).rejects.toMatchObject({ code: 'GeneralException' });
    expect(mock.valuesOf('JAC Summary')).toEqual([['Old']]);
    expect(mock.sheets.some((sheet) => sheet.name === DATA_SHEET_NAME)).toBe(false);
  });
});

describe('writeResults: text stays text, checked', () => {
  it('asks the summary which of its cells Excel holds as formulas and writes them again as text', async () => {
    const { mock, written, writes } = await readThenWrite(seedWithSummary(), PLAN, { textBecomesFormula: true });
    await written;
    expect(summarise(writes().filter((r) => r.sheet === 'JAC Summary' && r.name === 'values'))).toEqual([
      'JAC Summary | range A3 | set values [["\'=HYPERLINK(\\"http://example.com\\")"]]',
    ]);
    expect(mock.find('JAC Summary')?.data.formulaCells.size).toBe(0);
    expect(mock.valuesOf('JAC Summary')[2][0]).toBe('=HYPERLINK("http://example.com")');
  });

  it('writes nothing again when Excel kept the text as text', async () => {
    const { written, writes } = await readThenWrite(seedWithSummary(), PLAN);
    await written;
    expect(writes().filter((r) => r.sheet === 'JAC Summary' && r.name === 'values')).toEqual([]);
  });
});

describe('writeResults: the stored record', () => {
  it('writes the record on a very hidden "JAC Data" sheet with the summary, text formats first, with the new last refresh', async () => {
    const { mock, written, writes } = await readThenWrite(seedWithSummary(), PLAN);
    const outcome = await written;
    const data = writes().filter((r) => r.sheet === DATA_SHEET_NAME);
    expect(data.map((r) => `${r.target} ${r.kind} ${r.name}`).slice(0, 4)).toEqual([
      'sheet set visibility',
      'range A:B call clear',
      'range A1:B3 set numberFormat',
      'range A1:B3 set values',
    ]);
    expect(mock.find(DATA_SHEET_NAME)?.visibility).toBe('VeryHidden');
    const stored = readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as string[][]);
    expect(stored.lastRefresh).toEqual({ asOf: '2024-10-01', tablesFound: { plan: true, actions: true } });
    expect(stored).toEqual(outcome.record);
  });

  it('removes the workbook-settings entries of an earlier version once the data sheet holds what they held', async () => {
    const { mock, written } = await readThenWrite(seedWithSummary(), PLAN, {
      settings: {
        'jacAuditTracker.settings': JSON.stringify({ since: '2024-07-24' }),
        'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: [], validation: [] }),
      },
    });
    await written;
    expect([...mock.settings.keys()]).toEqual([]);
    expect(readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as string[][]).settings).toEqual({ since: '2024-07-24' });
  });
});

describe('writeResults: protection', () => {
  it('refuses before writing anything when the workbook’s structure is protected, with its own code', async () => {
    const { written, writes } = await readThenWrite(seedWithSummary(), PLAN, { workbookProtected: true });
    await expect(written).rejects.toMatchObject({ code: 'workbook-protected' });
    expect(writes()).toEqual([]);
  });

  it('refuses before writing anything when the summary sheet is protected, naming it', async () => {
    const { written, writes } = await readThenWrite(seedWithSummary(), PLAN, { protectedSheets: ['JAC Summary'] });
    await expect(written).rejects.toMatchObject({
      code: 'sheet-protected',
      message:
        'The sheet “JAC Summary” is protected, so the summary could not be written and the previous one stays. Unprotect it (Review > Unprotect Sheet), refresh, then protect it again.',
    });
    expect(writes()).toEqual([]);
  });
});

/** 40 listed rows with a title, a header, one table body spanning them and every fifth row overdue. */
const BIG: SummaryLayout = {
  sheetName: 'JAC Summary',
  blocks: [],
  values: [
    ['Joint Audit Committee: audit update', null, null],
    ['Audit', 'Recommendation', 'Deadline'],
    ...Array.from({ length: 38 }, (_, i) => [`Audit ${i + 1}`, `=Recommendation ${i + 1}: keep the register up to date`, 45000 + i]),
  ],
  numberFormats: [['@', 'General', 'General'], ['@', '@', '@'], ...Array.from({ length: 38 }, () => ['@', '@', 'dd/mm/yyyy'])],
  columnWidths: [30, 40, 12],
  regions: [
    { style: 'title', top: 0, left: 0, bottom: 0, right: 2 },
    { style: 'header', top: 1, left: 0, bottom: 1, right: 2 },
    { style: 'body', top: 2, left: 0, bottom: 39, right: 2 },
    ...Array.from({ length: 8 }, (_, i) => ({ style: 'overdue' as const, top: 2 + i * 5, left: 0, bottom: 2 + i * 5, right: 2 })),
  ],
};
/** Without rules, so the syncs counted are the summary's alone. */
const BIG_PLAN: WritePlan = { ...PLAN, layout: BIG, conditionalFormats: null, inCellValidation: null };
/** BIG is estimated at 9,140 bytes (estimateWriteBytes), so a budget of 3,000 gives 4 chunks. */
const BUDGET = 3000;

const readThenWriteBig = (options: MockOptions = {}, budgetBytes = BUDGET) =>
  readThenWrite(seedWithSummary(), BIG_PLAN, options, { ...EVERYTHING, budgetBytes });
const gridWrites = (records: Recorded[]) =>
  records.filter((r) => r.sheet === 'JAC Summary (new b1)' && (r.name === 'values' || r.name === 'numberFormat'));

describe('writeResults: a summary too large for one request', () => {
  it('is estimated over the budget and written in 4 chunk syncs and one last sync, each request under the budget', async () => {
    expect(estimateWriteBytes(BIG)).toBe(9140);
    const { mock, written, writes } = await readThenWriteBig({ requestByteLimit: BUDGET });
    await written;
    expect(mock.syncCount).toBe(2 + 4 + 1);
    const chunks = planRowChunks(rowBytes(BIG), BUDGET);
    expect(chunks).toEqual([
      { first: 0, last: 10 },
      { first: 11, last: 26 },
      { first: 27, last: 38 },
      { first: 39, last: 39 },
    ]);
    // What each sync actually sent, as the mock measures it: the last sends only the record's few cells.
    expect(mock.requestBytes.slice(2, 6)).toEqual([945, 1490, 1118, 95]);
    expect(mock.requestBytes[6]).toBeLessThan(1000);
    expect(gridWrites(writes()).map((r) => `${r.target} ${r.name}`)).toEqual([
      'range A1:C11 numberFormat',
      'range A1:C11 values',
      'range A12:C27 numberFormat',
      'range A12:C27 values',
      'range A28:C39 numberFormat',
      'range A28:C39 values',
      'range A40:C40 numberFormat',
      'range A40:C40 values',
    ]);
    expect(mock.valuesOf('JAC Summary')).toEqual(layoutValues(BIG));
  });

  it('writes the same values, formats and styles as the one-batch write', async () => {
    const big = await readThenWriteBig();
    await big.written;
    const one = await readThenWrite(seedWithSummary(), BIG_PLAN);
    await one.written;
    expect(one.mock.syncCount).toBe(3);
    const joined = (records: Recorded[], name: string) =>
      gridWrites(records)
        .filter((r) => r.name === name)
        .flatMap((r) => r.value as unknown[][]);
    expect(joined(big.writes(), 'values')).toEqual(joined(one.writes(), 'values'));
    expect(joined(big.writes(), 'numberFormat')).toEqual(joined(one.writes(), 'numberFormat'));
    const styles = (records: Recorded[]) =>
      records
        .filter((r) => r.target.includes('format'))
        .map((r) => `${r.sheet} ${r.target} ${r.name} ${JSON.stringify(r.value)}`)
        .sort();
    expect(styles(big.writes())).toEqual(styles(one.writes()));
  });

  it('touches the summary sheet only in the last sync', async () => {
    const { mock, written } = await readThenWriteBig();
    await written;
    const lastSync = mock.recordsAtSync[mock.recordsAtSync.length - 2];
    expect(mock.records.slice(0, lastSync).filter((r) => r.sheet === 'JAC Summary')).toEqual([]);
    expect(mock.records.slice(lastSync).filter((r) => r.sheet === 'JAC Summary').length).toBeGreaterThan(0);
  });

  it.each([1, 2, 3, 4])('keeps the old summary when chunk %i fails partway', async (chunk) => {
    let seen = 0;
    const { mock, written } = await readThenWriteBig({
      failOn: {
        match: (write) => write.addinSheet && write.name === 'values' && ++seen === chunk,
        error: officeError('GeneralException', 'An internal error has occurred.'),
      },
    });
    await expect(written).rejects.toMatchObject({ code: 'GeneralException' });
    expect(mock.syncCount).toBe(2 + chunk);
    expect(mock.valuesOf('JAC Summary')).toEqual([['Old']]);
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'JAC Summary', 'Audit Actions', 'JAC Summary (new b1)']);
  });

  it('falls back to chunks when Excel refuses the one batch as too large, halving any chunk it still refuses', async () => {
    const { mock, written } = await readThenWriteBig({ requestByteLimit: 2000 }, 4_000_000);
    const outcome = await written;
    // The one batch refused, a look at the sheets, chunks of half the estimate and less, the last sync.
    expect(mock.syncCount).toBeGreaterThan(2 + 1 + 1 + 1);
    expect(mock.valuesOf('JAC Summary')).toEqual(layoutValues(BIG));
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'JAC Summary', 'Audit Actions', 'JAC Data']);
    expect(readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as string[][])).toEqual(outcome.record);
  });
});
