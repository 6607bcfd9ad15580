/**
 * What a summary chart shows, read from the layout's cells at the ranges its description names: the figures every
 * shell draws (the preview's SVG, the file shell's cached values, a chart's text equivalent), the tallest column
 * and the whole-number step of its value axis, so each drawing of the chart has the same scale.
 */
import type { LayoutChart, LayoutRect, SummaryLayout } from './types';

export interface ChartData {
  title: string;
  stacked: boolean;
  categories: string[];
  /** Colours as CSS and DrawingML take them from here: "#" and six hex digits. */
  series: { name: string; colour: string; values: number[] }[];
}

/** The chart's categories and series values, read from the layout's cells at the chart's ranges. */
export function chartData(layout: Pick<SummaryLayout, 'values'>, chart: LayoutChart): ChartData {
  const column = (rect: LayoutRect) => {
    const cells: (string | number | null)[] = [];
    for (let row = rect.top; row <= rect.bottom; row++) cells.push(layout.values[row]?.[rect.left] ?? null);
    return cells;
  };
  return {
    title: chart.title,
    stacked: chart.type === 'column-stacked',
    categories: column(chart.categories).map((value) => (value === null ? '' : String(value))),
    series: chart.series.map((series) => ({
      name: String(layout.values[series.nameCell.row]?.[series.nameCell.column] ?? series.name),
      colour: `#${series.colour}`,
      values: column(series.values).map((value) => (typeof value === 'number' ? value : 0)),
    })),
  };
}

/** Each category's column height: the series added up when stacked, the tallest bar when side by side. */
export function columnTotals(data: ChartData): number[] {
  return data.categories.map((_, index) =>
    data.stacked
      ? data.series.reduce((sum, series) => sum + series.values[index], 0)
      : Math.max(0, ...data.series.map((series) => series.values[index])),
  );
}

/**
 * The value axis's step: a whole number giving at most five intervals up to the tallest column (1, 2, 5, 10, 20,
 * 50...), so counts are never labelled 0.5.
 *
 * @example tickStep(3) === 1; tickStep(12) === 5; tickStep(240) === 50
 */
export function tickStep(largest: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (largest / (step * magnitude) <= 5) return step * magnitude;
  }
}

/** What the chart shows, in words: the text equivalent a screen reader reads instead of the picture. */
export function describeChart(data: ChartData): string {
  return data.categories
    .map((category, index) => `${category}: ${data.series.map((series) => `${series.values[index]} ${series.name.toLowerCase()}`).join(', ')}`)
    .join('. ')
    .concat('.');
}
