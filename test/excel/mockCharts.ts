/**
 * The workbook mock's charts (Worksheet.charts), kept as Excel keeps them where the add-in relies on it:
 *   - `charts.add(type, range, seriesBy)` makes a chart named "Chart n" with one series per column of the range
 *     (seriesBy "Columns"), named "Series1"..., categories 1, 2, 3... until set;
 *   - every range a chart reads is held as an absolute reference on its own sheet (`'JAC Summary'!$B$25:$B$27`),
 *     as Excel's SERIES formula holds it: a chart pointed at the sheet built aside would show that sheet's name;
 *   - the collection's items are the charts as they were when loaded, and deleting one deletes that chart;
 *   - `Range.copyFrom` and `Range.clear` leave charts alone (they are not cells);
 *   - series.add, setValues, setXAxisValues and gapWidth are ExcelApi 1.7 and the axis's numberFormat 1.8: on an
 *     older Excel (MockOptions.excelApi) the call fails the batch with ApiNotFound, where Office says it did.
 * Every change goes through the mock's record, so protection, failOn and a failed batch apply to charts too.
 */
import { rangeReference } from '../../src/core/rangeReference';
import type { RangeRect } from '../../src/excel/rangeAddress';
import { horizontalPageBreaksOf, pageLayoutOf } from './mockPageLayout';
import { gate, type MockOptions, type SheetState } from './mockTypes';
import type { WorkbookMock } from './workbookMock';

export interface MockSeries {
  name: string;
  /** Absolute references, or null where Excel has none (categories never set). */
  values: string | null;
  categories: string | null;
  /** setSolidColor's colour, "#RRGGBB". */
  fill: string | null;
}

export interface MockChart {
  name: string;
  type: string;
  /** The cells it was added from and how they were split, as given to charts.add. */
  source: string;
  seriesBy: string;
  title: string | null;
  titleFont: Record<string, unknown>;
  legend: Record<string, unknown>;
  series: MockSeries[];
  gapWidth: number | null;
  valueAxis: Record<string, unknown>;
  /** setPosition's cells: the chart covers `from` (its top-left) to `to` (its bottom-right). */
  position: { from: string; to: string | null } | null;
}

/** Charts given to the mock before the test starts (MockOptions.charts), as the user or an earlier refresh left them. */
export function givenCharts(options: MockOptions, sheet: string): MockChart[] {
  return (options.charts ?? [])
    .filter((chart) => chart.sheet === sheet)
    .map((chart) => ({ ...newChart('ColumnClustered', `'${sheet}'!$A$1:$A$3`, 'Columns'), name: chart.name }));
}

function newChart(type: string, source: string, seriesBy: string): MockChart {
  return { name: '', type, source, seriesBy, title: null, titleFont: {}, legend: {}, series: [], gapWidth: null, valueAxis: {}, position: null };
}

/** A worksheet proxy of the mock with its `charts`, `pageLayout` and `horizontalPageBreaks`. */
export function withChartsAndPrint(mock: WorkbookMock, sheet: Excel.Worksheet, state: SheetState): Excel.Worksheet {
  Object.defineProperty(sheet, 'charts', { get: () => chartCollection(mock, state) });
  Object.defineProperty(sheet, 'pageLayout', { get: () => pageLayoutOf(mock, state) });
  Object.defineProperty(sheet, 'horizontalPageBreaks', { get: () => horizontalPageBreaksOf(mock, state) });
  return sheet;
}

/** `sheet.charts` for a sheet of the mock. */
export function chartCollection(mock: WorkbookMock, state: SheetState): Excel.ChartCollection {
  const where = () => ({ sheet: state, target: 'charts' });
  return mock.collection(() => state.charts.map((chart) => chartProxy(mock, state, chart)), {
    add: (type: string, source: Excel.Range, seriesBy = 'Auto') => {
      const place = placeOf(source);
      const reference = rangeReference(place.state.name, place.rect);
      if (!mock.record(where(), 'call', 'add', [type, reference, seriesBy])) return mock.missing();
      const chart = newChart(type, reference, seriesBy);
      chart.name = `Chart ${nextChartNumber(mock)}`;
      for (let column = place.rect.left; column <= place.rect.right; column++) {
        const values = rangeReference(place.state.name, { ...place.rect, left: column, right: column });
        chart.series.push({ name: `Series${chart.series.length + 1}`, values, categories: null, fill: null });
      }
      state.charts.push(chart);
      return chartProxy(mock, state, chart);
    },
  }) as Excel.ChartCollection;
}

function chartProxy(mock: WorkbookMock, state: SheetState, chart: MockChart): Excel.Chart {
  const where = () => ({ sheet: state, target: `chart ${chart.name}` });
  const proxy = mock.tracked<Excel.Chart>(
    {
      name: chart.name,
      delete: () => {
        if (!mock.record(where(), 'call', 'delete', [])) return;
        state.charts.splice(state.charts.indexOf(chart), 1);
      },
      setPosition: (from: string, to?: string) => {
        if (mock.record(where(), 'call', 'setPosition', [from, to ?? null])) chart.position = { from, to: to ?? null };
      },
    },
    where,
    {
      onSet: (name, value) => {
        if (name === 'name') chart.name = String(value);
      },
    },
  );
  Object.defineProperty(proxy, 'title', {
    value: mock.recorder(where, ' title', (path, name, value) => {
      if (path === ' title' && name === 'text') chart.title = String(value);
      if (path === ' title.format.font') chart.titleFont[name] = value;
    }),
  });
  Object.defineProperty(proxy, 'legend', { value: mock.recorder(where, ' legend', (_path, name, value) => (chart.legend[name] = value)) });
  Object.defineProperty(proxy, 'axes', {
    value: mock.recorder(where, ' axes', (path, name, value) => {
      if (path !== ' axes.valueAxis') return;
      if (name === 'numberFormat' && !gate(mock, '1.8', 'ChartAxis.numberFormat')) return;
      chart.valueAxis[name] = value;
    }),
  });
  Object.defineProperty(proxy, 'series', { value: seriesCollection(mock, state, chart) });
  return proxy;
}

function seriesCollection(mock: WorkbookMock, state: SheetState, chart: MockChart): Excel.ChartSeriesCollection {
  const where = () => ({ sheet: state, target: `chart ${chart.name} series` });
  return {
    getItemAt: (index: number) => (chart.series[index] ? seriesProxy(mock, state, chart, chart.series[index]) : mock.missing()),
    add: (name: string) => {
      if (!gate(mock, '1.7', 'ChartSeriesCollection.add') || !mock.record(where(), 'call', 'add', [name])) return mock.missing();
      const series: MockSeries = { name, values: null, categories: null, fill: null };
      chart.series.push(series);
      return seriesProxy(mock, state, chart, series);
    },
  } as unknown as Excel.ChartSeriesCollection;
}

function seriesProxy(mock: WorkbookMock, state: SheetState, chart: MockChart, series: MockSeries): Excel.ChartSeries {
  const where = () => ({ sheet: state, target: `chart ${chart.name} series ${series.name}` });
  const point = (method: 'setValues' | 'setXAxisValues', range: Excel.Range) => {
    if (!gate(mock, '1.7', `ChartSeries.${method}`)) return;
    const place = placeOf(range);
    const reference = rangeReference(place.state.name, place.rect);
    if (!mock.record(where(), 'call', method, [reference])) return;
    if (method === 'setValues') series.values = reference;
    else series.categories = reference;
  };
  const methods = {
    setValues: (range: Excel.Range) => point('setValues', range),
    setXAxisValues: (range: Excel.Range) => point('setXAxisValues', range),
    format: {
      fill: {
        setSolidColor: (colour: string) => {
          if (mock.record({ sheet: state, target: `${where().target} format.fill` }, 'call', 'setSolidColor', [colour])) series.fill = colour;
        },
      },
    },
  };
  return new Proxy(methods, {
    set: (_target, property, value) => {
      const name = String(property);
      if (name === 'gapWidth' && !gate(mock, '1.7', 'ChartSeries.gapWidth')) return true;
      if (!mock.record(where(), 'set', name, value)) return true;
      if (name === 'name') series.name = String(value);
      if (name === 'gapWidth') chart.gapWidth = Number(value);
      return true;
    },
  }) as unknown as Excel.ChartSeries;
}

/** Excel numbers new charts on from the highest "Chart n" in the workbook. */
function nextChartNumber(mock: WorkbookMock): number {
  const numbers = mock.sheets.flatMap((sheet) => sheet.charts.map((chart) => Number(/^Chart (\d+)$/.exec(chart.name)?.[1] ?? 0)));
  return Math.max(0, ...numbers) + 1;
}

/** The sheet and cells of a range the mock gave out. */
function placeOf(range: Excel.Range): { state: SheetState; rect: RangeRect } {
  const place = (range as unknown as { _place?: { state: SheetState; rect: RangeRect } })._place;
  if (!place) throw new Error('The mock can only chart a range it gave out');
  return place;
}
