import { freeRanges } from './writeInCellValidation';
import { rewriteRules } from './writeRules';

const HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const DATA = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Audit Name</t></is></c></row></sheetData>';
const USER_FORMAT =
  '<conditionalFormatting sqref="A2:A20"><cfRule type="expression" dxfId="0" priority="1"><formula>LEN(A2)&gt;40</formula></cfRule></conditionalFormatting>';
const USER_LIST = '<dataValidation type="list" allowBlank="1" sqref="C3"><formula1>"Red,Amber"</formula1></dataValidation>';
const conditionalFormats = {
  range: 'A2:E8',
  overdueFormula: '=AND(N("jac")=0,$D2<TODAY())',
  dueSoonFormula: '=AND(N("jac")=0,$D2>=TODAY())',
  overdueDxf: 3,
  dueSoonDxf: 4,
};
const input = { conditionalFormats, inCellValidation: [], legacyFormulas: new Set<string>(), firstDateSerial: 1 };

describe('rewriteRules', () => {
  it("adds the add-in's rules after the user's, in schema order, below the user's in priority", () => {
    const xml = `${HEAD}${DATA}${USER_FORMAT}<pageMargins left="0.7"/></worksheet>`;
    const result = rewriteRules(xml, input);
    expect(result.xml).toBe(
      `${HEAD}${DATA}${USER_FORMAT}<conditionalFormatting sqref="A2:E8">` +
        '<cfRule type="expression" dxfId="3" priority="2" stopIfTrue="1"><formula>AND(N(&quot;jac&quot;)=0,$D2&lt;TODAY())</formula></cfRule>' +
        '<cfRule type="expression" dxfId="4" priority="3"><formula>AND(N(&quot;jac&quot;)=0,$D2&gt;=TODAY())</formula></cfRule>' +
        '</conditionalFormatting><pageMargins left="0.7"/></worksheet>',
    );
  });

  it("replaces its own rules on the next refresh, knowing them by the mark, and leaves the user's", () => {
    const once = rewriteRules(`${HEAD}${DATA}${USER_FORMAT}</worksheet>`, input).xml;
    const twice = rewriteRules(once, { ...input, conditionalFormats: { ...conditionalFormats, range: 'A2:E9' } }).xml;
    expect(twice.match(/<conditionalFormatting /g)).toHaveLength(2);
    expect(twice).toContain(USER_FORMAT);
    expect(twice).toContain('sqref="A2:E9"');
    expect(rewriteRules(twice, { ...input, conditionalFormats: null }).xml).toBe(`${HEAD}${DATA}${USER_FORMAT}</worksheet>`);
  });

  it('removes conditional formats a legacy record names by their exact formulas', () => {
    const legacy =
      '<conditionalFormatting sqref="A2:E8"><cfRule type="expression" priority="2"><formula>AND($E2="",$D2&lt;TODAY())</formula></cfRule></conditionalFormatting>';
    const result = rewriteRules(`${HEAD}${DATA}${USER_FORMAT}${legacy}</worksheet>`, {
      ...input,
      conditionalFormats: null,
      legacyFormulas: new Set(['AND($E2="",$D2<TODAY())']),
    });
    expect(result.xml).toBe(`${HEAD}${DATA}${USER_FORMAT}</worksheet>`);
  });

  it("adds warning-style validation where the user has none, skipping cells with the user's own rule", () => {
    const xml = `${HEAD}${DATA}<dataValidations count="1">${USER_LIST}</dataValidations><pageMargins left="0.7"/></worksheet>`;
    const result = rewriteRules(xml, {
      ...input,
      conditionalFormats: null,
      inCellValidation: [
        { range: 'C2:C4', list: ['High', 'Medium', 'Low'], message: 'Use High, Medium or Low.' },
        { range: 'D2:D4', list: null, message: 'Enter a date as dd/mm/yyyy.' },
      ],
    });
    expect(result.written).toEqual([['C2', 'C4'], ['D2:D4']]);
    expect(result.xml).toBe(
      `${HEAD}${DATA}<dataValidations count="3">${USER_LIST}` +
        '<dataValidation type="list" allowBlank="1" errorStyle="warning" showErrorMessage="1" errorTitle="JAC summary check" error="Use High, Medium or Low." sqref="C2 C4"><formula1>&quot;High,Medium,Low&quot;</formula1></dataValidation>' +
        '<dataValidation type="date" operator="greaterThanOrEqual" allowBlank="1" errorStyle="warning" showErrorMessage="1" errorTitle="JAC summary check" error="Enter a date as dd/mm/yyyy." sqref="D2:D4"><formula1>1</formula1></dataValidation>' +
        '</dataValidations><pageMargins left="0.7"/></worksheet>',
    );
    // Turned off later: only the add-in's rules go.
    expect(rewriteRules(result.xml, { ...input, conditionalFormats: null }).xml).toBe(xml);
  });

  it('says so, rather than writing, when a list is too long for Excel or the user already validates the column', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Status number ${i}`);
    const result = rewriteRules(`${HEAD}${DATA}<dataValidations count="1">${USER_LIST}</dataValidations></worksheet>`, {
      ...input,
      conditionalFormats: null,
      inCellValidation: [
        { range: 'B2:B4', list: long, message: 'Pick a status.' },
        { range: 'C3', list: ['High'], message: 'Use High.' },
      ],
    });
    expect(result.skipped.map((s) => s.reason)).toEqual(['list-too-long', 'user-rules']);
    expect(result.changed).toBe(false);
  });

  it('keeps a sheet written with a prefixed namespace in that prefix', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>';
    expect(rewriteRules(xml, input).xml).toMatch(/^<x:worksheet [^>]*><x:sheetData\/><x:conditionalFormatting sqref="A2:E8"><x:cfRule /);
  });
});

describe('freeRanges', () => {
  it('cuts the cells other rules cover out of a range, column by column', () => {
    expect(freeRanges({ top: 1, left: 2, bottom: 9, right: 3 }, [{ top: 3, left: 2, bottom: 4, right: 2 }])).toEqual(['C2:C3', 'C6:C10', 'D2:D10']);
    expect(freeRanges({ top: 1, left: 2, bottom: 9, right: 2 }, [{ top: 0, left: 0, bottom: 1048575, right: 5 }])).toEqual([]);
  });
});
