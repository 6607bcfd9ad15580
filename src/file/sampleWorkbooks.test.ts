import { promises as fs } from 'fs';
import * as path from 'path';
import { WorkbookFile } from './ooxml/WorkbookFile';
import { makeMessyWorkbook } from '../../scripts/messyWorkbookCells';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { ROOT } from '@test/paths';

async function read(file: string) {
  const { sheets } = WorkbookFile.open(new Uint8Array(await fs.readFile(path.join(ROOT, file)))).cells();
  return { sheets };
}

describe('the committed workbooks hold exactly their cell grids', () => {
  it("the bundled sample reads back as the seed paper's two tables, dates as serials with their formats", async () => {
    const cells = await read('assets/sample/jac-tracker-sample.xlsx');
    expect(cells).toEqual(makeSeedWorkbook());
    // Spot checks with literal values, in case the grid and the file were ever changed together by mistake.
    const actions = cells.sheets[1];
    expect(actions.values[1]).toEqual(['Firearms and Tasers', 1, 'Medium', 45595, 45518]);
    expect(actions.numberFormats![1][3]).toBe('dd/mm/yyyy');
    expect(cells.sheets[0].values[9]).toEqual(['Information Asset Ownership', 45607, 'Scope and timing agreed']);
    expect(cells.sheets[0].numberFormats![9][1]).toBe('dd/mm/yy');
  });

  it('the messy tracker reads back as its grid, with its Excel table and the "=cmd" name as text', async () => {
    const cells = await read('test/fixtures/messy-tracker.xlsx');
    expect(cells).toEqual(makeMessyWorkbook());
    expect(cells.sheets[1].tables).toEqual([{ name: 'ActionTracker', headerRow: 2, firstColumn: 0, lastColumn: 5, lastRow: 13 }]);
    expect(cells.sheets[1].values[9][0]).toBe("=cmd|' /C calc'!A0");
  });
});
