import { layoutSummary } from '../core/layoutSummary';
import { readWorkbookCells } from './readWorkbookCells';
import { writeResults, type WritePlan } from './writeResults';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { seedWithSummary } from '@test/excel/excelFixtures';
import { EVERYTHING, PLAN, readThenWrite, summarise } from '@test/excel/writeHarness';
import { officeError, type MockOptions, type Recorded, type WorkbookMock } from '@test/excel/workbookMock';

/** The seed paper's summary in mid-year, with three actions left open: the plan chart and the open actions chart. */
const CHARTED: WritePlan = { ...PLAN, layout: layoutSummary(seedSummaryWithOverdue()) };

const chartsOn = (mock: WorkbookMock, sheet = 'JAC Summary') => mock.find(sheet)?.charts ?? [];
const chartNames = (mock: WorkbookMock, sheet = 'JAC Summary') => chartsOn(mock, sheet).map((chart) => chart.name);

async function refresh(options: MockOptions = {}, plan: WritePlan = CHARTED, write = EVERYTHING) {
  const run = await readThenWrite(seedWithSummary(), plan, options, write);
  return { ...run, outcome: await run.written };
}

describe('the summary’s charts through Office.js', () => {
  it('draws the plan by stage as clustered columns reading the summary’s own cells, named, titled and placed as the layout says', async () => {
    const { mock } = await refresh();
    const plan = chartsOn(mock).find((chart) => chart.name === 'JAC chart: The plan by stage');
    expect(plan).toEqual({
      name: 'JAC chart: The plan by stage',
      type: 'ColumnClustered',
      source: "'JAC Summary'!$B$25:$B$27",
      seriesBy: 'Columns',
      title: 'The plan by stage',
      titleFont: { size: 12, bold: true },
      legend: { visible: true, position: 'Bottom' },
      series: [{ name: 'Audits', values: "'JAC Summary'!$B$25:$B$27", categories: "'JAC Summary'!$A$25:$A$27", fill: '#1F4E79' }],
      gapWidth: 67,
      // 11 audits at the tallest column: steps of 5, whole numbers from zero.
      valueAxis: { minimum: 0, majorUnit: 5, numberFormat: '0' },
      position: { from: 'A53', to: 'E66' },
    });
  });

  it('draws open actions by risk as stacked columns, one series per due state in the footprint’s colours, below the plan chart', async () => {
    const { mock } = await refresh();
    const open = chartsOn(mock).find((chart) => chart.name === 'JAC chart: Open actions by risk and due date');
    expect([open?.type, open?.position, open?.valueAxis]).toEqual([
      'ColumnStacked',
      { from: 'A68', to: 'E81' },
      { minimum: 0, majorUnit: 1, numberFormat: '0' },
    ]);
    expect(open?.series).toEqual([
      { name: 'Overdue', values: "'JAC Summary'!$B$45:$B$47", categories: "'JAC Summary'!$A$45:$A$47", fill: '#C00000' },
      { name: 'Due within 30 days', values: "'JAC Summary'!$C$45:$C$47", categories: "'JAC Summary'!$A$45:$A$47", fill: '#FFC000' },
      { name: 'Not yet due', values: "'JAC Summary'!$D$45:$D$47", categories: "'JAC Summary'!$A$45:$A$47", fill: '#5B9BD5' },
    ]);
  });

  it('draws on the kept summary sheet, never on the sheet built aside, whose drawings copyFrom would not carry', async () => {
    const { writes } = await refresh();
    const chartWrites = writes().filter((r) => r.target === 'charts' || r.target.startsWith('chart '));
    expect(chartWrites.length).toBeGreaterThan(0);
    expect([...new Set(chartWrites.map((r) => r.sheet))]).toEqual(['JAC Summary']);
  });

  it('replaces its charts on a second refresh rather than adding more', async () => {
    const { mock } = await refresh();
    const { state } = await readWorkbookCells(mock.context, { workbookProtection: true });
    const before = mock.records.length;
    await writeResults(mock.context, { ...CHARTED, buildId: 'b2' }, state, EVERYTHING);
    expect(chartNames(mock)).toEqual(['JAC chart: The plan by stage', 'JAC chart: Open actions by risk and due date']);
    expect(summarise(mock.records.slice(before).filter((r) => r.name === 'delete' && r.target.startsWith('chart ')))).toEqual([
      'JAC Summary | chart JAC chart: The plan by stage | call delete []',
      'JAC Summary | chart JAC chart: Open actions by risk and due date | call delete []',
    ]);
  });

  it('keeps a chart the user put on the summary sheet, and the add-in’s name on another sheet, deleting only its own old charts there', async () => {
    const { mock, outcome } = await refresh({
      charts: [
        { sheet: 'JAC Summary', name: 'Chart 1' },
        { sheet: 'JAC Summary', name: 'JAC chart: Open actions by priority' },
        { sheet: 'Audit Actions', name: 'JAC chart: pasted here by the user' },
      ],
    });
    expect(chartNames(mock)).toEqual(['Chart 1', 'JAC chart: The plan by stage', 'JAC chart: Open actions by risk and due date']);
    expect(chartNames(mock, 'Audit Actions')).toEqual(['JAC chart: pasted here by the user']);
    expect(outcome.notes).toEqual([]);
  });

  it('reads the charts’ names in the commit and draws in the finishing sync: 2 syncs for the write, as before', async () => {
    const { mock } = await refresh();
    expect(mock.syncCount).toBe(2 + 2);
    const commit = mock.recordsAtSync[2];
    expect(mock.records.slice(0, commit).filter((r) => r.target === 'charts' || r.target.startsWith('chart '))).toEqual([]);
  });

  it('draws them in a sync of their own when there are no rules to replace, and in the last sync of a summary written in chunks', async () => {
    const noRules = await refresh({}, { ...CHARTED, conditionalFormats: null, inCellValidation: null });
    expect([noRules.mock.syncCount, chartNames(noRules.mock)]).toEqual([
      2 + 2,
      ['JAC chart: The plan by stage', 'JAC chart: Open actions by risk and due date'],
    ]);
    const chunked = await refresh({}, CHARTED, { ...EVERYTHING, budgetBytes: 1500 });
    expect(chunked.mock.syncCount).toBeGreaterThan(2 + 2);
    expect(chartNames(chunked.mock)).toEqual(['JAC chart: The plan by stage', 'JAC chart: Open actions by risk and due date']);
    expect(chunked.mock.find('JAC Summary')?.print.breaks).toEqual([32, 52]);
  });

  it('draws no chart for a layout without any, and deletes its old ones', async () => {
    const { mock } = await refresh({ charts: [{ sheet: 'JAC Summary', name: 'JAC chart: The plan by stage' }] }, PLAN);
    expect(chartNames(mock)).toEqual([]);
  });
});

describe('the summary’s charts where Excel lacks the API (never failing the refresh)', () => {
  const without = (api: string, features: Partial<typeof EVERYTHING.features>) =>
    refresh({ excelApi: api }, CHARTED, { features: { ...EVERYTHING.features, ...features } });

  it('draws no chart and leaves the add-in’s old ones before ExcelApi 1.7 (no series.add, setValues or setXAxisValues)', async () => {
    const { mock, outcome } = await refresh(
      { excelApi: '1.6', charts: [{ sheet: 'JAC Summary', name: 'JAC chart: The plan by stage' }] },
      { ...CHARTED, inCellValidation: null },
      { features: { copyFrom: false, standardHeight: false, rangeAreas: false, charts: false, chartAxisFormat: false, printSetup: false } },
    );
    expect(chartNames(mock)).toEqual(['JAC chart: The plan by stage']);
    expect(mock.find('JAC Summary')?.print).toEqual({ settings: {}, printArea: null, titleRows: null, breaks: [] });
    expect(outcome.notes).toEqual([]);
  });

  it('draws the charts without the axis’s number format at ExcelApi 1.7, and with no page setup before 1.9', async () => {
    const { mock, outcome } = await without('1.7', { chartAxisFormat: false, printSetup: false, copyFrom: false, rangeAreas: false });
    expect(chartsOn(mock).map((chart) => chart.valueAxis)).toEqual([
      { minimum: 0, majorUnit: 5 },
      { minimum: 0, majorUnit: 1 },
    ]);
    expect(mock.find('JAC Summary')?.print.settings).toEqual({});
    expect(outcome.notes).toEqual([]);
  });

  it('shows the mock refusing an API of a newer set, as Excel does, so the tests above prove the add-in called none', async () => {
    const { outcome } = await without('1.7', { chartAxisFormat: true, printSetup: false, copyFrom: false, rangeAreas: false });
    expect(outcome.notes).toEqual([
      'The summary’s charts and print setup could not be refreshed (ApiNotFound: The API you are trying to use could not be found. It may be available in a newer version of Excel.); the summary’s tables are up to date. Refresh again to try once more.',
    ]);
  });
});

describe('a chart Excel refuses', () => {
  const refused = (errorLocation?: string) =>
    refresh({
      failOn: {
        match: (write) => write.name === 'setPosition',
        error: officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', errorLocation),
      },
    });

  it('becomes a note when Office places the failure at a chart: the summary, its rules and the record stand', async () => {
    const { mock, outcome } = await refused('Chart.setPosition');
    expect(outcome.notes).toEqual([
      'The summary’s charts and print setup could not be refreshed (InvalidArgument: The argument is invalid or missing or has an incorrect format.); the summary’s tables are up to date. Refresh again to try once more.',
    ]);
    expect(outcome.record.owned.highlights).toEqual([{ sheet: 'Audit Actions', range: 'A2:E8' }]);
    expect(mock.valuesOf('JAC Summary')[0][0]).toBe('Joint Audit Committee: internal audit summary');
  });

  it('becomes a note in the sync of their own too, when there are no rules', async () => {
    const { outcome } = await refresh(
      {
        failOn: {
          match: (write) => write.name === 'setPosition',
          error: officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', 'Chart.setPosition'),
        },
      },
      { ...CHARTED, conditionalFormats: null, inCellValidation: null },
    );
    expect(outcome.notes).toEqual([
      'The summary’s charts and print setup could not be refreshed (InvalidArgument: The argument is invalid or missing or has an incorrect format.); the summary’s tables are up to date. Refresh again to try once more.',
    ]);
  });

  it('is taken for the rules’ when Office says nothing of where, and leaves the record as the commit wrote it', async () => {
    const { outcome } = await refused();
    expect(outcome.notes).toEqual([
      'The overdue highlighting and in-cell checks could not be refreshed (InvalidArgument: The argument is invalid or missing or has an incorrect format.); the summary is up to date. Refresh again to try once more.',
    ]);
    expect(outcome.record.owned).toEqual({ highlights: [], validation: [] });
  });
});

describe('the summary’s print setup through Office.js', () => {
  it('sets A4 in the layout’s orientation, Excel’s Normal margins in points, one page wide by any number tall, the print area and the title rows', async () => {
    const { mock } = await refresh();
    expect(mock.find('JAC Summary')?.print).toEqual({
      settings: {
        paperSize: 'A4',
        orientation: 'Landscape',
        topMargin: 54,
        bottomMargin: 54,
        leftMargin: 50.4,
        rightMargin: 50.4,
        headerMargin: 21.6,
        footerMargin: 21.6,
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      },
      // Every block and both charts, which end on row 81.
      printArea: 'A1:E81',
      titleRows: '$1:$2',
      // Above the actions' tables and above the charts, as the layout breaks its pages.
      breaks: [32, 52],
    });
  });

  it('removes the old manual breaks on the summary before adding the layout’s, and leaves other sheets’ breaks alone', async () => {
    const { mock, writes } = await refresh({
      pageBreaks: [
        { sheet: 'JAC Summary', rows: [10, 40] },
        { sheet: 'Audit Actions', rows: [5] },
      ],
    });
    expect(mock.find('JAC Summary')?.print.breaks).toEqual([32, 52]);
    expect(mock.find('Audit Actions')?.print.breaks).toEqual([5]);
    expect(summarise(writes().filter((r) => r.target === 'horizontalPageBreaks'))).toEqual([
      'JAC Summary | horizontalPageBreaks | call removePageBreaks []',
      'JAC Summary | horizontalPageBreaks | call add ["A33"]',
      'JAC Summary | horizontalPageBreaks | call add ["A53"]',
    ]);
  });

  it('draws the charts and sets up the page last in the finishing sync, after the rules and the record', async () => {
    const { mock } = await refresh();
    const step = (r: Recorded) =>
      r.target === 'pageLayout' || r.target === 'horizontalPageBreaks'
        ? 'page'
        : r.target === 'charts' || r.target.startsWith('chart ')
          ? 'charts'
          : r.target.includes('onditionalFormat') || r.target.includes('dataValidation')
            ? 'rules'
            : r.sheet === 'JAC Data'
              ? 'record'
              : null;
    const steps = mock.records
      .slice(mock.recordsAtSync[2])
      .map(step)
      .filter((name, at, all) => name !== null && name !== all[at - 1]);
    expect(steps).toEqual(['rules', 'record', 'charts', 'page']);
  });
});
