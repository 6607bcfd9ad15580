import type { SummaryLayout, WorkbookCells } from '../../src/core/types';
import { readWorkbookCells } from '../../src/excel/readWorkbookCells';
import { writeResults, type WritePlan } from '../../src/excel/writeResults';
import { estimateWriteBytes, planRowChunks, rowBytes, summaryGrid } from '../../src/excel/writePayload';
import { makeSeedWorkbook } from '../fixtures/seedTables';
import { officeError, WorkbookMock, type MockOptions, type Recorded } from './workbookMock';

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

const OVERDUE = '=AND(N("jac")=0,LEN(TRIM($E2))=0,ISNUMBER($D2),$D2<TODAY())';
const DUE_SOON = '=AND(N("jac")=0,LEN(TRIM($E2))=0,ISNUMBER($D2),$D2>=TODAY(),$D2<=TODAY()+30)';

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
        { sheet: 'Audit Actions', id: '{ours}', type: 'Custom', formula: '= AND(n("jac")=0, len(trim($E2))=0, ISNUMBER($D2), $D2<TODAY())' },
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
        { sheet: 'Audit Actions', id: '{ours}', type: 'Custom', formula: '= AND(n("jac")=0, len(trim($E2))=0, ISNUMBER($D2), $D2<TODAY())' },
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

/** 40 listed rows with a title, a header, one table body spanning them and every fifth row overdue. */
const BIG: SummaryLayout = {
  sheetName: 'JAC Summary',
  values: [
    ['Joint Audit Committee: audit update', null, null],
    ['Audit', 'Recommendation', 'Deadline'],
    ...Array.from({ length: 38 }, (_, i) => [`Audit ${i + 1}`, `=Recommendation ${i + 1}: keep the register up to date`, 45000 + i]),
  ],
  numberFormats: [
    ['@', 'General', 'General'],
    ['@', '@', '@'],
    ...Array.from({ length: 38 }, () => ['@', '@', 'dd/mm/yyyy']),
  ],
  columnWidths: [30, 40, 12],
  regions: [
    { style: 'title', top: 0, left: 0, bottom: 0, right: 2 },
    { style: 'header', top: 1, left: 0, bottom: 1, right: 2 },
    { style: 'body', top: 2, left: 0, bottom: 39, right: 2 },
    ...Array.from({ length: 8 }, (_, i) => ({ style: 'overdue' as const, top: 2 + i * 5, left: 0, bottom: 2 + i * 5, right: 2 })),
  ],
};
const BIG_PLAN: WritePlan = { ...PLAN, layout: BIG };
/** BIG is estimated at 9,140 bytes (estimateWriteBytes), so a budget of 3,000 gives 4 chunks. */
const BUDGET = 3000;

async function readThenWriteBig(options: MockOptions = {}, budgetBytes = BUDGET) {
  const mock = new WorkbookMock(withOldSummary(), options);
  const { state } = await readWorkbookCells(mock.context, { dataValidation: true });
  const readRecords = mock.records.length;
  const written = writeResults(mock.context, BIG_PLAN, state, { budgetBytes });
  return { mock, written, writes: () => mock.records.slice(readRecords) };
}

const gridWrites = (records: Recorded[]) => records.filter((r) => r.addinSheet && (r.name === 'values' || r.name === 'numberFormat'));

describe('writeResults: a summary too large for one request', () => {
  it('is estimated over the budget and written in 4 chunk syncs and one last sync, each request under the budget', async () => {
    expect(estimateWriteBytes(BIG)).toBe(9140);
    const { mock, written, writes } = await readThenWriteBig({ requestByteLimit: BUDGET });
    await written;
    expect(mock.syncCount).toBe(2 + 4 + 1);
    // Each chunk's estimate (values, number formats and its regions) is within the budget...
    const chunks = planRowChunks(rowBytes(BIG), BUDGET);
    expect(chunks).toEqual([
      { first: 0, last: 10 },
      { first: 11, last: 26 },
      { first: 27, last: 38 },
      { first: 39, last: 39 },
    ]);
    expect(chunks.map(({ first, last }) => rowBytes(BIG).slice(first, last + 1).reduce((a, b) => a + b, 0) <= BUDGET)).toEqual([true, true, true, true]);
    // ...and so is what each sync actually sent, as the mock measures it (the last sync sends no cells).
    expect(mock.requestBytes.slice(2)).toEqual([945, 1490, 1118, 95, 0]);
    expect(gridWrites(writes()).map((r) => `${r.target} ${r.name}`)).toEqual([
      'range A1:C11 numberFormat',
      'range A1:C11 values',
      'range A12:C27 numberFormat',
      'range A12:C27 values',
      'range A28:C39 numberFormat',
      'range A28:C39 values',
      'range A40:C40 numberFormat',
      'range A40:C40 values',
    ]);
    expect(mock.sheets.map((sheet) => [sheet.name, sheet.addedByAddin])).toEqual([
      ['Audit Plan', false],
      ['Audit Actions', false],
      ['JAC Summary', true],
    ]);
  });

  it('writes the same values and number formats as the one-batch write', async () => {
    const big = await readThenWriteBig();
    await big.written;
    const one = await readThenWrite(withOldSummary(), BIG_PLAN);
    expect(one.mock.syncCount).toBe(3);
    const joined = (records: Recorded[], name: string) => gridWrites(records).filter((r) => r.name === name).flatMap((r) => r.value as unknown[][]);
    const single = gridWrites(one.writes);
    expect(single.map((r) => r.target)).toEqual(['range A1:C40', 'range A1:C40']);
    expect(joined(big.writes(), 'values')).toEqual(single[1].value);
    expect(joined(big.writes(), 'numberFormat')).toEqual(single[0].value);
    // Styling is the same too, only spread over the syncs.
    const styles = (records: Recorded[]) => records.filter((r) => r.addinSheet && r.target.includes('format')).map((r) => `${r.target} ${r.name} ${JSON.stringify(r.value)}`).sort();
    expect(styles(big.writes())).toEqual(styles(one.writes));
  });

  it('formats text "@" before writing its values in every chunk, so "=x" stays text', async () => {
    const { written, writes } = await readThenWriteBig();
    await written;
    const grid = gridWrites(writes());
    expect(grid.map((r) => r.name)).toEqual(['numberFormat', 'values', 'numberFormat', 'values', 'numberFormat', 'values', 'numberFormat', 'values']);
    for (let i = 0; i < grid.length; i += 2) {
      const formats = grid[i].value as string[][];
      const values = grid[i + 1].value as unknown[][];
      expect(grid[i].target).toBe(grid[i + 1].target);
      const text = values.flatMap((row, r) => row.map((value, c) => [value, formats[r][c]])).filter(([value]) => typeof value === 'string' && value !== '');
      expect(text.length).toBeGreaterThan(0);
      expect(text.every(([, format]) => format === '@')).toBe(true);
    }
  });

  it('deletes the old summary, renames the new one and writes the rules and record only in the last sync', async () => {
    const { mock, written } = await readThenWriteBig();
    await written;
    const lastSync = mock.recordsAtSync[mock.recordsAtSync.length - 2];
    const userSide = (records: Recorded[]) => summarise(records.filter((r) => !r.addinSheet || r.target === 'sheet'));
    expect(userSide(mock.records.slice(mock.recordsAtSync[1], lastSync))).toEqual(['- | worksheets | call add ["JAC Summary (new)"]']);
    expect(userSide(mock.records.slice(lastSync)).slice(0, 3)).toEqual([
      'JAC Summary | sheet | call delete []',
      'JAC Summary (new) | sheet | set name "JAC Summary"',
      'JAC Summary | sheet | set position 1',
    ]);
    expect(userSide(mock.records.slice(lastSync)).slice(-1)).toEqual([
      `- | settings | call add ["jacAuditTracker.owned",${JSON.stringify(mock.settings.get('jacAuditTracker.owned'))}]`,
    ]);
  });

  it.each([1, 2, 3, 4])('keeps the old summary when chunk %i fails partway', async (chunk) => {
    let seen = 0;
    const { mock, written } = await readThenWriteBig({
      failOn: { match: (write) => write.addinSheet && write.name === 'values' && ++seen === chunk, error: officeError('GeneralException', 'An internal error has occurred.') },
    });
    await expect(written).rejects.toMatchObject({ code: 'GeneralException' });
    expect(mock.syncCount).toBe(2 + chunk);
    expect(mock.sheets.map((sheet) => [sheet.name, sheet.addedByAddin])).toEqual([
      ['Audit Plan', false],
      ['JAC Summary', false],
      ['Audit Actions', false],
      ['JAC Summary (new)', true],
    ]);
    expect(mock.settings.has('jacAuditTracker.owned')).toBe(false);
  });

  it('keeps the old summary when the last sync fails before the swap', async () => {
    const { mock, written } = await readThenWriteBig({
      failOn: { match: (write) => write.name === 'verticalAlignment', error: officeError('GeneralException', 'An internal error has occurred.') },
    });
    await expect(written).rejects.toMatchObject({ code: 'GeneralException' });
    expect(mock.syncCount).toBe(2 + 4 + 1);
    expect(mock.sheets.map((sheet) => sheet.name)).toEqual(['Audit Plan', 'JAC Summary', 'Audit Actions', 'JAC Summary (new)']);
    expect(mock.settings.has('jacAuditTracker.owned')).toBe(false);
  });

  it('falls back to chunks when Excel refuses the one batch as too large, halving any chunk it still refuses', async () => {
    const { mock, written, writes } = await readThenWriteBig({ requestByteLimit: 2000 }, 4_000_000);
    const outcome = await written;
    // The one batch refused, a look at the sheets, a chunk of half the estimate, the next refused and halved, three
    // chunks of that, the last sync.
    expect(mock.syncCount).toBe(2 + 1 + 1 + 1 + 1 + 3 + 1);
    expect(mock.requestBytes.slice(2)).toEqual([3642, 0, 1503, 2048, 932, 932, 281, 0]);
    expect(mock.sheets.map((sheet) => [sheet.name, sheet.addedByAddin])).toEqual([
      ['Audit Plan', false],
      ['Audit Actions', false],
      ['JAC Summary', true],
    ]);
    const values = gridWrites(writes()).filter((r) => r.name === 'values');
    expect(values.slice(-4).map((r) => r.target)).toEqual(['range A1:C17', 'range A18:C27', 'range A28:C37', 'range A38:C40']);
    const lastWrites = values.slice(-4).flatMap((r) => r.value as unknown[][]);
    expect(lastWrites).toEqual(summaryGrid(BIG).values);
    expect(JSON.parse(mock.settings.get('jacAuditTracker.owned') ?? 'null')).toEqual(outcome.record);
  });
});
