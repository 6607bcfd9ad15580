import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { layoutPrint } from './layoutPrint';
import { layoutSummary } from './layoutSummary';
import type { LayoutBlock, SummaryLayout } from './types';

const TITLES = { top: 0, bottom: 1 };

/** A plain layout of `rows` rows over columns of these widths, with these blocks and the title on row 0. */
function plainLayout(rows: number, columnWidths: number[], blocks: LayoutBlock[]): Omit<SummaryLayout, 'print'> {
  return {
    sheetName: 'JAC Summary',
    values: Array.from({ length: rows }, () => columnWidths.map(() => null)),
    numberFormats: Array.from({ length: rows }, () => columnWidths.map(() => 'General')),
    columnWidths,
    regions: [{ style: 'title', top: 0, left: 0, bottom: 0, right: 0 }],
    blocks,
    charts: [],
  };
}

describe('layoutPrint', () => {
  it('prints the seed paper’s summary on A4 landscape, one page wide, titles repeated, breaking before blocks that would not fit', () => {
    const layout = layoutSummary(seedSummaryWithOverdue());
    // Page 1: title, plan and the plan at a glance; page 2: the action tables and the narrative; page 3: both charts.
    expect(layout.print).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      area: { top: 0, left: 0, bottom: 80, right: 4 },
      titleRows: { top: 0, bottom: 1 },
      breaks: [32, 52],
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
    });
  });

  it('prints portrait when the columns fit the page’s width, and puts no break in a summary that fits one page', () => {
    const print = layoutPrint(plainLayout(12, [30, 12, 12], [{ id: 'overdue', top: 3, left: 0, bottom: 11, right: 2 }]), TITLES);
    expect([print.orientation, print.area, print.breaks]).toEqual(['portrait', { top: 0, left: 0, bottom: 11, right: 2 }, []]);
  });

  it('turns landscape once portrait would shrink the columns below 85%', () => {
    // 75 + 75 characters are 1,060 pixels (795 pt): portrait's 494.5 pt would scale them to 62%.
    expect(layoutPrint(plainLayout(5, [75, 75], []), TITLES).orientation).toBe('landscape');
    // 40 + 34 characters are 528 pixels (396 pt): they fit portrait at full size.
    expect(layoutPrint(plainLayout(5, [40, 34], []), TITLES).orientation).toBe('portrait');
  });

  it('lets a block longer than a page flow on from a page that is mostly free, rather than leave that page blank', () => {
    const blocks: LayoutBlock[] = [
      { id: 'plan', top: 3, left: 0, bottom: 10, right: 1 },
      { id: 'overdue', top: 12, left: 0, bottom: 200, right: 1 },
      { id: 'narrative', top: 202, left: 0, bottom: 203, right: 1 },
    ];
    expect(layoutPrint(plainLayout(204, [30, 12], blocks), TITLES).breaks).toEqual([]);
  });

  it('starts a block longer than a page on a new page when less than a quarter of the page is left', () => {
    const blocks: LayoutBlock[] = [
      { id: 'plan', top: 3, left: 0, bottom: 40, right: 1 },
      { id: 'overdue', top: 42, left: 0, bottom: 200, right: 1 },
    ];
    expect(layoutPrint(plainLayout(201, [30, 12], blocks), TITLES).breaks).toEqual([42]);
  });

  it('counts the wrapped narrative’s height, so a long narrative moves to the next page whole', () => {
    const layout = plainLayout(
      44,
      [30, 12],
      [
        { id: 'plan', top: 3, left: 0, bottom: 38, right: 1 },
        { id: 'narrative', top: 40, left: 0, bottom: 41, right: 1 },
      ],
    );
    expect(layoutPrint(layout, TITLES).breaks).toEqual([]);
    // 2,000 characters over 42 characters of width wrap to 53 lines: 409 pt, Excel's tallest row.
    layout.values[41][0] = 'x'.repeat(2000);
    layout.regions.push({ style: 'paragraph', top: 41, left: 0, bottom: 41, right: 1 });
    expect(layoutPrint(layout, TITLES).breaks).toEqual([40]);
  });
});
