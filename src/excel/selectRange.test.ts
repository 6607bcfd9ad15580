import { selectCell } from './selectCell';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { WorkbookMock } from '@test/excel/workbookMock';

describe('selectCell with a range (Copy for Word selects the summary for Ctrl+C)', () => {
  it('brings the sheet to the front and selects the whole range, in one sync', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await selectCell(mock.context, "'Audit Actions'!A1:E8");
    expect(mock.records.map((r) => `${r.sheet} | ${r.target} | ${r.name}`)).toEqual([
      'Audit Actions | sheet | activate',
      'Audit Actions | range A1:E8 | select',
    ]);
    expect(mock.syncCount).toBe(1);
  });

  it('refuses whole columns and addresses without a sheet, which cannot be what the pane meant', async () => {
    const mock = new WorkbookMock(makeSeedWorkbook());
    await expect(selectCell(mock.context, "'Audit Actions'!D:D")).rejects.toMatchObject({ code: 'invalid-address' });
    await expect(selectCell(mock.context, 'A1:E8')).rejects.toMatchObject({ code: 'invalid-address' });
  });
});
