import type { SummaryLayout, WorkbookCells } from '../../src/core/types';
import { readWorkbookCells } from '../../src/excel/readWorkbookCells';
import { writeResults, type WritePlan } from '../../src/excel/writeResults';
import { makeSeedWorkbook } from '../fixtures/seedTables';
import { WorkbookMock, type MockOptions, type Recorded } from './workbookMock';

const LAYOUT: SummaryLayout = {
  sheetName: 'JAC Summary',
  values: [
    ['Joint Audit Committee: audit update', null],
    ['Audit', 'Deadline'],
    ['=HYPERLINK("http://example.com")', 45595],
  ],
  numberFormats: [
    ['@', 'General'],
    ['@', '@'],
    ['@', 'dd/mm/yyyy'],
  ],
  columnWidths: [30, 12],
  regions: [
    { style: 'title', top: 0, left: 0, bottom: 0, right: 1 },
    { style: 'header', top: 1, left: 0, bottom: 1, right: 1 },
    { style: 'overdue', top: 2, left: 0, bottom: 2, right: 1 },
  ],
};

const OVERDUE = '=AND(LEN(TRIM($E2))=0,ISNUMBER($D2),$D2<TODAY())';
const DUE_SOON = '=AND(LEN(TRIM($E2))=0,ISNUMBER($D2),$D2>=TODAY(),$D2<=TODAY()+30)';

const PLAN: WritePlan = {
  layout: LAYOUT,
  highlight: { sheet: 'Audit Actions', range: 'A2:E8', overdueFormula: OVERDUE, dueSoonFormula: DUE_SOON },
  validation: [
    { sheet: 'Audit Actions', range: 'C2:C8', list: ['High', 'Medium', 'Low'], message: 'Risk is usually High, Medium or Low.' },
    { sheet: 'Audit Actions', range: 'D2:D8', list: null, message: 'Enter a date as dd/mm/yyyy.' },
  ],
};

function withOldSummary(): WorkbookCells {
  const workbook = makeSeedWorkbook();
  workbook.sheets.splice(1, 0, { name: 'JAC Summary', originRow: 0, originColumn: 0, values: [['Old']], numberFormats: [['@']], tables: [] });
  return workbook;
}

async function readThenWrite(workbook: WorkbookCells, plan: WritePlan, options: MockOptions = {}) {
  const mock = new WorkbookMock(workbook, options);
  const { state } = await readWorkbookCells(mock.context, { dataValidation: true });
  const readRecords = mock.records.length;
  const outcome = await writeResults(mock.context, plan, state);
  return { mock, outcome, writes: mock.records.slice(readRecords) };
}

const summarise = (records: Recorded[]) => records.map((r) => `${r.sheet ?? '-'} | ${r.target} | ${r.kind} ${r.name} ${JSON.stringify(r.value)}`);

describe('writeResults', () => {
  it('writes everything in one sync', async () => {
    const { mock } = await readThenWrite(withOldSummary(), PLAN);
    expect(mock.syncCount).toBe(3);
  });

  it('builds the new summary on a new sheet, text formats before values, and replaces the old one only at the end', async () => {
    const { writes } = await readThenWrite(withOldSummary(), PLAN);
    const grid = writes.filter((r) => r.target === 'range A1:B3');
    expect(summarise(grid.filter((r) => r.name === 'numberFormat' || r.name === 'values'))).toEqual([
      'JAC Summary (new) | range A1:B3 | set numberFormat [["@","General"],["@","@"],["@","dd/mm/yyyy"]]',
      'JAC Summary (new) | range A1:B3 | set values [["Joint Audit Committee: audit update",""],["Audit","Deadline"],["=HYPERLINK(\\"http://example.com\\")",45595]]',
    ]);
    const sheetLevel = summarise(writes.filter((r) => r.target === 'sheet' || r.target === 'worksheets'));
    expect(sheetLevel).toEqual([
      '- | worksheets | call add ["JAC Summary (new)"]',
      'JAC Summary | sheet | call delete []',
      'JAC Summary (new) | sheet | set name "JAC Summary"',
      'JAC Summary | sheet | set position 1',
    ]);
    const lastBuild = Math.max(...writes.map((r, i) => (r.addinSheet && r.target !== 'sheet' ? i : -1)));
    const deleteOld = writes.findIndex((r) => r.kind === 'call' && r.name === 'delete' && r.target === 'sheet');
    expect(deleteOld).toBeGreaterThan(lastBuild);
  });

  it('styles the summary: bold headers with borders, overdue rows red, column widths in points', async () => {
    const { writes } = await readThenWrite(withOldSummary(), PLAN);
    const on = (target: string) => summarise(writes.filter((r) => r.target === target));
    expect(on('range A2:B2 format.font')).toEqual(['JAC Summary (new) | range A2:B2 format.font | set bold true']);
    expect(on('range A3:B3 format.fill')).toEqual(['JAC Summary (new) | range A3:B3 format.fill | set color "#FFC7CE"']);
    expect(on('range A2:B2 format.borders.getItem(EdgeTop)')).toEqual([
      'JAC Summary (new) | range A2:B2 format.borders.getItem(EdgeTop) | set style "Continuous"',
      'JAC Summary (new) | range A2:B2 format.borders.getItem(EdgeTop) | set weight "Thin"',
      'JAC Summary (new) | range A2:B2 format.borders.getItem(EdgeTop) | set color "#A6A6A6"',
    ]);
    expect(on('range A:A format')).toEqual(['JAC Summary (new) | range A:A format | set columnWidth 161']);
  });

  it('changes nothing the user owns except the add-in’s own highlighting, validation and record', async () => {
    const { writes } = await readThenWrite(withOldSummary(), PLAN, {
      conditionalFormats: [
        { sheet: 'Audit Actions', id: '{user}', type: 'Custom', formula: '=$C2="High"' },
        { sheet: 'Audit Actions', id: '{ours}', type: 'Custom', formula: '= AND(len(trim($E2))=0, ISNUMBER($D2), $D2<TODAY())' },
      ],
    });
    const outside = writes.filter((r) => !r.addinSheet);
    expect(outside.filter((r) => ['values', 'numberFormat', 'formulas'].includes(r.name))).toEqual([]);
    expect([...new Set(outside.map((r) => `${r.sheet ?? '-'} | ${r.target}`))]).toEqual([
      '- | worksheets',
      'JAC Summary | sheet',
      'Audit Actions | conditionalFormat {ours}',
      'Audit Actions | range A2:E8 conditionalFormats',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.rule',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.format.fill',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.format.font',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom)',
      'Audit Actions | range C2:C8 dataValidation',
      'Audit Actions | range D2:D8 dataValidation',
      '- | settings',
    ]);
  });

  it('removes only its own earlier conditional format (matched by formula, whatever the spacing) and ranks its new ones below the user’s', async () => {
    const { writes } = await readThenWrite(withOldSummary(), PLAN, {
      conditionalFormats: [
        { sheet: 'Audit Actions', id: '{user}', type: 'Custom', formula: '=$C2="High"' },
        { sheet: 'Audit Actions', id: '{ours}', type: 'Custom', formula: '= AND(len(trim($E2))=0, ISNUMBER($D2), $D2<TODAY())' },
        { sheet: 'Audit Actions', id: '{bars}', type: 'DataBar', formula: '' },
      ],
    });
    expect(summarise(writes.filter((r) => r.target.startsWith('conditionalFormat ')))).toEqual([
      'Audit Actions | conditionalFormat {ours} | call delete []',
    ]);
    expect(summarise(writes.filter((r) => r.target.includes('add(Custom)') && (r.name === 'formula' || r.name === 'priority' || r.name === 'stopIfTrue')))).toEqual([
      `Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.rule | set formula ${JSON.stringify(OVERDUE)}`,
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom) | set stopIfTrue true',
      `Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.rule | set formula ${JSON.stringify(DUE_SOON)}`,
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom) | set priority 3',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom) | set priority 2',
    ]);
  });

  it('sets validation as warnings, clears its own previous ranges, and records what it now owns', async () => {
    const { writes, outcome, mock } = await readThenWrite(withOldSummary(), PLAN, {
      settings: { 'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: [], validation: [{ sheet: 'Audit Actions', range: 'C2:C6' }] }) },
      validatedColumns: [{ sheet: 'Audit Actions', column: 2 }],
    });
    expect(summarise(writes.filter((r) => r.target === 'range C2:C6 dataValidation'))).toEqual(['Audit Actions | range C2:C6 dataValidation | call clear []']);
    expect(summarise(writes.filter((r) => r.target === 'range C2:C8 dataValidation'))).toEqual([
      'Audit Actions | range C2:C8 dataValidation | set rule {"list":{"inCellDropDown":true,"source":"High,Medium,Low"}}',
      'Audit Actions | range C2:C8 dataValidation | set errorAlert {"showAlert":true,"style":"Warning","title":"JAC summary check","message":"Risk is usually High, Medium or Low."}',
      'Audit Actions | range C2:C8 dataValidation | set ignoreBlanks true',
    ]);
    expect(summarise(writes.filter((r) => r.target === 'range D2:D8 dataValidation'))[0]).toBe(
      'Audit Actions | range D2:D8 dataValidation | set rule {"date":{"formula1":"1900-01-01","operator":"GreaterThanOrEqualTo"}}',
    );
    expect(outcome.record).toEqual({
      highlightFormulas: [OVERDUE, DUE_SOON],
      validation: [
        { sheet: 'Audit Actions', range: 'C2:C8' },
        { sheet: 'Audit Actions', range: 'D2:D8' },
      ],
    });
    expect(JSON.parse(mock.settings.get('jacAuditTracker.owned') ?? 'null')).toEqual(outcome.record);
  });

  it('leaves a column with the user’s own validation alone', async () => {
    const { writes, outcome } = await readThenWrite(withOldSummary(), PLAN, { validatedColumns: [{ sheet: 'Audit Actions', column: 3 }] });
    expect(writes.filter((r) => r.target === 'range D2:D8 dataValidation')).toEqual([]);
    expect(outcome.skippedValidation.map((spec) => spec.range)).toEqual(['D2:D8']);
  });

  it('removes its own validation and marking when validation is off and there is no actions table', async () => {
    const { writes, outcome } = await readThenWrite(
      withOldSummary(),
      { layout: LAYOUT, highlight: null, validation: [] },
      {
        settings: { 'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: [OVERDUE], validation: [{ sheet: 'Audit Actions', range: 'D2:D8' }] }) },
        conditionalFormats: [{ sheet: 'Audit Actions', id: '{ours}', type: 'Custom', formula: OVERDUE }],
      },
    );
    expect(summarise(writes.filter((r) => !r.addinSheet && r.kind === 'call' && r.target !== 'sheet' && r.target !== 'worksheets'))).toEqual([
      'Audit Actions | conditionalFormat {ours} | call delete []',
      'Audit Actions | range D2:D8 dataValidation | call clear []',
      `- | settings | call add ["jacAuditTracker.owned","{\\"highlightFormulas\\":[],\\"validation\\":[]}"]`,
    ]);
    expect(outcome.record).toEqual({ highlightFormulas: [], validation: [] });
  });

  it('deletes a half-built summary left by a failed refresh before building again, and keeps the summary’s place', async () => {
    const workbook = withOldSummary();
    workbook.sheets.unshift({ name: 'JAC Summary (new)', originRow: 0, originColumn: 0, values: [['Half']], numberFormats: [['@']], tables: [] });
    const { writes } = await readThenWrite(workbook, PLAN, { activeSheet: 'Audit Plan' });
    expect(summarise(writes.filter((r) => r.target === 'sheet' || r.target === 'worksheets'))).toEqual([
      'JAC Summary (new) | sheet | call delete []',
      '- | worksheets | call add ["JAC Summary (new)"]',
      'JAC Summary | sheet | call delete []',
      'JAC Summary (new) | sheet | set name "JAC Summary"',
      'JAC Summary | sheet | set position 1',
    ]);
  });

  it('shows the new summary when the old one was in front', async () => {
    const { writes } = await readThenWrite(withOldSummary(), PLAN, { activeSheet: 'JAC Summary' });
    expect(summarise(writes.filter((r) => r.name === 'activate'))).toEqual(['JAC Summary | sheet | call activate []']);
  });

  it('leaves validation untouched where Excel has no data-validation API', async () => {
    const { writes, outcome } = await readThenWrite(withOldSummary(), { ...PLAN, validation: null }, {
      settings: { 'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: [], validation: [{ sheet: 'Audit Actions', range: 'D2:D8' }] }) },
    });
    expect(writes.filter((r) => r.target.includes('dataValidation'))).toEqual([]);
    expect(outcome.record.validation).toEqual([{ sheet: 'Audit Actions', range: 'D2:D8' }]);
  });
});
