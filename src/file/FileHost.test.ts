import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { ActionField, LocatedTable, PlanField, SummaryLayout } from '../core/types';
import { FileHost, type FileHostEvent } from './FileHost';
import { WorkbookFile } from './ooxml/WorkbookFile';
import type { CellsChange } from '../host/WorkbookHost';
import { changedParts, excelJsRead, partText, WORKBOOK_LISTS } from '@test/file/packageParts';
import { ROOT } from '@test/paths';

const LAST_REFRESH = { asOf: '2024-10-31', tablesFound: { plan: true, actions: true } };

const MESSY = path.resolve(ROOT, 'test/fixtures/messy-tracker.xlsx');

const actions: LocatedTable<ActionField> = {
  kind: 'actions',
  sheet: 'Action Tracker',
  tableName: 'ActionTracker',
  headerRow: 2,
  firstRow: 3,
  lastRow: 13,
  firstColumn: 0,
  lastColumn: 5,
  columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3, revisedDeadline: 4, signoff: 5 },
  headers: { risk: 'Risk' },
};
const plan: LocatedTable<PlanField> = {
  kind: 'plan',
  sheet: 'Plan 2024-25',
  tableName: null,
  headerRow: 2,
  firstRow: 3,
  lastRow: 11,
  firstColumn: 0,
  lastColumn: 3,
  columns: { audit: 0, plannedStart: 1, status: 2, opinion: 3 },
  headers: { status: 'Status' },
};
const layout: SummaryLayout = {
  sheetName: 'JAC Summary',
  blocks: [],
  values: [['Joint Audit Committee summary'], ["=cmd|' /C calc'!A0"], ['-1 overdue'], ['@risk']],
  numberFormats: [['@'], ['@'], ['@'], ['@']],
  columnWidths: [40],
  regions: [{ style: 'title', top: 0, left: 0, bottom: 0, right: 0 }],
};

async function messyBytes(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(MESSY));
}

async function messyHost(): Promise<FileHost> {
  return FileHost.open(await messyBytes(), { kind: 'Preview', limitations: ['Formulas are not calculated in the preview.'] });
}

describe('FileHost', () => {
  it("reads the user's sheets, not its own", async () => {
    const host = await messyHost();
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: true, lastRefresh: LAST_REFRESH });
    const cells = await host.readWorkbook();
    expect(cells.sheets.map((s) => s.name)).toEqual(['Plan 2024-25', 'Action Tracker']);
    expect(cells.sheets[1].values[3]).toEqual(['Payroll', 1, 'High', 45473, '', '']);
    expect(cells.stored?.lastRefresh).toEqual(LAST_REFRESH);
  });

  it('writes the summary, rules and settings, leaving every part it does not own byte for byte as it was', async () => {
    const original = await messyBytes();
    const host = await FileHost.open(original);
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: true, lastRefresh: LAST_REFRESH });
    await host.saveSettings({ since: '2024-07-24', asOf: null, dataValidation: true, checkWhileEditing: false, actions: { table: 'ActionTracker' } });
    // Twice, as a person refreshing again would: the second refresh must replace, not add.
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: true, lastRefresh: LAST_REFRESH });
    const saved = await host.save();

    // Only the workbook's lists and styles, and the two sheets given rules, may differ; nothing is lost.
    expect(changedParts(original, saved, [...WORKBOOK_LISTS, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])).toEqual([]);
    const reread = WorkbookFile.open(saved);
    expect(reread.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Plan 2024-25', 'visible'],
      ['Action Tracker', 'visible'],
      ['JAC Summary', 'visible'],
      ['JAC Data', 'veryHidden'],
    ]);
    expect(reread.cells().sheets).toEqual(WorkbookFile.open(original).cells().sheets);
    const summary = reread.cells({ includeOwnSheets: true }).sheets[2];
    expect(summary.values).toEqual([['Joint Audit Committee summary'], ["=cmd|' /C calc'!A0"], ['-1 overdue'], ['@risk']]);
    // Text is written as text, never a formula, in the summary.
    expect(partText(saved, 'xl/worksheets/sheet3.xml')).not.toContain('<f>');

    // A second reader sees the same: ExcelJS opens the copy, with the add-in's rules on the user's sheets.
    const excel = await excelJsRead(saved);
    expect(excel.getWorksheet('JAC Summary')!.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    const formats = (
      excel.getWorksheet('Action Tracker') as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules.map((r) => r.formulae[0])])).toEqual([
      [
        'A4:F14',
        [
          'AND(N("jac")=0,LEN(TRIM($F4))=0,ISNUMBER(IF(ISNUMBER($E4),$E4,$D4)),IF(ISNUMBER($E4),$E4,$D4)<TODAY())',
          'AND(N("jac")=0,LEN(TRIM($F4))=0,ISNUMBER(IF(ISNUMBER($E4),$E4,$D4)),IF(ISNUMBER($E4),$E4,$D4)>=TODAY(),IF(ISNUMBER($E4),$E4,$D4)<=TODAY()+30)',
        ],
      ],
    ]);
    expect(excel.getWorksheet('Action Tracker')!.getCell('C5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"High,Medium,Low"'],
      errorStyle: 'warning',
    });
    expect(excel.getWorksheet('Plan 2024-25')!.getCell('C4').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });

    const reopened = await FileHost.open(saved);
    expect(await reopened.loadSettings()).toEqual({
      since: '2024-07-24',
      asOf: null,
      dataValidation: true,
      checkWhileEditing: false,
      actions: { table: 'ActionTracker' },
    });
    expect((await reopened.readWorkbook()).stored?.owned).toEqual({
      highlights: [{ sheet: 'Action Tracker', range: 'A4:F14' }],
      validation: [
        { sheet: 'Plan 2024-25', table: null, header: 'Status', range: 'C4:C12' },
        { sheet: 'Action Tracker', table: 'ActionTracker', header: 'Risk', range: 'C4:C14' },
        { sheet: 'Action Tracker', table: 'ActionTracker', header: 'deadline', range: 'D4:D14' },
        { sheet: 'Action Tracker', table: 'ActionTracker', header: 'revisedDeadline', range: 'E4:E14' },
        { sheet: 'Action Tracker', table: 'ActionTracker', header: 'signoff', range: 'F4:F14' },
      ],
    });
  });

  it('records each revised-date column’s rule under its own header (regression: both were recorded under the first one’s)', async () => {
    const host = await messyHost();
    const twoRevised: LocatedTable<ActionField> = {
      ...actions,
      columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3, revisedDeadline: 4 },
      headers: { risk: 'Risk', deadline: 'Deadline', revisedDeadline: 'Revised deadline' },
      repeated: { revisedDeadline: [4, 5] },
      repeatedHeaders: { revisedDeadline: ['Revised deadline', 'Second revised deadline'] },
    };
    await host.writeResults({ layout, tables: { plan: null, actions: twoRevised }, inCellValidation: true, lastRefresh: LAST_REFRESH });
    const reopened = await FileHost.open(await host.save());
    expect((await reopened.readWorkbook()).stored?.owned.validation.map((rule) => [rule.range, rule.header])).toEqual([
      ['C4:C14', 'Risk'],
      ['D4:D14', 'Deadline'],
      ['E4:E14', 'Revised deadline'],
      ['F4:F14', 'Second revised deadline'],
    ]);
  });

  it('leaves a column’s own data validation alone and says so in the same words as the Excel add-in', async () => {
    const excel = await excelJsRead(await messyBytes());
    const sheet = excel.getWorksheet('Action Tracker')!;
    for (let row = 4; row <= 14; row += 1) {
      sheet.getCell(`C${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Red,Amber,Green"'], errorTitle: 'Risk' };
    }
    const host = await FileHost.open(new Uint8Array(await excel.xlsx.writeBuffer()), { kind: 'Preview', limitations: [] });
    const report = await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: true, lastRefresh: LAST_REFRESH });
    expect(report.notes).toEqual([
      'The “Risk” column on “Action Tracker” already has in-cell checks of its own, so the add-in left them as they are.',
    ]);
    const saved = await excelJsRead(await host.save());
    expect(saved.getWorksheet('Action Tracker')!.getCell('C5').dataValidation).toMatchObject({ formulae: ['"Red,Amber,Green"'], errorTitle: 'Risk' });
  });

  it('leaves out data validation when the settings turn it off, removing what it added before', async () => {
    const host = await messyHost();
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: true, lastRefresh: LAST_REFRESH });
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: false, lastRefresh: LAST_REFRESH });
    const saved = await excelJsRead(await host.save());
    expect(saved.getWorksheet('Action Tracker')!.getCell('C5').dataValidation).toBeUndefined();
  });

  it('puts the package back as it was when a write fails part-way, so the previous summary stays', async () => {
    const host = await messyHost();
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: false, lastRefresh: LAST_REFRESH });
    const before = await host.save();
    const broken = { ...layout, values: null as never };
    await expect(
      host.writeResults({ layout: broken, tables: { plan, actions }, inCellValidation: true, lastRefresh: LAST_REFRESH }),
    ).rejects.toMatchObject({
      name: 'HostError',
      code: 'unknown',
    });
    expect(changedParts(before, await host.save(), [])).toEqual([]);
  });

  it('stores an edit as a UK Excel would and tells onCellsChanged listeners, but not for its own writes', async () => {
    const host = await messyHost();
    const changes: CellsChange[] = [];
    const events: FileHostEvent['type'][] = [];
    const unsubscribe = await host.onCellsChanged((change) => changes.push(change));
    host.subscribe((event) => events.push(event.type));

    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: false, lastRefresh: LAST_REFRESH });
    host.editCell("'Action Tracker'!D7", '28/02/2024');
    host.editCell({ sheet: 'Action Tracker', row: 4, column: 2 }, 'Medium');
    await unsubscribe();
    host.editCell("'Action Tracker'!D8", '31/10/2024');
    host.editCell("'Action Tracker'!H30", '=SUM(A1:A3)');

    expect(changes).toEqual([
      { sheet: 'Action Tracker', top: 6, left: 3, bottom: 6, right: 3, values: [[45350]] },
      { sheet: 'Action Tracker', top: 4, left: 2, bottom: 4, right: 2, values: [['Medium']] },
    ]);
    expect(events).toEqual(['workbook-written', 'cells-changed', 'cells-changed', 'cells-changed', 'cells-changed']);
    const cells = await host.readWorkbook();
    expect(cells.sheets[1].values[6][3]).toBe(45350);
    expect(cells.sheets[1].numberFormats![6][3]).toBe('dd/mm/yyyy');
    expect(cells.sheets[1].values[7][3]).toBe(45596);

    // The edits are in the saved file, as another reader sees it; the typed formula stays text.
    const saved = await excelJsRead(await host.save());
    const sheet = saved.getWorksheet('Action Tracker')!;
    expect([sheet.getCell('D7').value, sheet.getCell('D7').numFmt]).toEqual([new Date(Date.UTC(2024, 1, 28)), 'dd/mm/yyyy']);
    expect([sheet.getCell('C5').value, sheet.getCell('H30').value, sheet.getCell('H30').type]).toEqual([
      'Medium',
      '=SUM(A1:A3)',
      ExcelJS.ValueType.String,
    ]);
  });

  it("selects a finding's cell and brings its sheet to the front, and shows the summary", async () => {
    const host = await messyHost();
    const events: FileHostEvent[] = [];
    host.subscribe((event) => events.push(event));
    expect(host.activeSheet).toBe('Plan 2024-25');
    await host.selectCell("'Action Tracker'!$D$7");
    expect(host.selection).toEqual({ sheet: 'Action Tracker', row: 6, column: 3, address: "'Action Tracker'!D7" });
    expect(host.activeSheet).toBe('Action Tracker');
    await expect(host.showSummary()).rejects.toMatchObject({
      code: 'table-not-found',
      message: 'There is no summary sheet yet. Select Refresh summary to create it.',
    });
    await host.writeResults({ layout, tables: { plan, actions }, inCellValidation: false, lastRefresh: LAST_REFRESH });
    await host.showSummary();
    expect(host.activeSheet).toBe('JAC Summary');
    expect(events.filter((e) => e.type === 'selection-changed')).toHaveLength(2);
  });

  it('says which sheet is missing when a cell cannot be selected, and reports its limitations', async () => {
    const host = await messyHost();
    await expect(host.selectCell('Gone!A1')).rejects.toMatchObject({
      code: 'table-not-found',
      message: 'The sheet Gone is not in this workbook any more.',
    });
    await expect(host.selectCell('not an address')).rejects.toMatchObject({ code: 'unknown' });
    expect(await host.limitations()).toEqual(['Formulas are not calculated in the preview.']);
    expect(host.kind).toBe('Preview');
    expect(await host.loadSettings()).toBeNull();
  });

  it('opens another workbook in place, keeping its listeners', async () => {
    const host = await messyHost();
    const events: FileHostEvent['type'][] = [];
    host.subscribe((event) => events.push(event.type));
    await host.open(await fs.readFile(path.resolve(ROOT, 'assets/sample/jac-tracker-sample.xlsx')));
    expect(events).toEqual(['workbook-opened']);
    expect(host.activeSheet).toBe('Audit Plan');
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toEqual(['Audit Plan', 'Audit Actions']);
  });
});
