import { strToU8, zipSync } from 'fflate';
import { WorkbookFile } from './ooxml/WorkbookFile';
import { excelJsBytes, excelJsFile } from '@test/file/packageParts';

describe('WorkbookFile.cells reads a workbook as Office.js returns it', () => {
  it('reads the used range from its first value, with number formats and blanks as ""', async () => {
    const file = await excelJsFile((w) => {
      const ws = w.addWorksheet('Audit Actions');
      ws.getCell('B3').value = 'Audit Name';
      ws.getCell('C3').value = 'Deadline';
      ws.getCell('B4').value = { richText: [{ text: 'Procurement ' }, { text: 'under £60K', font: { bold: true } }] };
      ws.getCell('C4').value = new Date(Date.UTC(2024, 9, 30));
      ws.getCell('C4').numFmt = 'dd/mm/yyyy';
      ws.getCell('B6').value = '=cmd';
      ws.getCell('D6').value = 3;
      ws.getCell('B7').value = { formula: 'D6+1', result: 4 } as never;
      ws.getCell('C7').value = true;
      ws.getCell('D7').value = { error: '#N/A' } as never;
      w.addWorksheet('Empty');
    });
    expect(file.cells().sheets).toEqual([
      {
        name: 'Audit Actions',
        originRow: 2,
        originColumn: 1,
        values: [
          ['Audit Name', 'Deadline', ''],
          ['Procurement under £60K', 45595, ''],
          ['', '', ''],
          ['=cmd', '', 3],
          [4, true, '#N/A'],
        ],
        numberFormats: [
          ['General', 'General', 'General'],
          ['General', 'dd/mm/yyyy', 'General'],
          ['General', 'General', 'General'],
          ['General', 'General', 'General'],
          ['General', 'General', 'General'],
        ],
        tables: [],
      },
      { name: 'Empty', originRow: 0, originColumn: 0, values: [['']], numberFormats: [['General']], tables: [] },
    ]);
  });

  it('reports Excel tables with their data rows, leaving out a totals row', async () => {
    const file = await excelJsFile((w) => {
      w.addWorksheet('Tracker').addTable({
        name: 'Actions',
        ref: 'B2',
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: 'Audit Name', totalsRowLabel: 'Total' },
          { name: 'Recommendation', totalsRowFunction: 'count' },
        ],
        rows: [
          ['Insurance', '1'],
          ['Covert Accounts', '2'],
        ],
      });
    });
    expect(file.cells().sheets[0].tables).toEqual([{ name: 'Actions', headerRow: 1, firstColumn: 1, lastColumn: 2, lastRow: 3 }]);
  });

  it('reads a merged area as Office.js does: the value in its top-left cell, "" elsewhere', async () => {
    const file = await excelJsFile((w) => {
      const ws = w.addWorksheet('Plan');
      ws.getCell('A1').value = 'Internal audit plan 2024/25';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = 'Audit';
      ws.getCell('C2').value = 'Status';
    });
    expect(file.cells().sheets[0].values).toEqual([
      ['Internal audit plan 2024/25', '', ''],
      ['Audit', '', 'Status'],
    ]);
  });

  it('gives 1900-system serials for a workbook saved in the 1904 date system (old Mac Excel), leaving plain numbers alone', async () => {
    const file = await excelJsFile((w) => {
      w.properties.date1904 = true;
      const ws = w.addWorksheet('Actions');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 9, 30));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B1').value = 3;
    });
    expect(file.workbook.date1904).toBe(true);
    expect(file.cells().sheets[0].values).toEqual([[45595, 3]]);
  });

  it("leaves out the add-in's own sheets unless asked", async () => {
    const file = await excelJsFile((w) => {
      w.addWorksheet('Plan').getCell('A1').value = 'Audit';
      w.addWorksheet('jac summary').getCell('A1').value = 'Audit';
    });
    expect(file.cells().sheets.map((s) => s.name)).toEqual(['Plan']);
    expect(file.cells({ includeOwnSheets: true }).sheets.map((s) => s.name)).toEqual(['Plan', 'jac summary']);
  });

  it('reads the settings and owned rules a legacy "JAC Settings" sheet holds', async () => {
    const file = await excelJsFile((w) => {
      w.addWorksheet('Actions');
      const legacy = w.addWorksheet('JAC Settings', { state: 'veryHidden' });
      legacy.getCell('B2').value = '{"since":"2024-07-24"}';
      legacy.getCell('B3').value = '[{"sheet":"Actions","ref":"A2:E8","formulae":["AND($E2=\\"\\",$D2<TODAY())"]}]';
    });
    expect(file.stored()).toEqual({
      settings: { since: '2024-07-24' },
      owned: { highlights: [{ sheet: 'Actions', range: 'A2:E8' }], validation: [] },
      lastRefresh: null,
      papers: [],
    });
    expect(file.legacyConditionalFormatFormulas()).toEqual(['AND($E2="",$D2<TODAY())']);
  });
});

describe('WorkbookFile.open', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'This file is empty, so it is not an Excel workbook (.xlsx).'],
    [
      'a CSV file',
      new TextEncoder().encode('Audit,Status\nInsurance,Complete\n'),
      'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.',
    ],
    [
      'an old .xls file, or one protected with a password',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'This file is not an Excel workbook (.xlsx): it is an older .xls file or is protected with a password. Open it in Excel, remove any password and save it as "Excel Workbook (*.xlsx)", then try again.',
    ],
    [
      'an OpenDocument spreadsheet (.ods), as LibreOffice saves by default',
      zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') }),
      'This file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). In LibreOffice choose File > Save As and the type "Excel 2007-365 (.xlsx)" (in Excel, save it as "Excel Workbook (*.xlsx)"), then try again.',
    ],
    [
      'a damaged zip',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'This file is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.',
    ],
  ])('rejects %s with a message a person can act on', (_name, bytes, message) => {
    expect(() => WorkbookFile.open(bytes)).toThrow(expect.objectContaining({ name: 'HostError', code: 'unreadable-file', message }));
  });

  it('rejects a workbook cut short, as a download that stopped part-way leaves it', async () => {
    const bytes = await excelJsBytes((w) => {
      w.addWorksheet('Plan').getCell('A1').value = 'Audit';
    });
    expect(() => WorkbookFile.open(bytes.subarray(0, Math.floor(bytes.length * 0.7)))).toThrow(
      expect.objectContaining({ code: 'unreadable-file', message: expect.stringContaining('or it is damaged') }),
    );
  });

  it('accepts an ArrayBuffer as a browser hands it over', async () => {
    const bytes = await excelJsBytes((w) => {
      w.addWorksheet('Plan').getCell('A1').value = 'Audit';
    });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(WorkbookFile.open(buffer).cells().sheets[0].values).toEqual([['Audit']]);
  });
});
