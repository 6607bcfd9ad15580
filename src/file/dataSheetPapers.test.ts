/**
 * Recorded papers on the file shell's data sheet: kept in columns D:E apart from the record's small entries in A:B
 * (core's dataSheet.ts), and read from a workbook that still keeps them among the entries, as the first layout did.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DATA_SHEET_NOTE, PAPERS_HEADING } from '../core/dataSheet';
import { DATA_SHEET_NAME } from '../core/footprint';
import type { SummaryLayout } from '../core/types';
import { FileHost } from './FileHost';
import { WorkbookFile } from './ooxml/WorkbookFile';
import { ROOT } from '@test/paths';

const SAMPLE = path.resolve(ROOT, 'assets/sample/jac-tracker-sample.xlsx');
const LAST_REFRESH = { asOf: '2024-10-31', tablesFound: { plan: true, actions: true } };
const LAYOUT: SummaryLayout = {
  sheetName: 'JAC Summary',
  values: [['Joint Audit Committee summary']],
  numberFormats: [['@']],
  columnWidths: [40],
  regions: [],
  blocks: [],
};
const RESULTS = { layout: LAYOUT, tables: { plan: null, actions: null }, inCellValidation: false, lastRefresh: LAST_REFRESH };
const JULY = { date: '2024-07-31', actions: [[0, '1', 0, 45565]] };
const OCTOBER = { date: '2024-10-31', actions: [[0, '1', 1, 45565, 0, 45580]] };

/** The data sheet's cells, columns A to E, as written. */
function dataSheetCells(bytes: Uint8Array): unknown[][] {
  const file = WorkbookFile.open(bytes);
  return file.sheetCells(file.sheet(DATA_SHEET_NAME)!).values.map((row) => Array.from({ length: 5 }, (_, c) => row[c] ?? ''));
}

/** The sample saved by ExcelJS with a data sheet of these rows, opened in the file shell. */
async function sampleWithDataSheet(rows: string[][]): Promise<FileHost> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  workbook.addWorksheet(DATA_SHEET_NAME, { state: 'veryHidden' }).addRows(rows);
  return FileHost.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('recorded papers on the data sheet of a file', () => {
  it('writes the papers in D:E and the entries in A:B, with the entry that says where the papers are', async () => {
    const host = await FileHost.open(new Uint8Array(await fs.readFile(SAMPLE)));
    await host.writeResults({ ...RESULTS, papers: [JULY, OCTOBER] });
    const cells = dataSheetCells(await host.save());
    expect(cells.map((row) => [row[0], row[3], row[4]])).toEqual([
      [DATA_SHEET_NOTE, PAPERS_HEADING, ''],
      ['owned', 'paper', JSON.stringify(JULY)],
      ['last refresh', 'paper', JSON.stringify(OCTOBER)],
      ['papers', '', ''],
    ]);
    expect(cells[3][1]).toBe('{"columns":"D:E"}');
    expect((await host.readWorkbook()).stored?.papers).toEqual([JULY, OCTOBER]);
  });

  it('reads the papers from G:H when the record points there, as Excel leaves them after recording again', async () => {
    const host = await sampleWithDataSheet([
      [DATA_SHEET_NOTE, '2', '', '', '', '', PAPERS_HEADING],
      ['owned', '{"highlights":[],"validation":[]}', '', '', '', '', 'paper', JSON.stringify(JULY)],
      ['papers', '{"columns":"G:H"}', '', '', '', '', 'paper', JSON.stringify(OCTOBER)],
    ]);
    expect((await host.readWorkbook()).stored?.papers).toEqual([JULY, OCTOBER]);
  });

  it('reads the papers a workbook keeps among the entries (the first layout) and moves them to D:E at the next write', async () => {
    const host = await sampleWithDataSheet([
      [DATA_SHEET_NOTE, '1'],
      ['owned', '{"highlights":[],"validation":[]}'],
      ['paper', JSON.stringify(JULY)],
    ]);
    expect((await host.readWorkbook()).stored?.papers).toEqual([JULY]);

    // A refresh that records nothing keeps the paper, now in its own columns.
    await host.writeResults(RESULTS);
    const saved = await host.save();
    expect(dataSheetCells(saved).map((row) => [row[0], row[3]])).toEqual([
      [DATA_SHEET_NOTE, PAPERS_HEADING],
      ['owned', 'paper'],
      ['last refresh', ''],
      ['papers', ''],
    ]);
    expect((await FileHost.open(saved).then((again) => again.readWorkbook())).stored?.papers).toEqual([JULY]);
  });
});
