/**
 * The fidelity corpus (test/fixtures/fidelity, see its README): workbooks written by LibreOffice, openpyxl and
 * Excel. For each, the copy the command line or the preview writes opens (in the file shell and in ExcelJS),
 * every original part is there, every part the add-in does not own is byte for byte the same, and the summary is
 * the one the same data gives in the bundled sample.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { main } from '../cli/main';
import { analyseWorkbook } from '../core/analyseWorkbook';
import { layoutSummary } from '../core/layoutSummary';
import { resolveSettings } from '../core/resolveSettings';
import { FileHost } from './FileHost';
import { WorkbookFile } from './ooxml/WorkbookFile';
import { fakeIo, SAMPLE } from '@test/cli/fakeIo';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { changedParts, excelJsRead, packageProblems, partsOf, WORKBOOK_LISTS } from '@test/file/packageParts';
import { ROOT } from '@test/paths';

const CORPUS = path.resolve(ROOT, 'test/fixtures/fidelity');
const DATES = ['--as-of', '2024-09-30', '--since', '2024-07-24'];
/** The two sheets of a tracker get the add-in's conditional formats and validation; everything else must not change. */
const TRACKER_SHEETS = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'];

async function bytesOf(name: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(path.join(CORPUS, name)));
}

/** jac-summary --json --out on a file: its exit code, report and copy. */
async function summarise(name: string, input: Uint8Array): Promise<{ code: number; report: unknown; copy: Uint8Array; stderr: string }> {
  const run = fakeIo({ [name]: input });
  const code = await main([name, '--json', ...DATES, '--out', `copy-${name}`], run.io);
  return { code, report: code === 0 ? JSON.parse(run.stdout()) : null, copy: run.written.get(`copy-${name}`)!, stderr: run.stderr() };
}

let sampleReport: unknown;
let sampleSummary: unknown;

beforeAll(async () => {
  const sample = await summarise('sample.xlsx', new Uint8Array(await fs.readFile(SAMPLE)));
  sampleReport = sample.report;
  sampleSummary = WorkbookFile.open(sample.copy)
    .cells({ includeOwnSheets: true })
    .sheets.find((s) => s.name === 'JAC Summary')!.values;
});

/** The parts a refresh adds: the summary and data sheets, and the summary's drawing with its chart (the plan by stage). */
const ADDED = (drawing: number) => [
  `xl/charts/chart${drawing}.xml`,
  `xl/drawings/_rels/drawing${drawing}.xml.rels`,
  `xl/drawings/drawing${drawing}.xml`,
  'xl/worksheets/_rels/sheet3.xml.rels',
  'xl/worksheets/sheet3.xml',
  'xl/worksheets/sheet4.xml',
];

describe.each([
  // LibreOffice's own chart is chart1 in drawing1, so the summary's take the next free names.
  ['libreoffice-chart-comment.xlsx', 'LibreOffice: a chart and a comment on the actions sheet, a table without style info', ADDED(2)],
  ['openpyxl-table.xlsx', 'openpyxl: an Excel table with absolute part names', ADDED(1)],
  ['openpyxl-1904-uncalculated.xlsx', 'openpyxl: the 1904 date system and formulas with no cached result', ADDED(1)],
])('%s (%s)', (name, _description, added) => {
  let original: Uint8Array;
  let result: Awaited<ReturnType<typeof summarise>>;

  beforeAll(async () => {
    original = await bytesOf(name);
    result = await summarise(name, original);
  });

  it('gives the same report and summary as the same data in the bundled sample', () => {
    expect(result.code).toBe(0);
    expect(result.report).toEqual(sampleReport);
    const summary = WorkbookFile.open(result.copy)
      .cells({ includeOwnSheets: true })
      .sheets.find((s) => s.name === 'JAC Summary')!;
    expect(summary.values).toEqual(sampleSummary);
  });

  it('keeps every original part, and every part it does not own byte for byte', () => {
    expect(changedParts(original, result.copy, [...WORKBOOK_LISTS, ...TRACKER_SHEETS])).toEqual([]);
    expect([...partsOf(result.copy).keys()].filter((part) => !partsOf(original).has(part)).sort()).toEqual(added);
    expect(packageProblems(result.copy)).toEqual([]);
  });

  it("opens again in the file shell, with the user's cells as they were, and in ExcelJS", async () => {
    expect(WorkbookFile.open(result.copy).cells().sheets).toEqual(WorkbookFile.open(original).cells().sheets);
    // ExcelJS cannot open openpyxl's absolute part names at all (the second bug); where it opens the
    // original, it opens the copy.
    if (!(await opensInExcelJs(original))) return;
    const excel = await excelJsRead(result.copy);
    expect(excel.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Audit Plan', 'visible'],
      ['Audit Actions', 'visible'],
      ['JAC Summary', 'visible'],
      ['JAC Data', 'veryHidden'],
    ]);
  });
});

describe('the corpus files themselves', () => {
  it("LibreOffice's chart, its drawing and the comment come through unchanged (the bug that lost them)", async () => {
    const original = partsOf(await bytesOf('libreoffice-chart-comment.xlsx'));
    const copy = partsOf((await summarise('lo.xlsx', await bytesOf('libreoffice-chart-comment.xlsx'))).copy);
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/comments2.xml', 'xl/drawings/vmlDrawing1.vml', '_rels/.rels']) {
      expect([part, Buffer.from(copy.get(part)!).equals(Buffer.from(original.get(part)!))]).toEqual([part, true]);
    }
  });

  it('reads the 1904-system dates as 1900-system serials and lists the formulas that were never calculated', async () => {
    const file = WorkbookFile.open(await bytesOf('openpyxl-1904-uncalculated.xlsx'));
    expect(file.workbook.date1904).toBe(true);
    const actions = file.cells().sheets[1];
    expect(actions.values[1]).toEqual(['Firearms and Tasers', 1, 'Medium', 45595, 45518, '', '']);
    expect(actions.uncalculated?.slice(0, 2)).toEqual([
      [1, 6],
      [2, 6],
    ]);
  });

  it('stores a date typed into a 1904-system workbook in that system, so it reads back as the day typed', async () => {
    const host = await FileHost.open(await bytesOf('openpyxl-1904-uncalculated.xlsx'));
    host.editCell("'Audit Actions'!D2", '28/02/2024');
    expect(WorkbookFile.open(await host.save()).cells().sheets[1].values[1][3]).toBe(45350);
  });
});

describe.each([
  ['excel-chart.xlsx', 'Excel (Windows): a bar chart'],
  ['excel-mac-chart.xlsx', 'Excel for Mac: a chart with its style and colour parts, a thumbnail'],
  ['excel-chart-styles.xlsx', 'Excel: a chart, printer settings and a calculation chain'],
  ['excel-mac-two-sheets.xlsx', 'Excel for Mac: two sheets'],
  ['excel-web-extension.xlsx', "Excel: an add-in's web-extension task pane settings"],
  ['excel-mac-pivot-tables.xlsx', 'Excel for Mac: five pivot tables, their caches and records, a data connection, custom XML'],
  ['excel-macros.xlsm', 'Excel: a macro-enabled workbook with its VBA project'],
  ['excel-mac-pictures-in-cells.xlsx', 'Excel for Mac: pictures in cells (rich values) and over cells'],
])('%s (%s), written by the preview', (name) => {
  it('keeps every part it does not own byte for byte, and the copy opens with the summary', async () => {
    const original = await bytesOf(name);
    const sample = WorkbookFile.open(new Uint8Array(await fs.readFile(SAMPLE))).cells();
    const analysis = analyseWorkbook(sample, { settings: resolveSettings({ asOf: '2024-09-30', since: '2024-07-24' }), today: '2024-09-30' });
    const layout = layoutSummary(analysis.summary);
    const host = await FileHost.open(original);
    await host.writeResults({
      layout,
      tables: { plan: null, actions: null },
      inCellValidation: true,
      lastRefresh: { asOf: '2024-09-30', tablesFound: { plan: true, actions: true } },
    });
    const copy = await host.save();

    expect(changedParts(original, copy, WORKBOOK_LISTS)).toEqual([]);
    const reread = WorkbookFile.open(copy);
    expect(reread.cells().sheets).toEqual(WorkbookFile.open(original).cells().sheets);
    expect(reread.cells({ includeOwnSheets: true }).sheets.find((s) => s.name === 'JAC Summary')!.values).toEqual(sampleSummaryOf(layout.values));
    if (await opensInExcelJs(original)) {
      const excel = await excelJsRead(copy);
      expect(excel.getWorksheet('JAC Summary')!.getCell('A1').value).toBe('Joint Audit Committee: internal audit summary');
    }
  });

  it('replaces its own drawing and chart parts on a second refresh, never adding to them, and still keeps every other part', async () => {
    const original = await bytesOf(name);
    const host = await FileHost.open(original);
    const results = {
      tables: { plan: null, actions: null },
      inCellValidation: true,
      lastRefresh: { asOf: '2024-08-15', tablesFound: { plan: true, actions: true } },
    };
    const layout = layoutSummary(seedSummaryWithOverdue());
    await host.writeResults({ layout, ...results });
    const once = await host.save();
    await host.writeResults({ layout, ...results });
    const twice = await host.save();

    const added = (copy: Uint8Array) => [...partsOf(copy).keys()].filter((part) => !partsOf(original).has(part)).sort();
    // A corpus file's own chart (if any) is chart1, and its drawing (a chart's or a picture's) drawing1, so the
    // summary's two charts and its drawing take the next free names.
    const chart = partsOf(original).has('xl/charts/chart1.xml') ? 2 : 1;
    const drawing = partsOf(original).has('xl/drawings/drawing1.xml') ? 2 : 1;
    expect(added(once).filter((part) => /charts|drawings/.test(part))).toEqual([
      `xl/charts/chart${chart}.xml`,
      `xl/charts/chart${chart + 1}.xml`,
      `xl/drawings/_rels/drawing${drawing}.xml.rels`,
      `xl/drawings/drawing${drawing}.xml`,
    ]);
    expect(added(twice)).toEqual(added(once));
    expect(changedParts(original, twice, WORKBOOK_LISTS)).toEqual([]);
    expect(packageProblems(twice)).toEqual([]);
    expect(WorkbookFile.open(twice).cells().sheets).toEqual(WorkbookFile.open(original).cells().sheets);
  });

  it('is read, not refused: a workbook without the tables is blocked with what was looked for', async () => {
    const run = fakeIo({ [name]: await bytesOf(name) });
    expect(await main([name], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/^jac-summary: .*: No actions table found/);
  });
});

describe('bad files', () => {
  it('a password-protected workbook gets the one-line error and exit code 2', async () => {
    const run = fakeIo({ 'locked.xlsx': await bytesOf('error.password-protected.xlsx') });
    expect(await main(['locked.xlsx'], run.io)).toBe(2);
    expect(run.stderr()).toBe(
      'jac-summary: locked.xlsx: This file is not an Excel workbook (.xlsx): it is an older .xls file or is protected with a password. Open it in Excel, remove any password and save it as "Excel Workbook (*.xlsx)", then try again.\n',
    );
  });
});

async function opensInExcelJs(bytes: Uint8Array): Promise<boolean> {
  return excelJsRead(bytes).then(
    () => true,
    () => false,
  );
}

/** The layout's values as the file shell reads them back: the used range, blanks as "". */
function sampleSummaryOf(values: (string | number | null)[][]): (string | number)[][] {
  const width = Math.max(...values.map((row) => row.length));
  return values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}
