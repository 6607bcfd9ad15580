import type { SummaryLayout } from '../core/types';
import { estimateWriteBytes, jsonBytes, lastRowWithin, planRowChunks, rowBytes, summaryCells } from './writePayload';

const SMALL: SummaryLayout = {
  sheetName: 'JAC Summary',
  blocks: [],
  values: [
    ['Ab', null],
    ['é', 12],
  ],
  numberFormats: [['@', 'General'], ['@']],
  columnWidths: [10, 10],
  regions: [{ style: 'title', top: 0, left: 0, bottom: 0, right: 1 }],
};

describe('jsonBytes', () => {
  it('counts a value as UTF-8 JSON: quotes, escapes, two-byte, three-byte and four-byte characters', () => {
    expect(jsonBytes('Ab')).toBe(4);
    expect(jsonBytes('a"b')).toBe(6);
    expect(jsonBytes('é')).toBe(4);
    expect(jsonBytes('’')).toBe(5);
    expect(jsonBytes('😀')).toBe(6);
    expect(jsonBytes(45595)).toBe(5);
    expect(jsonBytes('')).toBe(2);
  });
});

describe('summaryCells', () => {
  it('pads every row to the same width, writes blanks as "" and formats unformatted text "@"', () => {
    expect(summaryCells(SMALL)).toEqual({
      width: 2,
      values: [
        ['Ab', ''],
        ['é', 12],
      ],
      numberFormats: [
        ['@', 'General'],
        ['@', '@'],
      ],
    });
  });
});

describe('estimateWriteBytes', () => {
  it('adds each row’s values and number formats as JSON, plus an allowance for each region on the row it ends', () => {
    // Row 1: "Ab" 4 + "@" 3 + 2, "" 2 + "General" 9 + 2, brackets 4, title region 500.
    // Row 2: "é" 4 + "@" 3 + 2, 12 2 + "@" 3 + 2, brackets 4.
    expect(rowBytes(SMALL)).toEqual([526, 20]);
    expect(estimateWriteBytes(SMALL)).toBe(546);
  });

  it('is 0 for an empty summary', () => {
    expect(estimateWriteBytes({ ...SMALL, values: [], numberFormats: [], regions: [] })).toBe(0);
  });
});

describe('planRowChunks', () => {
  it('cuts consecutive rows into chunks within the budget, a row over the budget alone', () => {
    expect(planRowChunks([5, 5, 5, 20, 5], 10)).toEqual([
      { first: 0, last: 1 },
      { first: 2, last: 2 },
      { first: 3, last: 3 },
      { first: 4, last: 4 },
    ]);
    expect(lastRowWithin([5, 5, 5, 20, 5], 0, 15)).toBe(2);
    expect(planRowChunks([], 10)).toEqual([]);
  });
});
