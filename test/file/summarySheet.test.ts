import ExcelJS from 'exceljs';
import type { SummaryLayout } from '../../src/core/types';
import { loadWorkbook, saveWorkbook } from '../../src/file/loadWorkbook';
import { renderSummarySheet } from '../../src/file/summarySheet';

const layout: SummaryLayout = {
  sheetName: 'JAC Summary',
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

async function written(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return loadWorkbook(await saveWorkbook(wb));
}

describe('renderSummarySheet', () => {
  it('writes the layout\'s values, keeping text that starts with = or + as text after a save and reload', async () => {
    const wb = await written((w) => {
      w.addWorksheet('Actions');
      renderSummarySheet(w, layout);
    });
    const sheet = wb.getWorksheet('JAC Summary')!;
    expect(sheet.getCell('A3').value).toBe('=cmd|calc');
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A4').value).toBe('+44 20 7946 0000');
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2024, 9, 30)));
    expect(sheet.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C3').value).toBe(12);
    expect(sheet.getCell('A1').numFmt).toBe('@');
  });

  it('styles headers bold with borders, overdue rows red, due-soon rows amber and wraps the narrative', async () => {
    const wb = await written((w) => renderSummarySheet(w, layout));
    const sheet = wb.getWorksheet('JAC Summary')!;
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('B2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B2').border.bottom).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('C3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('C3').border.left).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('C4').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet.getCell('A5').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('C5').isMerged).toBe(true);
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(3).width).toBe(14);
  });

  it('replaces the previous summary in its place in the tab order and leaves other sheets alone', async () => {
    const wb = await written((w) => {
      w.addWorksheet('Plan').getCell('A1').value = 'Audit';
      w.addWorksheet('JAC Summary').getCell('Z99').value = 'old summary';
      w.addWorksheet('Actions').getCell('A1').value = 'Audit Name';
    });
    renderSummarySheet(wb, layout);
    const again = await loadWorkbook(await saveWorkbook(wb));
    expect(again.worksheets.map((s) => s.name)).toEqual(['Plan', 'JAC Summary', 'Actions']);
    expect(again.getWorksheet('JAC Summary')!.getCell('Z99').value).toBeNull();
    expect(again.getWorksheet('JAC Summary')!.getCell('A2').value).toBe('Audit Name');
    expect(again.getWorksheet('Plan')!.getCell('A1').value).toBe('Audit');
  });
});
