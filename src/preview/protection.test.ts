import type { WorkbookFile } from '../file/ooxml/WorkbookFile';
import { HostError, type RefreshResults } from '../host/WorkbookHost';
import { excelJsFile } from '@test/file/packageParts';
import { isProtected, refuseProtectedWrites } from './protection';

function results(inCellValidation: boolean): RefreshResults {
  const table = { sheet: 'Audit Plan' } as never;
  return {
    layout: { sheetName: 'JAC Summary', values: [], numberFormats: [], columnWidths: [], regions: [], blocks: [] },
    tables: { plan: table, actions: { sheet: 'Audit Actions' } as never },
    inCellValidation,
    lastRefresh: { asOf: '2024-10-31', tablesFound: { plan: true, actions: true } },
  };
}

async function workbookWith(protectedSheet: string | null): Promise<WorkbookFile> {
  return excelJsFile(async (workbook) => {
    for (const name of ['Audit Plan', 'Audit Actions']) workbook.addWorksheet(name);
    if (protectedSheet) await workbook.getWorksheet(protectedSheet)!.protect('', {});
  });
}

describe('refuseProtectedWrites', () => {
  it('refuses a refresh that would add highlighting to a protected actions sheet, naming the sheet', async () => {
    const workbook = await workbookWith('Audit Actions');
    expect(() => refuseProtectedWrites(workbook, results(false))).toThrow(
      new HostError(
        'sheet-protected',
        "The sheet 'Audit Actions' is protected, so the add-in could not write to it. Unprotect it (Review > Unprotect Sheet), or ask whoever protected it, then refresh again.",
      ),
    );
  });

  it('minds the plan sheet only when data validation is on', async () => {
    const workbook = await workbookWith('Audit Plan');
    expect(() => refuseProtectedWrites(workbook, results(false))).not.toThrow();
    expect(() => refuseProtectedWrites(workbook, results(true))).toThrow(/'Audit Plan' is protected/);
  });

  it('lets a refresh through when nothing it writes is protected', async () => {
    const workbook = await workbookWith(null);
    expect(() => refuseProtectedWrites(workbook, results(true))).not.toThrow();
    expect(isProtected(workbook, 'Audit Plan')).toBe(false);
  });
});
