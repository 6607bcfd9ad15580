import ExcelJS from 'exceljs';
import { loadWorkbook, saveWorkbook } from '../../src/file/loadWorkbook';
import { shareEmptyStyles } from '../../src/file/shareEmptyStyles';

/** A tracker-like sheet: unstyled text and numbers, an unstyled date, a bold cell and a dated cell with its format. */
function build(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Actions');
  sheet.getCell('A1').value = 'Audit Name';
  sheet.getCell('A1').font = { bold: true };
  sheet.getCell('A2').value = 'Payroll';
  sheet.getCell('B2').value = 3;
  sheet.getCell('C2').value = new Date(Date.UTC(2024, 9, 30));
  sheet.getCell('D2').value = 45595;
  sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('E2').value = { formula: 'D2+1', result: new Date(Date.UTC(2024, 9, 31)) };
  return workbook;
}

/** What a person would see of each cell after the file is opened again. */
async function reopened(workbook: ExcelJS.Workbook) {
  const sheet = (await loadWorkbook(await saveWorkbook(workbook))).getWorksheet('Actions')!;
  return ['A1', 'A2', 'B2', 'C2', 'D2', 'E2'].map((address) => {
    const cell = sheet.getCell(address);
    return [address, cell.type, cell.numFmt ?? null, cell.font?.bold ?? null];
  });
}

describe('shareEmptyStyles', () => {
  test('unstyled cells and rows share one frozen style; dates and styled cells keep their own', () => {
    const workbook = build();
    shareEmptyStyles(workbook);
    const sheet = workbook.getWorksheet('Actions')!;
    const shared = sheet.getCell('A2').style;
    expect(Object.isFrozen(shared)).toBe(true);
    expect(sheet.getCell('B2').style).toBe(shared);
    expect((sheet.getRow(2) as unknown as { style: unknown }).style).toBe(shared);
    expect(sheet.getCell('C2').style).not.toBe(shared);
    expect(sheet.getCell('E2').style).not.toBe(shared);
    expect(sheet.getCell('A1').style).toEqual({ font: { bold: true } });
  });

  test('the saved file reads back exactly as it does without sharing', async () => {
    const shared = build();
    shareEmptyStyles(shared);
    expect(await reopened(shared)).toEqual(await reopened(build()));
    expect(await reopened(shared)).toEqual([
      ['A1', ExcelJS.ValueType.String, null, true],
      ['A2', ExcelJS.ValueType.String, null, null],
      ['B2', ExcelJS.ValueType.Number, null, null],
      ['C2', ExcelJS.ValueType.Date, 'mm-dd-yy', null],
      ['D2', ExcelJS.ValueType.Date, 'dd/mm/yyyy', null],
      ['E2', ExcelJS.ValueType.Formula, 'mm-dd-yy', null],
    ]);
  });

  test('a later change to a shared style throws instead of restyling every cell', () => {
    const workbook = build();
    shareEmptyStyles(workbook);
    expect(() => {
      workbook.getWorksheet('Actions')!.getCell('A2').numFmt = '0.00';
    }).toThrow(TypeError);
  });
});
