import { promises as fs } from 'fs';
import * as path from 'path';
import { FileHost } from './FileHost';
import { ROOT } from '@test/paths';

const MESSY = path.resolve(ROOT, 'test/fixtures/messy-tracker.xlsx');

describe('FileHost.selectCell with a range (Copy for Word selects the summary for Ctrl+C)', () => {
  it('selects the whole range, with its first cell active, and brings its sheet to the front', async () => {
    const host = await FileHost.open(new Uint8Array(await fs.readFile(MESSY)));
    await host.selectCell("'Action Tracker'!A3:F14");
    expect(host.selection).toEqual({
      sheet: 'Action Tracker',
      row: 2,
      column: 0,
      address: "'Action Tracker'!A3",
      range: { top: 2, left: 0, bottom: 13, right: 5 },
    });
    expect(host.activeSheet).toBe('Action Tracker');
  });

  it('refuses a range without its sheet, or one that is not a range', async () => {
    const host = await FileHost.open(new Uint8Array(await fs.readFile(MESSY)));
    await expect(host.selectCell('A1:E50')).rejects.toMatchObject({ code: 'unknown' });
    await expect(host.selectCell("'Action Tracker'!A1:E50:F2")).rejects.toMatchObject({ code: 'unknown' });
  });
});
