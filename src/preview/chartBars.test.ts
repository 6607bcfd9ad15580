import { columnChart, wrapLabel } from './chartBars';

const PLOT = { left: 0, top: 0, width: 300, height: 100 };

describe('columnChart', () => {
  it('stacks each category’s series into one column scaled to the tallest, over whole-number ticks', () => {
    const data = {
      title: 'Open',
      stacked: true,
      categories: ['High', 'Low'],
      series: [
        { name: 'Overdue', colour: '#C00000', values: [1, 3] },
        { name: 'Not yet due', colour: '#5B9BD5', values: [1, 0] },
      ],
    };
    const geometry = columnChart(data, PLOT);
    // Largest column 3, so ticks 0 to 3 by 1 and each unit 100 / 3 high.
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
    expect(geometry.segments.map((s) => [s.label, s.x, Math.round(s.y), Math.round(s.height)])).toEqual([
      ['High, Overdue: 1', 30, 67, 33],
      ['High, Not yet due: 1', 30, 33, 33],
      ['Low, Overdue: 3', 180, 0, 100],
    ]);
    expect(geometry.columns.map((column) => [column.label, column.total, column.x])).toEqual([
      ['High', 2, 75],
      ['Low', 3, 225],
    ]);
  });

  it('puts series side by side when not stacked, and draws nothing for a zero', () => {
    const data = { title: 'Plan', stacked: false, categories: ['Final', 'Draft'], series: [{ name: 'Audits', colour: '#1F4E79', values: [12, 0] }] };
    const geometry = columnChart(data, PLOT);
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([0, 5, 10, 15]);
    expect(geometry.segments.map((s) => [s.label, Math.round(s.height)])).toEqual([['Final, Audits: 12', 80]]);
  });
});

describe('wrapLabel', () => {
  it('breaks a long category between words into at most two lines, shortening what does not fit', () => {
    expect(wrapLabel('Final report issued', 12)).toEqual(['Final report', 'issued']);
    expect(wrapLabel('High', 12)).toEqual(['High']);
    expect(wrapLabel('Status not recognised by the summary', 10)).toEqual(['Status not', 'recognise…']);
  });
});
