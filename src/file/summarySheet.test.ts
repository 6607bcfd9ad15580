import ExcelJS from 'exceljs';
import type { SummaryLayout } from '../core/types';
import { FileHost } from './FileHost';
import { excelJsBytes, excelJsRead, partText } from '@test/file/packageParts';

const layout: SummaryLayout = {
  sheetName: 'JAC Summary',
  blocks: [],
  values: [
    ['Joint Audit Committee summary', null, null],
    ['Audit Name', 'Deadline', 'Days overdue'],
    ['=cmd|calc', 45595, 12],
    ['+44 20 7946 0000', 45473, null],
    ['Overall, good progress is being made on audit actions.', null, null],
  ],
  numberFormats: [
    ['@', 'General', 'General'],
    ['@', '@', '@'],
    ['@', 'dd/mm/yyyy', '0'],
    ['@', 'dd/mm/yyyy', 'General'],
    ['@', 'General', 'General'],
  ],
  columnWidths: [30, 12, 14],
  regions: [
    { style: 'title', top: 0, left: 0, bottom: 0, right: 0 },
    { style: 'header', top: 1, left: 0, bottom: 1, right: 2 },
    { style: 'body', top: 2, left: 0, bottom: 3, right: 2 },
    { style: 'overdue', top: 2, left: 0, bottom: 2, right: 2 },
    { style: 'due-soon', top: 3, left: 0, bottom: 3, right: 2 },
    { style: 'paragraph', top: 4, left: 0, bottom: 4, right: 2 },
  ],
};

const NO_TABLES = {
  layout,
  tables: { plan: null, actions: null },
  inCellValidation: false,
  lastRefresh: { asOf: '2024-10-31', tablesFound: { plan: false, actions: false } },
};

async function written(build: (wb: ExcelJS.Workbook) => void): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const host = await FileHost.open(await excelJsBytes(build));
  await host.writeResults(NO_TABLES);
  const bytes = await host.save();
  return { bytes, workbook: await excelJsRead(bytes) };
}

describe('the summary sheet', () => {
  it("writes the layout's values, keeping text that starts with = or + as text", async () => {
    const { workbook } = await written((w) => {
      w.addWorksheet('Actions');
    });
    const sheet = workbook.getWorksheet('JAC Summary')!;
    expect([sheet.getCell('A3').value, sheet.getCell('A3').type]).toEqual(['=cmd|calc', ExcelJS.ValueType.String]);
    expect([sheet.getCell('A4').value, sheet.getCell('A4').type]).toEqual(['+44 20 7946 0000', ExcelJS.ValueType.String]);
    expect([sheet.getCell('B3').value, sheet.getCell('B3').numFmt]).toEqual([new Date(Date.UTC(2024, 9, 30)), 'dd/mm/yyyy']);
    expect(sheet.getCell('C3').value).toBe(12);
    expect(sheet.getCell('A1').numFmt).toBe('@');
  });

  it('draws the regions as REGION_LOOKS says: bold title, boxed grey headers, red and amber rows, a merged wrapped narrative', async () => {
    const { workbook } = await written((w) => {
      w.addWorksheet('Actions');
    });
    const sheet = workbook.getWorksheet('JAC Summary')!;
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14, color: { argb: 'FF1F4E79' } });
    expect(sheet.getCell('B2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(sheet.getCell('B2').border.bottom).toEqual({ style: 'thin', color: { argb: 'FFA6A6A6' } });
    expect(sheet.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('C3').font).toMatchObject({ color: { argb: 'FF9C0006' } });
    expect(sheet.getCell('C3').border.left).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('C4').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet.getCell('A5').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('C5').isMerged).toBe(true);
    expect([sheet.getColumn(1).width, sheet.getColumn(3).width]).toEqual([30, 14]);
  });

  it('replaces the previous summary in its place in the tab order and leaves other sheets alone', async () => {
    const host = await FileHost.open(
      await excelJsBytes((w) => {
        w.addWorksheet('Plan').getCell('A1').value = 'Audit';
        w.addWorksheet('JAC Summary').getCell('Z99').value = 'old summary';
        w.addWorksheet('Actions').getCell('A1').value = 'Audit Name';
      }),
    );
    await host.writeResults(NO_TABLES);
    const again = await excelJsRead(await host.save());
    expect(again.worksheets.map((s) => s.name)).toEqual(['Plan', 'JAC Summary', 'Actions', 'JAC Data']);
    expect(again.getWorksheet('JAC Summary')!.getCell('Z99').value).toBeNull();
    expect(again.getWorksheet('JAC Summary')!.getCell('A2').value).toBe('Audit Name');
    expect(again.getWorksheet('Plan')!.getCell('A1').value).toBe('Audit');
  });

  it('adds its styles once: refreshing again reuses them instead of growing styles.xml', async () => {
    const host = await FileHost.open(
      await excelJsBytes((w) => {
        w.addWorksheet('Actions');
      }),
    );
    await host.writeResults(NO_TABLES);
    const once = partText(await host.save(), 'xl/styles.xml');
    await host.writeResults(NO_TABLES);
    await host.writeResults(NO_TABLES);
    expect(partText(await host.save(), 'xl/styles.xml')).toBe(once);
  });

  it('writes its elements in the order the schema requires', async () => {
    const { bytes } = await written((w) => {
      w.addWorksheet('Actions');
    });
    const xml = partText(bytes, 'xl/worksheets/sheet2.xml');
    const order = ['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'pageMargins'].map((name) =>
      xml.indexOf(`<${name}`),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  });
});
