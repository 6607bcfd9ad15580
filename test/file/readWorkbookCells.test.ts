import ExcelJS from 'exceljs';
import { loadWorkbook, saveWorkbook } from '../../src/file/loadWorkbook';
import { readWorkbookCells } from '../../src/file/readWorkbookCells';
import { dateToSerial, toCellValue } from '../../src/file/cellValue';

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return loadWorkbook(await saveWorkbook(wb));
}

describe('toCellValue turns ExcelJS values into what Office.js returns', () => {
  it('gives dates as 1900 serials read on the UTC clock', () => {
    expect(toCellValue(new Date(Date.UTC(2024, 9, 30)))).toBe(45595);
    expect(toCellValue(new Date(Date.UTC(2024, 7, 14, 12)))).toBe(45518.5);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  it('flattens rich text, formulas, hyperlinks and errors to what a cell shows', () => {
    expect(toCellValue({ richText: [{ text: 'Procurement ' }, { text: 'under £60K', font: { bold: true } }] })).toBe(
      'Procurement under £60K',
    );
    expect(toCellValue({ formula: 'A1+1', result: 7 } as ExcelJS.CellFormulaValue)).toBe(7);
    expect(toCellValue({ formula: 'A1', result: new Date(Date.UTC(2024, 7, 20)) } as ExcelJS.CellFormulaValue)).toBe(45524);
    expect(toCellValue({ formula: 'NOW()' } as ExcelJS.CellFormulaValue)).toBe('');
    expect(toCellValue({ text: 'Audit report', hyperlink: 'https://example.org' })).toBe('Audit report');
    expect(toCellValue({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('#N/A');
    expect(toCellValue(null)).toBe('');
    expect(toCellValue(true)).toBe(true);
  });
});

describe('readWorkbookCells', () => {
  it('reads the used range from its first value, with number formats and blanks as ""', async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet('Audit Actions');
      ws.getCell('B3').value = 'Audit Name';
      ws.getCell('C3').value = 'Deadline';
      ws.getCell('B4').value = 'Firearms and Tasers';
      ws.getCell('C4').value = new Date(Date.UTC(2024, 9, 30));
      ws.getCell('C4').numFmt = 'dd/mm/yyyy';
      ws.getCell('B6').value = '=cmd';
      ws.getCell('D6').value = 3;
      w.addWorksheet('Empty');
    });
    expect(readWorkbookCells(wb)).toEqual({
      sheets: [
        {
          name: 'Audit Actions',
          originRow: 2,
          originColumn: 1,
          values: [
            ['Audit Name', 'Deadline', ''],
            ['Firearms and Tasers', 45595, ''],
            ['', '', ''],
            ['=cmd', '', 3],
          ],
          numberFormats: [
            ['General', 'General', 'General'],
            ['General', 'dd/mm/yyyy', 'General'],
            ['General', 'General', 'General'],
            ['General', 'General', 'General'],
          ],
          tables: [],
        },
        { name: 'Empty', originRow: 0, originColumn: 0, values: [['']], numberFormats: [['General']], tables: [] },
      ],
    });
  });

  it('reports Excel tables with their data rows, leaving out a totals row', async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet('Tracker');
      ws.addTable({
        name: 'Actions',
        ref: 'B2',
        headerRow: true,
        totalsRow: true,
        columns: [{ name: 'Audit Name', totalsRowLabel: 'Total' }, { name: 'Recommendation', totalsRowFunction: 'count' }],
        rows: [
          ['Insurance', '1'],
          ['Covert Accounts', '2'],
        ],
      });
    });
    expect(readWorkbookCells(wb).sheets[0].tables).toEqual([
      { name: 'Actions', headerRow: 1, firstColumn: 1, lastColumn: 2, lastRow: 3 },
    ]);
  });

  it('reads a merged area as Office.js does: the value in its top-left cell, "" elsewhere', async () => {
    const wb = await roundTrip((w) => {
      const ws = w.addWorksheet('Plan');
      ws.getCell('A1').value = 'Internal audit plan 2024/25';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = 'Audit';
      ws.getCell('C2').value = 'Status';
    });
    expect(readWorkbookCells(wb).sheets[0].values).toEqual([
      ['Internal audit plan 2024/25', '', ''],
      ['Audit', '', 'Status'],
    ]);
  });

  it('gives 1900-system serials for a workbook saved in the 1904 date system (old Mac Excel)', async () => {
    const wb = await roundTrip((w) => {
      w.properties.date1904 = true;
      const ws = w.addWorksheet('Actions');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 9, 30));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    expect(wb.properties.date1904).toBe(true);
    expect(readWorkbookCells(wb).sheets[0].values).toEqual([[45595]]);
  });

  it('leaves out the add-in\'s own sheets unless asked', async () => {
    const wb = await roundTrip((w) => {
      w.addWorksheet('Plan').getCell('A1').value = 'Audit';
      w.addWorksheet('JAC Summary').getCell('A1').value = 'Audit';
    });
    expect(readWorkbookCells(wb).sheets.map((s) => s.name)).toEqual(['Plan']);
    expect(readWorkbookCells(wb, { includeOwnSheets: true }).sheets.map((s) => s.name)).toEqual(['Plan', 'JAC Summary']);
  });
});

describe('loadWorkbook', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'This file is empty, so it is not an Excel workbook (.xlsx).'],
    [
      'a CSV file',
      new TextEncoder().encode('Audit,Status\nInsurance,Complete\n'),
      'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.',
    ],
    [
      'an old .xls file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'This file is not an Excel workbook (.xlsx): it is an older .xls file or is protected with a password. Open it in Excel, remove any password and save it as "Excel Workbook (*.xlsx)", then try again.',
    ],
    [
      'a damaged zip',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'This file is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.',
    ],
  ])('rejects %s with a message a person can act on', async (_name, bytes, message) => {
    await expect(loadWorkbook(bytes)).rejects.toMatchObject({ name: 'HostError', code: 'unreadable-file', message });
  });

  it('accepts an ArrayBuffer as a browser hands it over', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').getCell('A1').value = 'Audit';
    const bytes = await saveWorkbook(wb);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await loadWorkbook(buffer)).getWorksheet('Plan')?.getCell('A1').value).toBe('Audit');
  });
});
