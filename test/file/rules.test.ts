import ExcelJS from 'exceljs';
import { applyDataValidation, VALIDATION_TITLE } from '../../src/file/dataValidation';
import { applyHighlighting, conditionalFormats } from '../../src/file/highlighting';
import { loadWorkbook, saveWorkbook } from '../../src/file/loadWorkbook';

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await saveWorkbook(wb));
}

const userRule: ExcelJS.ConditionalFormattingOptions = {
  ref: 'A2:A20',
  rules: [{ type: 'expression', priority: 1, formulae: ['LEN(A2)>40'], style: { font: { bold: true } } }],
};

describe('applyHighlighting', () => {
  it('adds red and amber rules after the user\'s own, and a second refresh replaces only its own', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.getCell('A1').value = 'Audit Name';
    ws.addConditionalFormatting(userRule);
    applyHighlighting(wb, { sheet: 'Actions', range: 'A2:E8', overdueFormula: '=AND($E2="",$D2<TODAY())', dueSoonFormula: 'AND($E2="",$D2>=TODAY(),$D2<=TODAY()+30)' });
    const first = await reload(wb);
    expect(conditionalFormats(first.getWorksheet('Actions')!)).toEqual([
      expect.objectContaining({ ref: 'A2:A20' }),
      {
        ref: 'A2:E8',
        rules: [
          expect.objectContaining({ type: 'expression', priority: 2, formulae: ['AND($E2="",$D2<TODAY())'] }),
          expect.objectContaining({ type: 'expression', priority: 3, formulae: ['AND($E2="",$D2>=TODAY(),$D2<=TODAY()+30)'] }),
        ],
      },
    ]);

    // The table grew, so the formulas and range change: the old rules must still be recognised and removed.
    applyHighlighting(first, { sheet: 'Actions', range: 'A2:E9', overdueFormula: 'AND($E2="",$D2<TODAY()-0)', dueSoonFormula: 'FALSE' });
    const second = await reload(first);
    const cfs = conditionalFormats(second.getWorksheet('Actions')!);
    expect(cfs.map((cf) => [cf.ref, cf.rules.map((r) => (r as { formulae: string[] }).formulae[0])])).toEqual([
      ['A2:A20', ['LEN(A2)>40']],
      ['A2:E9', ['AND($E2="",$D2<TODAY()-0)', 'FALSE']],
    ]);
  });

  it('still recognises its own rules by their exact formulas when the record of them was lost', async () => {
    const spec = { sheet: 'Actions', range: 'A2:E8', overdueFormula: '=AND($E2="",$D2<TODAY())', dueSoonFormula: '=FALSE' };
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Actions').addConditionalFormatting(userRule);
    applyHighlighting(wb, spec);
    wb.removeWorksheet(wb.getWorksheet('JAC Settings')!.id);
    const reloaded = await reload(wb);
    applyHighlighting(reloaded, spec);
    expect(conditionalFormats(reloaded.getWorksheet('Actions')!).map((cf) => cf.ref)).toEqual(['A2:A20', 'A2:E8']);
  });

  it('removes its rules and keeps the user\'s when there is no actions table any more', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Actions').addConditionalFormatting(userRule);
    applyHighlighting(wb, { sheet: 'Actions', range: 'A2:E8', overdueFormula: 'X', dueSoonFormula: 'Y' });
    const reloaded = await reload(wb);
    applyHighlighting(reloaded, null);
    expect(conditionalFormats(reloaded.getWorksheet('Actions')!).map((cf) => cf.ref)).toEqual(['A2:A20']);
  });
});

describe('applyDataValidation', () => {
  it('adds warning-style lists and date rules, skips cells with the user\'s own rule, and replaces only its own later', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Audit Actions');
    ws.getCell('C3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Red,Amber"'] };
    applyDataValidation(wb, [
      { sheet: 'Audit Actions', range: 'C2:C4', list: ['High', 'Medium', 'Low'], message: 'Use High, Medium or Low.' },
      { sheet: 'Audit Actions', range: 'D2:D4', list: null, message: 'Enter a date as dd/mm/yyyy.' },
    ]);
    const reloaded = await reload(wb);
    const sheet = reloaded.getWorksheet('Audit Actions')!;
    expect(sheet.getCell('C2').dataValidation).toEqual({
      type: 'list',
      allowBlank: true,
      formulae: ['"High,Medium,Low"'],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: VALIDATION_TITLE,
      error: 'Use High, Medium or Low.',
    });
    expect(sheet.getCell('C3').dataValidation).toEqual({ type: 'list', allowBlank: true, formulae: ['"Red,Amber"'] });
    expect(sheet.getCell('C4').dataValidation).toMatchObject({ errorTitle: VALIDATION_TITLE });
    expect(sheet.getCell('D4').dataValidation).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual', errorStyle: 'warning' });

    applyDataValidation(reloaded, []);
    const cleared = await reload(reloaded);
    const after = cleared.getWorksheet('Audit Actions')!;
    expect(after.getCell('C2').dataValidation).toBeUndefined();
    expect(after.getCell('D4').dataValidation).toBeUndefined();
    expect(after.getCell('C3').dataValidation).toEqual({ type: 'list', allowBlank: true, formulae: ['"Red,Amber"'] });
  });

  it('puts a list too long to write inline on the settings sheet and points the rule at it', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `Status number ${i + 1} of the plan`);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan');
    applyDataValidation(wb, [{ sheet: 'Plan', range: 'C2:C20', list: words, message: 'Pick a known status.' }]);
    const reloaded = await reload(wb);
    expect(reloaded.getWorksheet('Plan')!.getCell('C5').dataValidation.formulae).toEqual(["'JAC Settings'!$A$10:$A$39"]);
    const settings = reloaded.getWorksheet('JAC Settings')!;
    expect(settings.state).toBe('veryHidden');
    expect(settings.getCell('A10').value).toBe('Status number 1 of the plan');
    expect(settings.getCell('A39').value).toBe('Status number 30 of the plan');
  });
});
