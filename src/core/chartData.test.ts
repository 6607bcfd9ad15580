import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { chartData, columnTotals, describeChart, tickStep } from './chartData';
import { layoutSummary } from './layoutSummary';

const layout = layoutSummary(seedSummaryWithOverdue());
const [planChart, openChart] = layout.charts!;

describe('chartData', () => {
  it('reads the figures from the sheet’s cells at the ranges the native chart reads', () => {
    expect(chartData(layout, openChart)).toEqual({
      title: 'Open actions by risk and due date',
      stacked: true,
      categories: ['High', 'Medium', 'Low'],
      series: [
        { name: 'Overdue', colour: '#C00000', values: [0, 1, 2] },
        { name: 'Due within 30 days', colour: '#FFC000', values: [0, 0, 0] },
        { name: 'Not yet due', colour: '#5B9BD5', values: [0, 0, 0] },
      ],
    });
    expect(chartData(layout, planChart).categories).toEqual(['Final report issued', 'Draft report', 'Planning']);
  });
});

describe('columnTotals', () => {
  it('adds up a stacked column’s series and takes the tallest bar of a clustered one', () => {
    const series = [
      { name: 'Overdue', colour: '#C00000', values: [1, 3] },
      { name: 'Not yet due', colour: '#5B9BD5', values: [2, 0] },
    ];
    expect(columnTotals({ title: 'Open', stacked: true, categories: ['High', 'Low'], series })).toEqual([3, 3]);
    expect(columnTotals({ title: 'Open', stacked: false, categories: ['High', 'Low'], series })).toEqual([2, 3]);
  });
});

describe('tickStep', () => {
  it('steps in whole numbers of 1, 2 or 5 times a power of ten, at most five steps to the tallest column', () => {
    expect([1, 3, 5, 6, 11, 12, 40, 240, 1200].map(tickStep)).toEqual([1, 1, 1, 2, 5, 5, 10, 50, 500]);
  });
});

describe('describeChart', () => {
  it('gives every bar in words, the chart’s text equivalent', () => {
    expect(describeChart(chartData(layout, openChart))).toBe(
      'High: 0 overdue, 0 due within 30 days, 0 not yet due. Medium: 1 overdue, 0 due within 30 days, 0 not yet due. Low: 2 overdue, 0 due within 30 days, 0 not yet due.',
    );
    expect(describeChart(chartData(layout, planChart))).toBe('Final report issued: 2 audits. Draft report: 3 audits. Planning: 11 audits.');
  });
});
