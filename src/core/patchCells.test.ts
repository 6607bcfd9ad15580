import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { patchCells } from './patchCells';
import type { WorkbookCells } from './types';

function small(): WorkbookCells {
  return {
    sheets: [
      { name: 'Plan', originRow: 0, originColumn: 0, values: [['a']], tables: [] },
      {
        name: 'Actions',
        originRow: 1,
        originColumn: 1,
        values: [
          ['Audit Name', 'Risk'],
          ['Payroll', 'High'],
        ],
        numberFormats: [
          ['General', 'General'],
          ['General', '@'],
        ],
        tables: [],
      },
    ],
  };
}

describe('patchCells', () => {
  test('replaces cells inside the used range and leaves the input alone', () => {
    const before = small();
    const snapshot = JSON.parse(JSON.stringify(before));
    const after = patchCells(before, { sheet: 'Actions', top: 2, left: 2, values: [['Meduim']] });
    expect(after.sheets[1].values).toEqual([
      ['Audit Name', 'Risk'],
      ['Payroll', 'Meduim'],
    ]);
    expect(before).toEqual(snapshot);
    expect(after.sheets[0]).toBe(before.sheets[0]);
    expect(after.sheets[1].values[0]).toBe(before.sheets[1].values[0]);
    expect(after.sheets[1].numberFormats).toBe(before.sheets[1].numberFormats);
  });

  test('grows the grid and number formats when an edit lands below and to the right', () => {
    const after = patchCells(small(), { sheet: 'Actions', top: 4, left: 3, values: [['x', 'y']] });
    expect(after.sheets[1]).toMatchObject({ originRow: 1, originColumn: 1 });
    expect(after.sheets[1].values).toEqual([
      ['Audit Name', 'Risk', '', ''],
      ['Payroll', 'High', '', ''],
      ['', '', '', ''],
      ['', '', 'x', 'y'],
    ]);
    expect(after.sheets[1].numberFormats).toEqual([
      ['General', 'General', 'General', 'General'],
      ['General', '@', 'General', 'General'],
      ['General', 'General', 'General', 'General'],
      ['General', 'General', 'General', 'General'],
    ]);
  });

  test('moves the origin when an edit lands above and to the left of the used range', () => {
    const after = patchCells(small(), { sheet: 'Actions', top: 0, left: 0, values: [['Title']] });
    expect(after.sheets[1]).toMatchObject({ originRow: 0, originColumn: 0 });
    expect(after.sheets[1].values).toEqual([
      ['Title', '', ''],
      ['', 'Audit Name', 'Risk'],
      ['', 'Payroll', 'High'],
    ]);
  });

  test('a multi-cell paste replaces the whole rectangle', () => {
    const after = patchCells(small(), {
      sheet: 'Plan',
      top: 0,
      left: 0,
      values: [
        ['b', 1],
        ['c', 2],
      ],
    });
    expect(after.sheets[0].values).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    expect(after.sheets[0].numberFormats).toBeUndefined();
  });

  test('an edit on a new sheet adds it at the end', () => {
    const after = patchCells(small(), { sheet: 'Notes', top: 2, left: 1, values: [['hello']] });
    expect(after.sheets.map((s) => s.name)).toEqual(['Plan', 'Actions', 'Notes']);
    expect(after.sheets[2]).toEqual({ name: 'Notes', originRow: 2, originColumn: 1, values: [['hello']], tables: [] });
  });

  test('an empty change returns the same sheet', () => {
    const before = small();
    expect(patchCells(before, { sheet: 'Plan', top: 0, left: 0, values: [] }).sheets[0]).toBe(before.sheets[0]);
  });

  test("changing the seed's Firearms and Tasers risk to a typo is seen by the reader", () => {
    const after = patchCells(makeSeedWorkbook(), { sheet: 'Audit Actions', top: 1, left: 2, values: [['Meduim']] });
    expect(after.sheets[1].values[1]).toEqual(['Firearms and Tasers', 1, 'Meduim', 45595, 45518]);
  });
});

test('a cell typed over is no longer listed as a formula never calculated, and the input is left as it was', () => {
  const workbook: WorkbookCells = {
    sheets: [
      {
        name: 'Actions',
        originRow: 0,
        originColumn: 0,
        values: [
          ['Deadline', 'Revised'],
          ['', ''],
        ],
        tables: [],
        uncalculated: [
          [1, 0],
          [1, 1],
        ],
      },
    ],
  };
  const patched = patchCells(workbook, { sheet: 'Actions', top: 1, left: 1, values: [['31/03/2025']] });
  expect(patched.sheets[0].uncalculated).toEqual([[1, 0]]);
  expect(patchCells(patched, { sheet: 'Actions', top: 1, left: 0, values: [['TBC']] }).sheets[0].uncalculated).toBeUndefined();
  expect(workbook.sheets[0].uncalculated).toEqual([
    [1, 0],
    [1, 1],
  ]);
});
