/**
 * The summary's native charts, drawn through Office.js on the kept summary sheet from the layout's description
 * (core's LayoutChart; the file shell writes the same charts as chart parts, the preview as SVG). Each series reads
 * the summary's own cells, so the chart stays live and agrees with the table it is drawn from.
 *
 * Charts are drawn on the summary sheet itself, never on the sheet built aside: `Range.copyFrom` carries cells, not
 * the drawings over them. The add-in's charts are known by their names (footprint.ts `chartName`): the names are
 * read in the commit, after the summary is poured, and in the next sync the add-in's old charts are deleted through
 * the objects just read and the layout's charts added, so a chart the user put on the summary sheet stays, and a
 * second refresh replaces the charts rather than adding more.
 *
 * Office.js sets: `charts.add`, the title, legend, series name and fill, the axis's minimum and major unit and
 * `setPosition` are ExcelApi 1.1; a series pointed at its cells (`series.add`, `setValues`, `setXAxisValues`,
 * `gapWidth`) is 1.7, so without 1.7 no chart is drawn (requirements.ts says so in limitations()); the axis's number
 * format is 1.8 and is left out before it. No requirement set gives a chart alternative text (Excel.Chart has no
 * altText*, unlike Excel.Shape), so the chart's figures in words (core's describeChart) are only in the file
 * shell's drawing; in Excel the table the chart is drawn from holds the same figures.
 */
import { chartData, columnTotals, tickStep } from '../core/chartData';
import { chartName, isOwnChartName } from '../core/footprint';
import type { LayoutChart, LayoutRect, SummaryLayout } from '../core/types';
import { rangeA1 } from './rangeAddress';

/** What this Excel can do with charts (requirements.ts). */
export interface ChartFeatures {
  /** ExcelApi 1.7: draw the charts at all. */
  charts: boolean;
  /** ExcelApi 1.8: the value axis's number format. */
  chartAxisFormat: boolean;
}

/** Office.js chart types for the layout's. */
const CHART_TYPE: Record<LayoutChart['type'], 'ColumnStacked' | 'ColumnClustered'> = {
  'column-stacked': 'ColumnStacked',
  'column-clustered': 'ColumnClustered',
};
/** As the file shell's chart part: space between columns as a share of a column's width, and the title's size. */
const GAP_WIDTH = 67;
const TITLE_SIZE = 12;

/**
 * Queues a read of the names of the charts on the summary sheet as they stand after the pour: the commit's sync
 * answers it, and queueCharts deletes the add-in's through the objects it gives.
 */
export function queueChartNames(sheet: Excel.Worksheet): Excel.ChartCollection {
  const charts = sheet.charts;
  charts.load('items/name');
  return charts;
}

/**
 * Deletes the add-in's charts read by queueChartNames and draws the layout's, on `sheet` (the summary where it
 * stands). Returns whether anything was queued.
 */
export function queueCharts(
  sheet: Excel.Worksheet,
  layout: Pick<SummaryLayout, 'values' | 'charts'>,
  existing: Excel.ChartCollection,
  features: ChartFeatures,
): boolean {
  const old = existing.items.filter((chart) => isOwnChartName(chart.name));
  for (const chart of old) chart.delete();
  const charts = (layout.charts ?? []).filter((chart) => chart.series.length > 0);
  for (const chart of charts) drawChart(sheet, layout, chart, features);
  return old.length > 0 || charts.length > 0;
}

function drawChart(sheet: Excel.Worksheet, layout: Pick<SummaryLayout, 'values'>, chart: LayoutChart, features: ChartFeatures): void {
  const cells = (rect: LayoutRect) => sheet.getRange(rangeA1(rect.top, rect.left, rect.bottom, rect.right));
  // Added from its first series' cells, so Excel makes exactly one series, which is then named and pointed like
  // the rest: Excel's own guess at categories and names from a block of cells is not relied on.
  const drawn = sheet.charts.add(CHART_TYPE[chart.type], cells(chart.series[0].values), 'Columns');
  drawn.name = chartName(chart.title);
  drawn.title.text = chart.title;
  drawn.title.format.font.size = TITLE_SIZE;
  drawn.title.format.font.bold = true;
  drawn.legend.visible = true;
  drawn.legend.position = 'Bottom';
  chart.series.forEach((described, index) => {
    const series = index === 0 ? drawn.series.getItemAt(0) : drawn.series.add(described.name);
    if (index === 0) {
      series.name = described.name;
      // A property of the chart's group of columns, set through any of its series.
      series.gapWidth = GAP_WIDTH;
    }
    series.setValues(cells(described.values));
    series.setXAxisValues(cells(chart.categories));
    series.format.fill.setSolidColor(`#${described.colour}`);
  });
  // Whole counts from zero, in the same steps as the file shell's and the preview's drawings of this chart.
  const axis = drawn.axes.valueAxis;
  axis.minimum = 0;
  axis.majorUnit = tickStep(Math.max(1, ...columnTotals(chartData(layout, chart))));
  if (features.chartAxisFormat) axis.numberFormat = chart.valueFormat;
  const { top, left, bottom, right } = chart.anchor;
  // From the top-left corner of the anchor's first cell to the bottom-right corner of its last, as the layout's
  // anchor says; the chart then moves and sizes with those cells, Excel's default for a chart.
  drawn.setPosition(rangeA1(top, left, top, left), rangeA1(bottom, right, bottom, right));
}
