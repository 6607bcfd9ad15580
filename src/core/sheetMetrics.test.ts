import { columnWidthPt, paragraphHeightPt } from './sheetMetrics';

describe('columnWidthPt', () => {
  it('gives Excel’s default column of 8.43 characters its 64 pixels (48 pt)', () => {
    expect(columnWidthPt(8.43)).toBe(48);
  });

  it('gives a 60-character column 425 pixels', () => {
    expect(columnWidthPt(60)).toBe(318.75);
  });
});

describe('paragraphHeightPt', () => {
  it('gives one 15 pt line to text that fits the width', () => {
    expect(paragraphHeightPt('All is well.', [30, 30])).toBe(15);
  });

  it('adds a line for each width of text, allowing a tenth more for word breaks', () => {
    expect(paragraphHeightPt('x'.repeat(200), [30, 30])).toBe(60);
  });

  it('stops at Excel’s tallest row, 409 pt', () => {
    expect(paragraphHeightPt('x'.repeat(5000), [40])).toBe(409);
  });
});
