import { seedActionRows, seedPlanRows } from '@test/core/seedRows';
import { actionRow } from '@test/core/rows';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import { placeCharts } from './layoutCharts';
import { layoutSummary } from './layoutSummary';
import { rangeReference } from './rangeReference';
import type { ActionRow, SummaryTable } from './types';

function seedWithOverdue(actions?: ActionRow[]) {
  return layoutSummary(seedSummaryWithOverdue(actions));
}

describe('the summary layout’s charts', () => {
  const layout = seedWithOverdue();

  it('describes the plan by stage and open actions by risk below the summary, reading the tables’ own cells', () => {
    expect(layout.charts).toEqual([
      {
        id: 'plan-at-a-glance',
        title: 'The plan by stage',
        type: 'column-clustered',
        anchor: { top: 52, left: 0, bottom: 65, right: 4 },
        widthPt: 654,
        heightPt: 210,
        categories: { top: 24, left: 0, bottom: 26, right: 0 },
        series: [{ name: 'Audits', nameCell: { row: 23, column: 1 }, values: { top: 24, left: 1, bottom: 26, right: 1 }, colour: '1F4E79' }],
        valueFormat: '0',
      },
      {
        id: 'open-by-risk',
        title: 'Open actions by risk and due date',
        type: 'column-stacked',
        anchor: { top: 67, left: 0, bottom: 80, right: 4 },
        widthPt: 654,
        heightPt: 210,
        categories: { top: 44, left: 0, bottom: 46, right: 0 },
        series: [
          { name: 'Overdue', nameCell: { row: 43, column: 1 }, values: { top: 44, left: 1, bottom: 46, right: 1 }, colour: 'C00000' },
          { name: 'Due within 30 days', nameCell: { row: 43, column: 2 }, values: { top: 44, left: 2, bottom: 46, right: 2 }, colour: 'FFC000' },
          { name: 'Not yet due', nameCell: { row: 43, column: 3 }, values: { top: 44, left: 3, bottom: 46, right: 3 }, colour: '5B9BD5' },
        ],
        valueFormat: '0',
      },
    ]);
  });

  it('points each range at the cells holding the categories, series names and counts, leaving out totals', () => {
    const [plan, open] = layout.charts!;
    const cells = (rect: { top: number; left: number; bottom: number; right: number }) =>
      layout.values.slice(rect.top, rect.bottom + 1).map((row) => row[rect.left]);
    expect(cells(plan.categories)).toEqual(['Final report issued', 'Draft report', 'Planning']);
    expect(cells(plan.series[0].values)).toEqual([2, 3, 11]);
    expect(cells(open.categories)).toEqual(['High', 'Medium', 'Low']);
    expect(open.series.map((series) => [layout.values[series.nameCell.row][series.nameCell.column], cells(series.values)])).toEqual([
      ['Overdue', [0, 1, 2]],
      ['Due within 30 days', [0, 0, 0]],
      ['Not yet due', [0, 0, 0]],
    ]);
    expect(rangeReference(layout.sheetName, open.series[0].values)).toBe("'JAC Summary'!$B$45:$B$47");
    expect(rangeReference(layout.sheetName, open.categories)).toBe("'JAC Summary'!$A$45:$A$47");
  });

  it('starts the charts after a blank row below the last block, so they never cover a table', () => {
    expect(layout.values.length).toBe(51);
    expect(layout.blocks.at(-1)).toEqual({ id: 'narrative', top: 49, left: 0, bottom: 50, right: 4 });
  });

  it('draws no chart of open actions when there are none, as the seed paper stands at 30/09/2024', () => {
    const asOf = '2024-09-30';
    const closed = layoutSummary(buildSummary(seedPlanRows(), classifyActions(seedActionRows(), asOf, '2024-07-24'), asOf, '2024-07-24'));
    expect(closed.charts!.map((chart) => [chart.id, chart.anchor])).toEqual([['plan-at-a-glance', { top: 51, left: 0, bottom: 64, right: 4 }]]);
  });

  it('adds a grey "No deadline" segment when an open action has no deadline, so every open action is in a bar', () => {
    const withoutDeadline = [...seedActionRows(), actionRow({ row: 8, audit: 'Payroll', risk: 'High', deadline: '' })];
    const open = seedWithOverdue(withoutDeadline).charts!.find((chart) => chart.id === 'open-by-risk')!;
    expect(open.series.map((series) => [series.name, series.values.left, series.colour])).toEqual([
      ['Overdue', 1, 'C00000'],
      ['Due within 30 days', 2, 'FFC000'],
      ['Not yet due', 3, '5B9BD5'],
      ['No deadline', 4, 'A6A6A6'],
    ]);
  });
});

describe('placeCharts', () => {
  const table: SummaryTable = {
    kind: 'table',
    id: 'open-by-risk',
    title: 'Open actions by risk',
    columns: [
      { header: 'Risk', type: 'text', width: 10 },
      { header: 'Overdue', type: 'number', width: 10 },
      { header: 'Total', type: 'number', width: 10 },
    ],
    rows: [
      ['High', 1, 1],
      ['Total', 1, 1],
    ],
    emptyText: 'There are no open actions.',
    chart: { title: 'Open', type: 'column-stacked', rows: [0, 1], categoryColumn: 0, series: [{ column: 1, tone: 'overdue' }] },
  };

  it('sizes a chart from the columns it spans (7 pixels a character and 5 of padding, at 0.75 pt a pixel)', () => {
    const [chart] = placeCharts([{ table, headerRow: 4, firstRow: 5 }], [10, 10, 10], 9);
    expect([chart.anchor, chart.widthPt, chart.heightPt]).toEqual([{ top: 9, left: 0, bottom: 22, right: 2 }, 168.75, 210]);
    expect(chart.categories).toEqual({ top: 5, left: 0, bottom: 5, right: 0 });
  });

  it('gives a table with no rows, or a chart asking for rows the table lacks, no chart', () => {
    expect(placeCharts([{ table: { ...table, rows: [] }, headerRow: 4, firstRow: 5 }], [10], 9)).toEqual([]);
    const beyond = { ...table, chart: { ...table.chart!, rows: [2, 5] as [number, number] } };
    expect(placeCharts([{ table: beyond, headerRow: 4, firstRow: 5 }], [10], 9)).toEqual([]);
  });

  it('puts a second chart below the first with a blank row between', () => {
    const charts = placeCharts(
      [
        { table, headerRow: 4, firstRow: 5 },
        { table, headerRow: 4, firstRow: 5 },
      ],
      [10],
      9,
    );
    expect(charts.map((chart) => [chart.anchor.top, chart.anchor.bottom])).toEqual([
      [9, 22],
      [24, 37],
    ]);
  });
});
