import ExcelJS from 'exceljs';
import { hasTodayRules } from './highlights';

function sheetWithRule(ref: string, formula: string): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet('Actions');
  sheet.addConditionalFormatting({ ref, rules: [{ type: 'expression', priority: 1, formulae: [formula], style: {} }] });
  return sheet;
}

describe('hasTodayRules', () => {
  it('finds a TODAY() rule over the table data rows', () => {
    expect(hasTodayRules(sheetWithRule('A2:E8', 'AND($E2="",$D2<TODAY())'), 1, 7)).toBe(true);
  });

  it('ignores rules that do not use TODAY() or lie outside the table', () => {
    expect(hasTodayRules(sheetWithRule('A2:E8', '$C2="High"'), 1, 7)).toBe(false);
    expect(hasTodayRules(sheetWithRule('A20:E28', 'AND($E20="",$D20<TODAY())'), 1, 7)).toBe(false);
  });

  it('sees nothing on a sheet without conditional formats', () => {
    expect(hasTodayRules(new ExcelJS.Workbook().addWorksheet('Actions'), 1, 7)).toBe(false);
  });
});
