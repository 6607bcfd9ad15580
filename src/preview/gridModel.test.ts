import type ExcelJS from 'exceljs';
import type { WorkbookFile } from '../file/ooxml/WorkbookFile';
import { excelJsFile } from '@test/file/packageParts';
import { columnWidthPx, gridModel, type GridModel } from './gridModel';

/** The grid of a workbook's first sheet, as written to a file by ExcelJS and read back by the file shell. */
async function gridOf(build: (sheet: ExcelJS.Worksheet) => void, reach?: { rows: number; columns: number }): Promise<GridModel> {
  const file: WorkbookFile = await excelJsFile((workbook) => build(workbook.addWorksheet('Actions')));
  const sheet = file.sheets[0];
  return gridModel(sheet.name, file.content(sheet), file.styles, reach);
}

function actionsSheet(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date']);
  sheet.addRow(['Firearms and Tasers', '1', 'Medium', new Date(Date.UTC(2024, 9, 30)), new Date(Date.UTC(2024, 7, 14))]);
  sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('E2').numFmt = 'dd/mm/yyyy';
  sheet.getRow(1).font = { bold: true };
  sheet.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  sheet.getColumn(1).width = 30;
  sheet.getColumn(4).width = 12;
  sheet.getColumn(5).width = 12;
}

describe('gridModel', () => {
  it('shows each cell as Excel displays it, with dates in dd/mm/yyyy and numbers right-aligned', async () => {
    const grid = await gridOf(actionsSheet);
    expect(grid.rows[1].slice(0, 5).map((cell) => [cell.text, cell.align])).toEqual([
      ['Firearms and Tasers', 'left'],
      ['1', 'left'],
      ['Medium', 'left'],
      ['30/10/2024', 'right'],
      ['14/08/2024', 'right'],
    ]);
  });

  it('keeps bold headers, fills and column widths', async () => {
    const grid = await gridOf(actionsSheet);
    expect(grid.rows[0][0]).toMatchObject({ text: 'Audit Name', bold: true, fill: '#D9E1F2' });
    expect(grid.rows[0][1]).toMatchObject({ bold: true, fill: undefined });
    expect(grid.columnWidths.slice(0, 2)).toEqual([215, 64]);
  });

  it('draws at least an empty screenful and grows to reach a selection far away', async () => {
    const grid = await gridOf(actionsSheet);
    expect([grid.rowCount, grid.columnCount]).toEqual([30, 10]);
    const reached = await gridOf(actionsSheet, { rows: 2000, columns: 12 });
    expect([reached.rowCount, reached.columnCount, reached.rows.length, reached.rows[1999].length]).toEqual([2000, 12, 2000, 12]);
  });

  it('lets left-aligned text spill into an empty neighbour, as a title does in Excel', async () => {
    const grid = await gridOf((sheet) => {
      sheet.getCell('A1').value = 'Joint Audit Committee: internal audit update';
      sheet.getCell('A2').value = 'Audit';
      sheet.getCell('B2').value = 'Status';
    });
    expect([grid.rows[0][0].spills, grid.rows[1][0].spills, grid.rows[1][1].spills]).toEqual([true, false, true]);
  });
});

describe('columnWidthPx', () => {
  it('uses Excel default width of 64 px when a column has none', () => {
    expect([columnWidthPx(undefined), columnWidthPx(10)]).toEqual([64, 75]);
  });
});

describe('gridModel with merged cells', () => {
  it('draws a merged area once, from its top-left cell, as Excel does', async () => {
    const grid = await gridOf((sheet) => {
      sheet.getCell('A3').value = 'The internal audit plan contains 16 audits.';
      sheet.mergeCells('A3:E3');
    });
    expect(grid.rows[2].slice(0, 6).map((cell) => [cell.text, cell.colSpan ?? 1, cell.covered ?? false])).toEqual([
      ['The internal audit plan contains 16 audits.', 5, false],
      ['', 1, true],
      ['', 1, true],
      ['', 1, true],
      ['', 1, true],
      ['', 1, false],
    ]);
  });
});

describe('numbers too wide for their column', () => {
  it('shows ### as Excel does, never a cut-off date, and keeps the value for the tooltip', async () => {
    const grid = await gridOf((sheet) => {
      sheet.getCell('A1').value = new Date(Date.UTC(2024, 5, 1));
      sheet.getCell('A1').numFmt = 'dd/mm/yyyy';
      sheet.getCell('B1').value = new Date(Date.UTC(2024, 5, 1));
      sheet.getCell('B1').numFmt = 'dd/mm/yyyy';
      sheet.getColumn(2).width = 12;
      sheet.getCell('C1').value = 'A long piece of text';
    });
    expect(grid.rows[0].slice(0, 3).map((cell) => [cell.text, cell.fullText])).toEqual([
      ['#######', '01/06/2024'],
      ['01/06/2024', undefined],
      ['A long piece of text', undefined],
    ]);
  });
});
