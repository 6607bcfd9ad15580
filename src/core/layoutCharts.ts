import { SERIES_COLOURS } from './footprint';
import { columnWidthPt, ROW_PT } from './sheetMetrics';
import type { LayoutChart, LayoutRect, SummaryTable } from './types';

/** Rows each chart covers: 14 rows of 15 pt make a chart 210 pt (7.4 cm) tall, so both fit one landscape page. */
export const CHART_ROWS = 14;

/** Where a table that asks for a chart landed on the sheet. */
export interface ChartSource {
  table: SummaryTable;
  /** The sheet row of the table's header (series names) and of its first body row, 0-based. */
  headerRow: number;
  firstRow: number;
}

/**
 * Describes the native chart of each charted table that has rows, reading the table's own cells, one below the
 * other from `top` with a blank row between, each as wide as the sheet's columns.
 *
 * @example placeCharts([{ table: openByRisk, headerRow: 40, firstRow: 41 }], [30, 16, 18, 12, 8], 52)[0].categories
 *   // { top: 41, left: 0, bottom: 43, right: 0 }: High, Medium and Low, without the Total row
 */
export function placeCharts(sources: readonly ChartSource[], columnWidths: readonly number[], top: number): LayoutChart[] {
  const charts: LayoutChart[] = [];
  const right = Math.max(0, columnWidths.length - 1);
  const widthPt = columnWidths.reduce((sum, width) => sum + columnWidthPt(width), 0);
  let next = top;
  for (const { table, headerRow, firstRow } of sources) {
    const chart = table.chart;
    if (!chart) continue;
    const first = Math.max(0, chart.rows[0]);
    const end = Math.min(table.rows.length, chart.rows[1]);
    if (end <= first) continue;
    const bodyColumn = (column: number): LayoutRect => ({ top: firstRow + first, left: column, bottom: firstRow + end - 1, right: column });
    charts.push({
      id: table.id,
      title: chart.title,
      type: chart.type,
      anchor: { top: next, left: 0, bottom: next + CHART_ROWS - 1, right },
      widthPt,
      heightPt: CHART_ROWS * ROW_PT,
      categories: bodyColumn(chart.categoryColumn),
      series: chart.series.map(({ column, tone }) => ({
        name: table.columns[column]?.header ?? '',
        nameCell: { row: headerRow, column },
        values: bodyColumn(column),
        colour: SERIES_COLOURS[tone],
      })),
      valueFormat: '0',
    });
    next += CHART_ROWS + 1;
  }
  return charts;
}
