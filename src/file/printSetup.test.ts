/**
 * The summary sheet prints as the layout says in the copy the file shell writes: A4 in the layout's orientation,
 * one page wide, Excel's Normal margins, a manual break above each row the layout starts a page with, and the
 * print area and title rows as the built-in defined names local to the summary. The user's own defined names,
 * including other sheets' print areas, are left exactly as they were.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import { layoutSummary } from '../core/layoutSummary';
import type { LayoutPrint, SummaryLayout } from '../core/types';
import { FileHost } from './FileHost';
import { Package } from './ooxml/Package';
import { readWorkbookPart } from './ooxml/workbookPart';
import { setPrintNames } from './write/printNames';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { excelJsBytes, excelJsRead, partText } from '@test/file/packageParts';
import { childNames, find, findAll, parseXml } from '@test/file/xmlTree';
import { ROOT } from '@test/paths';

const LAYOUT = layoutSummary(seedSummaryWithOverdue());
const RESULTS = {
  tables: { plan: null, actions: null },
  inCellValidation: false,
  lastRefresh: { asOf: '2024-08-15', tablesFound: { plan: true, actions: true } },
};
const CORPUS = path.resolve(ROOT, 'test/fixtures/fidelity');

async function refreshed(bytes: Uint8Array, layout: SummaryLayout = LAYOUT, times = 1): Promise<Uint8Array> {
  const host = await FileHost.open(bytes);
  for (let i = 0; i < times; i++) await host.writeResults({ layout, ...RESULTS });
  return host.save();
}

/** The workbook's defined names as [name, localSheetId, formula]. */
function definedNames(bytes: Uint8Array): (string | undefined)[][] {
  return findAll(parseXml(partText(bytes, 'xl/workbook.xml')), 'definedName').map((n) => [n.attributes.name, n.attributes.localSheetId, n.text]);
}

describe('the summary sheet’s page setup', () => {
  let sheet: ReturnType<typeof parseXml>;

  beforeAll(async () => {
    const copy = await refreshed(new Uint8Array(await fs.readFile(path.join(CORPUS, 'excel-mac-two-sheets.xlsx'))));
    sheet = parseXml(partText(copy, 'xl/worksheets/sheet3.xml'));
  });

  it('puts the print elements where the worksheet schema has them, around the cells and before the drawing', () => {
    expect(childNames(sheet)).toEqual([
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'mergeCells',
      'pageMargins',
      'pageSetup',
      'rowBreaks',
      'drawing',
    ]);
  });

  it('fits the sheet to one page wide and as many tall as it takes, on A4 landscape, with Excel’s Normal margins', () => {
    expect(find(find(sheet, 'sheetPr'), 'pageSetUpPr').attributes).toEqual({ fitToPage: '1' });
    expect(find(sheet, 'pageSetup').attributes).toEqual({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(find(sheet, 'pageMargins').attributes).toEqual({ left: '0.7', right: '0.7', top: '0.75', bottom: '0.75', header: '0.3', footer: '0.3' });
  });

  it('breaks the page above the action tables (row 33) and above the charts (row 53), as the layout says', () => {
    expect(LAYOUT.print!.breaks).toEqual([32, 52]);
    const breaks = find(sheet, 'rowBreaks');
    expect([breaks.attributes.count, breaks.attributes.manualBreakCount]).toEqual(['2', '2']);
    expect(findAll(breaks, 'brk').map((brk) => brk.attributes)).toEqual([
      { id: '32', max: '16383', man: '1' },
      { id: '52', max: '16383', man: '1' },
    ]);
  });

  it('writes no row breaks for a summary that fits its pages without them', async () => {
    const print: LayoutPrint = { ...LAYOUT.print!, breaks: [] };
    const copy = await refreshed(new Uint8Array(await fs.readFile(path.join(CORPUS, 'excel-mac-two-sheets.xlsx'))), { ...LAYOUT, print });
    expect(childNames(parseXml(partText(copy, 'xl/worksheets/sheet3.xml')))).not.toContain('rowBreaks');
  });
});

describe('the print area and print titles', () => {
  it('are defined names local to the summary (the third sheet), placed after the sheets and before calcPr', async () => {
    const copy = await refreshed(new Uint8Array(await fs.readFile(path.join(CORPUS, 'excel-mac-two-sheets.xlsx'))));
    expect(definedNames(copy)).toEqual([
      ['_xlnm.Print_Area', '2', "'JAC Summary'!$A$1:$E$81"],
      ['_xlnm.Print_Titles', '2', "'JAC Summary'!$1:$2"],
    ]);
    const children = childNames(parseXml(partText(copy, 'xl/workbook.xml')));
    expect(children.slice(children.indexOf('sheets'), children.indexOf('sheets') + 3)).toEqual(['sheets', 'definedNames', 'calcPr']);
  });

  it('leave the user’s defined names and the print areas of their own sheets exactly as written, and are not repeated by a second refresh', async () => {
    const original = await excelJsBytes((w) => {
      const actions = w.addWorksheet('Audit Actions');
      actions.getCell('A1').value = 'Audit Name';
      actions.pageSetup.printArea = 'A1:E8';
      w.definedNames.add("'Audit Actions'!$A$2:$A$8", 'AuditNames');
    });
    const before = partText(original, 'xl/workbook.xml');
    const userNames = before.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g)!;
    expect(userNames).toHaveLength(2);
    const copy = await refreshed(original, LAYOUT, 2);
    const after = partText(copy, 'xl/workbook.xml');
    for (const name of userNames) expect(after).toContain(name);
    expect(definedNames(copy)).toEqual([
      ['AuditNames', undefined, "'Audit Actions'!$A$2:$A$8"],
      ['_xlnm.Print_Area', '0', "'Audit Actions'!$A1:$E8"], // as ExcelJS wrote it
      ['_xlnm.Print_Area', '1', "'JAC Summary'!$A$1:$E$81"],
      ['_xlnm.Print_Titles', '1', "'JAC Summary'!$1:$2"],
    ]);
  });

  it('follow the summary to its new position when a legacy settings sheet before it is retired', async () => {
    const original = await excelJsBytes((w) => {
      w.addWorksheet('Audit Actions');
      w.addWorksheet('JAC Settings', { state: 'veryHidden' }).getCell('B2').value = '{}';
      const summary = w.addWorksheet('JAC Summary');
      summary.getCell('A1').value = 'An older summary';
      summary.pageSetup.printArea = 'A1:C10';
    });
    expect(definedNames(original)).toEqual([['_xlnm.Print_Area', '2', "'JAC Summary'!$A1:$C10"]]);
    const copy = await refreshed(original);
    const workbook = await excelJsRead(copy);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Audit Actions', 'JAC Summary', 'JAC Data']);
    expect(definedNames(copy)).toEqual([
      ['_xlnm.Print_Area', '1', "'JAC Summary'!$A$1:$E$81"],
      ['_xlnm.Print_Titles', '1', "'JAC Summary'!$1:$2"],
    ]);
  });

  it('are read back by ExcelJS as the summary’s print area, title rows and fit to one page wide', async () => {
    const copy = await refreshed(new Uint8Array(await fs.readFile(path.join(CORPUS, 'excel-mac-two-sheets.xlsx'))));
    const setup = (await excelJsRead(copy)).getWorksheet('JAC Summary')!.pageSetup;
    expect([setup.printArea, setup.printTitlesRow, setup.fitToPage, setup.fitToWidth, setup.fitToHeight, setup.paperSize, setup.orientation]).toEqual(
      ['A1:E81', '1:2', true, 1, 0, 9, 'landscape'],
    );
  });
});

describe('setPrintNames on workbook parts as other tools write them', () => {
  const print = LAYOUT.print!;

  function workbookPackage(xml: string): Package {
    return Package.open(zipSync({ 'xl/workbook.xml': strToU8(xml) }));
  }

  function namesAfter(xml: string, index = 1): string {
    const pkg = workbookPackage(xml);
    setPrintNames(pkg, readWorkbookPart(pkg), index, 'JAC Summary', print);
    return pkg.text('xl/workbook.xml');
  }

  const OURS = `<definedName name="_xlnm.Print_Area" localSheetId="1">'JAC Summary'!$A$1:$E$81</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">'JAC Summary'!$1:$2</definedName>`;
  const SHEETS = '<sheets><sheet name="Actions" sheetId="1" r:id="rId1"/><sheet name="JAC Summary" sheetId="2" r:id="rId2"/></sheets>';
  const ROOT =
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

  it('fills an empty <definedNames/> element', () => {
    expect(namesAfter(`${ROOT}${SHEETS}<definedNames/><calcPr calcId="191029"/></workbook>`)).toBe(
      `${ROOT}${SHEETS}<definedNames>${OURS}</definedNames><calcPr calcId="191029"/></workbook>`,
    );
  });

  it('writes its names with the workbook’s own prefix (<x:workbook>, as the Open XML SDK writes)', () => {
    const xml = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${SHEETS.replace(/<(\/?)(sheets?)\b/g, '<$1x:$2')}</x:workbook>`;
    const after = namesAfter(xml);
    expect(after).toContain(`<x:definedNames>${OURS.replace(/<(\/?)definedName\b/g, '<$1x:definedName')}</x:definedNames></x:workbook>`);
  });

  it('replaces names that differ only in case (Excel compares names without regard to case), and only those local to the summary', () => {
    const names = `<definedNames><definedName name="_XLNM.PRINT_AREA" localSheetId="1">'JAC Summary'!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Actions!$1:$1</definedName></definedNames>`;
    expect(namesAfter(`${ROOT}${SHEETS}${names}</workbook>`)).toBe(
      `${ROOT}${SHEETS}<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Actions!$1:$1</definedName>${OURS}</definedNames></workbook>`,
    );
  });

  it('removes its names, and the list it alone filled, when the layout has no print setup', () => {
    const pkg = workbookPackage(`${ROOT}${SHEETS}<definedNames>${OURS}</definedNames></workbook>`);
    setPrintNames(pkg, readWorkbookPart(pkg), 1, 'JAC Summary', undefined);
    expect(pkg.text('xl/workbook.xml')).toBe(`${ROOT}${SHEETS}</workbook>`);
  });
});
