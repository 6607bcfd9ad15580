/**
 * The summary's native charts drawn as the preview's SVG: the bars' rectangles from the figures core's chartData
 * reads from the sheet's cells (the same ranges Excel's chart reads). Pure, so the geometry is tested without a
 * browser.
 */
import { columnTotals, tickStep, type ChartData } from '../core/chartData';
import { wrapWords } from '../core/wrapWords';

export interface Segment {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  /** "Medium, Overdue: 1", for the segment's tooltip. */
  label: string;
}

export interface ColumnChartGeometry {
  segments: Segment[];
  /** Value axis ticks, whole numbers from 0. */
  ticks: { y: number; value: number }[];
  /** Each category's label (in lines that fit under its column), with the column's total above it. */
  columns: { x: number; label: string; lines: string[]; total: number; top: number }[];
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Columns, one per category (with one bar per series side by side when not stacked), scaled to the largest column
 * so the tallest fills the plot, over whole-number ticks.
 *
 * @example columnChart({ categories: ['High'], series: [{ values: [2] }, { values: [1] }], stacked: true, ... }, plot)
 */
export function columnChart(data: ChartData, plot: PlotArea): ColumnChartGeometry {
  const count = data.categories.length;
  const totals = columnTotals(data);
  const largest = Math.max(1, ...totals);
  const step = tickStep(largest);
  const top = Math.ceil(largest / step) * step;
  const scale = (value: number) => (value / top) * plot.height;
  const bottom = plot.top + plot.height;
  const slot = plot.width / Math.max(1, count);
  const barWidth = slot * 0.6;
  const segments: Segment[] = [];
  const columns: ColumnChartGeometry['columns'] = [];
  data.categories.forEach((category, index) => {
    const left = plot.left + index * slot + (slot - barWidth) / 2;
    let stackTop = bottom;
    data.series.forEach((series, s) => {
      const value = series.values[index];
      const height = scale(value);
      const width = data.stacked ? barWidth : barWidth / data.series.length;
      const x = data.stacked ? left : left + s * width;
      const y = data.stacked ? stackTop - height : bottom - height;
      if (data.stacked) stackTop = y;
      if (value > 0) segments.push({ x, y, width, height, colour: series.colour, label: `${category}, ${series.name}: ${value}` });
    });
    const lines = wrapLabel(category, Math.max(4, Math.floor(slot / CHARACTER_PX)));
    columns.push({ x: plot.left + index * slot + slot / 2, label: category, lines, total: totals[index], top: bottom - scale(totals[index]) });
  });
  const ticks: ColumnChartGeometry['ticks'] = [];
  for (let value = 0; value <= top; value += step) ticks.push({ y: bottom - scale(value), value });
  return { segments, ticks, columns };
}

/** About how wide a character of an 11 px label is. */
const CHARACTER_PX = 6;

/**
 * A label in at most two lines of `width` characters, broken between words, the second shortened with "…" when
 * the rest does not fit.
 *
 * @example wrapLabel('Final report issued', 12) -> ['Final report', 'issued']
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines = wrapWords(text, width);
  if (lines.length <= 2 && lines.every((l) => l.length <= width)) return lines;
  const second = lines.slice(1).join(' ');
  const clip = (l: string) => (l.length > width ? `${l.slice(0, width - 1)}…` : l);
  return lines.length === 1 ? [clip(lines[0])] : [clip(lines[0]), second.length > width ? `${second.slice(0, width - 1)}…` : second];
}
