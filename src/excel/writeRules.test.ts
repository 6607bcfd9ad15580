import { readDataSheet } from '../core/dataSheet';
import { DATA_SHEET_NAME, VALIDATION_TITLE } from '../core/footprint';
import type { WritePlan } from './writeResults';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { DUE_SOON, LEGACY_OVERDUE, OVERDUE, seedWithSummary } from '@test/excel/excelFixtures';
import { EVERYTHING, PLAN, readThenWrite, summarise } from '@test/excel/writeHarness';
import type { MockOptions, Recorded, WorkbookMock } from '@test/excel/workbookMock';

const USER_RULE = '=$C2="High"';
/** Our overdue rule as Excel hands it back after the user copied it onto row 40: re-anchored, mark intact. */
const SPLIT_OURS = '=AND(N("jac")=0,LEN(TRIM($E40))=0,ISNUMBER($D40),$D40<TODAY())';

const ruleWrites = (records: Recorded[]) =>
  summarise(records.filter((r) => (r.target.includes('onditionalFormat') || r.target.includes('dataValidation')) && !r.addinSheet));
const formulasOn = (mock: WorkbookMock, sheet: string) => mock.conditionalFormats.filter((f) => f.sheet === sheet).map((f) => f.formula || f.type);
const stored = (mock: WorkbookMock) => readDataSheet(mock.valuesOf(DATA_SHEET_NAME) as string[][]);

async function refreshRules(plan: WritePlan, options: MockOptions, workbook = seedWithSummary()) {
  const run = await readThenWrite(workbook, plan, options);
  const outcome = await run.written;
  return { ...run, outcome };
}

describe('the add-in’s conditional formats, known by the mark in its formulas', () => {
  it('replaces its own rules, including one re-anchored by copy and paste, and never touches the user’s', async () => {
    const { mock, outcome } = await refreshRules(PLAN, {
      conditionalFormats: [
        { sheet: 'Audit Actions', type: 'Custom', formula: USER_RULE },
        { sheet: 'Audit Actions', type: 'Custom', formula: '= AND(n("jac")=0, len(trim($E2))=0, ISNUMBER($D2), $D2<TODAY())' },
        { sheet: 'Audit Actions', type: 'Custom', formula: SPLIT_OURS },
        { sheet: 'Audit Actions', type: 'DataBar', formula: '' },
      ],
    });
    expect(formulasOn(mock, 'Audit Actions')).toEqual([DUE_SOON, OVERDUE, USER_RULE, 'DataBar']);
    expect(outcome.notes).toEqual([]);
  });

  it('ranks its new rules below the user’s and adds them before deleting the old, so a refused delete leaves highlighting', async () => {
    const { writes } = await refreshRules(PLAN, {
      conditionalFormats: [
        { sheet: 'Audit Actions', type: 'Custom', formula: USER_RULE },
        { sheet: 'Audit Actions', type: 'Custom', formula: OVERDUE },
      ],
    });
    const steps = ruleWrites(writes()).filter((line) => line.includes('onditionalFormat') && /formula|priority|delete|call add/.test(line));
    expect(steps).toEqual([
      'Audit Actions | range A2:E8 conditionalFormats | call add ["Custom"]',
      `Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.rule | set formula ${JSON.stringify(OVERDUE)}`,
      'Audit Actions | range A2:E8 conditionalFormats | call add ["Custom"]',
      `Audit Actions | range A2:E8 conditionalFormats.add(Custom).custom.rule | set formula ${JSON.stringify(DUE_SOON)}`,
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom) | set priority 2',
      'Audit Actions | range A2:E8 conditionalFormats.add(Custom) | set priority 1',
      `Audit Actions | conditionalFormat Custom:${OVERDUE} | call delete []`,
    ]);
  });

  it('recognises the rules an earlier version recorded by their text, before they carried the mark, and records where its new ones are', async () => {
    const { mock } = await refreshRules(PLAN, {
      conditionalFormats: [
        { sheet: 'Audit Plan', type: 'Custom', formula: LEGACY_OVERDUE },
        { sheet: 'Audit Actions', type: 'Custom', formula: LEGACY_OVERDUE },
        { sheet: 'Audit Actions', type: 'Custom', formula: USER_RULE },
      ],
      settings: { 'jacAuditTracker.owned': JSON.stringify({ highlightFormulas: [LEGACY_OVERDUE], validation: [] }) },
    });
    expect(formulasOn(mock, 'Audit Plan')).toEqual([]);
    expect(formulasOn(mock, 'Audit Actions')).toEqual([DUE_SOON, OVERDUE, USER_RULE]);
    expect(stored(mock).owned.highlights).toEqual([{ sheet: 'Audit Actions', range: 'A2:E8' }]);
  });

  it('reads the conditional formats of the tracked sheets only, so a rule Excel cannot read elsewhere does not matter', async () => {
    const { mock, outcome } = await refreshRules(PLAN, {
      conditionalFormats: [
        { sheet: 'Audit Plan', type: 'CellValue', formula: '', unreadable: true },
        { sheet: 'Audit Plan', type: 'CellValue', formula: '', unreadable: true },
      ],
    });
    expect(outcome.notes).toEqual([]);
    expect(formulasOn(mock, 'Audit Actions')).toEqual([DUE_SOON, OVERDUE]);
    expect(mock.syncCount).toBe(2 + 2);
  });

  it('still writes the summary when Excel cannot read a tracked sheet’s rules, and says highlighting was not refreshed and why', async () => {
    const { mock, outcome, writes } = await refreshRules(
      PLAN,
      {
        conditionalFormats: [
          { sheet: 'Audit Actions', type: 'CellValue', formula: '', unreadable: true },
          { sheet: 'Audit Actions', type: 'CellValue', formula: '', unreadable: true },
        ],
      },
      seedWithSummary({ owned: { highlights: [{ sheet: 'Audit Actions', range: 'A2:E8' }], validation: [] } }),
    );
    expect(mock.valuesOf('JAC Summary')[0][0]).toBe('Joint Audit Committee: audit update');
    expect(outcome.notes).toEqual([
      "The overdue highlighting on “Audit Actions” could not be refreshed, because Excel could not read the sheet's conditional formatting (GeneralException: An internal error has occurred.); the summary is up to date. Two rules on the same cells can cause this: see Home > Conditional Formatting > Manage Rules.",
    ]);
    expect(ruleWrites(writes())).toEqual([]);
    // The record still says where the old highlighting is, so the next refresh looks there again.
    expect(stored(mock).owned.highlights).toEqual([{ sheet: 'Audit Actions', range: 'A2:E8' }]);
    expect(stored(mock).lastRefresh).toEqual(PLAN.lastRefresh);
    // Reads, the commit refused, a look at the sheets, the summary alone, the reads alone refused.
    expect(mock.syncCount).toBe(2 + 1 + 1 + 1 + 1);
  });

  it('keeps the summary and its new highlighting when Excel refuses to delete an old rule, and says so', async () => {
    const { mock, outcome } = await refreshRules(PLAN, {
      conditionalFormats: [{ sheet: 'Audit Actions', type: 'Custom', formula: OVERDUE, undeletable: true }],
    });
    expect(mock.valuesOf('JAC Summary')[0][0]).toBe('Joint Audit Committee: audit update');
    expect(formulasOn(mock, 'Audit Actions')).toEqual([DUE_SOON, OVERDUE, OVERDUE]);
    expect(outcome.notes).toEqual([
      'The overdue highlighting and in-cell checks could not be refreshed (ItemNotFound: Item Not Found.); the summary is up to date. Refresh again to try once more.',
    ]);
  });

  it('removes its own highlighting and validation when there is no actions table and validation is off', async () => {
    const { mock, outcome } = await refreshRules(
      { ...PLAN, conditionalFormats: null, inCellValidation: [] },
      {
        conditionalFormats: [{ sheet: 'Audit Actions', type: 'Custom', formula: OVERDUE }],
        validation: [{ sheet: 'Audit Actions', range: 'D2:D8', type: 'Date', title: VALIDATION_TITLE }],
      },
      seedWithSummary({
        owned: {
          highlights: [{ sheet: 'Audit Actions', range: 'A2:E8' }],
          validation: [{ sheet: 'Audit Actions', table: null, header: 'Deadline', range: 'D2:D8' }],
        },
      }),
    );
    expect(formulasOn(mock, 'Audit Actions')).toEqual([]);
    expect(mock.find('Audit Actions')?.data.validation.size).toBe(0);
    expect(outcome.record.owned).toEqual({ highlights: [], validation: [] });
  });
});

describe('the add-in’s in-cell validation, known by its error-alert title', () => {
  const validationOf = (mock: WorkbookMock, column: number) =>
    [...(mock.find('Audit Actions')?.data.validation ?? new Map())]
      .filter(([key]) => key.endsWith(`,${column}`))
      .map(([key, cell]) => `${key} ${cell.type} ${cell.title}`);

  it('validates free columns as warnings titled as the add-in’s, and records each by table and header', async () => {
    const { mock, outcome, writes } = await refreshRules(PLAN, {});
    expect(summarise(writes().filter((r) => r.target === 'range C2:C8 dataValidation'))).toEqual([
      'Audit Actions | range C2:C8 dataValidation | set rule {"list":{"inCellDropDown":true,"source":"High,Medium,Low"}}',
      `Audit Actions | range C2:C8 dataValidation | set errorAlert {"showAlert":true,"style":"Warning","title":"${VALIDATION_TITLE}","message":"Risk is usually High, Medium or Low."}`,
      'Audit Actions | range C2:C8 dataValidation | set ignoreBlanks true',
    ]);
    expect(outcome.record.owned.validation).toEqual([
      { sheet: 'Audit Actions', table: null, header: 'Risk', range: 'C2:C8' },
      { sheet: 'Audit Actions', table: null, header: 'Deadline', range: 'D2:D8' },
    ]);
    expect(validationOf(mock, 2)).toHaveLength(7);
  });

  it('clears and rewrites its own validation that covers only part of a column that grew, leaving no gap', async () => {
    const { mock, writes } = await refreshRules(PLAN, { validation: [{ sheet: 'Audit Actions', range: 'C2:C6', title: VALIDATION_TITLE }] });
    expect(summarise(writes().filter((r) => r.target === 'range C2:C8 dataValidation' && r.kind === 'call'))).toEqual([
      'Audit Actions | range C2:C8 dataValidation | call clear []',
    ]);
    expect(validationOf(mock, 2)).toHaveLength(7);
  });

  it('leaves a column with the user’s own validation alone, never clearing it, and says so', async () => {
    const { mock, outcome, writes } = await refreshRules(PLAN, {
      validation: [{ sheet: 'Audit Actions', range: 'D2:D8', type: 'Date', title: 'Dates please' }],
    });
    expect(writes().filter((r) => r.target.startsWith('range D2:D8 dataValidation'))).toEqual([]);
    expect(validationOf(mock, 3)[0]).toBe('1,3 Date Dates please');
    expect(outcome.notes).toEqual([
      'The “Deadline” column on “Audit Actions” already has in-cell checks of its own, so the add-in left them as they are.',
    ]);
    expect(outcome.record.owned.validation.map((entry) => entry.range)).toEqual(['C2:C8']);
  });

  it('does not clear a range it once validated when the user has since put their own rule there', async () => {
    const { writes } = await refreshRules(
      { ...PLAN, inCellValidation: [] },
      { validation: [{ sheet: 'Audit Actions', range: 'D2:D8', type: 'Date', title: 'Dates please' }] },
      seedWithSummary({ owned: { highlights: [], validation: [{ sheet: 'Audit Actions', table: null, header: 'Deadline', range: 'D2:D8' }] } }),
    );
    expect(writes().filter((r) => r.target.includes('dataValidation'))).toEqual([]);
  });

  it('reads the whole column’s validation where Excel has no range areas (ExcelApi 1.8), and still keeps off the user’s', async () => {
    const run = await readThenWrite(
      seedWithSummary(),
      PLAN,
      { validation: [{ sheet: 'Audit Actions', range: 'D2:D8', type: 'Date' }] },
      {
        ...EVERYTHING,
        features: { copyFrom: false, standardHeight: true, rangeAreas: false, charts: true, chartAxisFormat: true, printSetup: false },
      },
    );
    await run.written;
    expect(run.writes().filter((r) => r.target.startsWith('range D2:D8 dataValidation'))).toEqual([]);
    expect(run.writes().filter((r) => r.target === 'range C2:C8 dataValidation').length).toBe(3);
  });

  it('touches no validation where Excel has no data-validation API, and keeps the record of it', async () => {
    const { writes, outcome } = await refreshRules(
      { ...PLAN, inCellValidation: null },
      {},
      seedWithSummary({ owned: { highlights: [], validation: [{ sheet: 'Audit Actions', table: null, header: 'Deadline', range: 'D2:D8' }] } }),
    );
    expect(writes().filter((r) => r.target.includes('dataValidation'))).toEqual([]);
    expect(outcome.record.owned.validation).toEqual([{ sheet: 'Audit Actions', table: null, header: 'Deadline', range: 'D2:D8' }]);
  });
});

describe('protected sheets', () => {
  it('skips highlighting and validation on a protected tracked sheet, says so, and still writes the summary', async () => {
    const { mock, outcome, writes } = await refreshRules(
      PLAN,
      { protectedSheets: ['Audit Actions'] },
      seedWithSummary({ owned: { highlights: [{ sheet: 'Audit Actions', range: 'A2:E8' }], validation: [] } }),
    );
    expect(writes().filter((r) => r.sheet === 'Audit Actions')).toEqual([]);
    expect(mock.valuesOf('JAC Summary')[0][0]).toBe('Joint Audit Committee: audit update');
    expect(outcome.notes).toEqual([
      'The sheet “Audit Actions” is protected, so its overdue highlighting and in-cell checks were left as they were; the summary is up to date. Unprotect the sheet (Review > Unprotect Sheet) and refresh to update them.',
    ]);
    expect(outcome.record.owned.highlights).toEqual([{ sheet: 'Audit Actions', range: 'A2:E8' }]);
  });

  it('still validates the plan when only the actions sheet is protected', async () => {
    const plan: WritePlan = {
      ...PLAN,
      inCellValidation: [
        ...PLAN.inCellValidation!,
        { sheet: 'Audit Plan', range: 'C4:C19', list: ['Not started', 'Complete'], message: 'Status.', table: null, header: 'Status' },
      ],
    };
    const { writes } = await refreshRules(plan, { protectedSheets: ['Audit Actions'] }, makeSeedWorkbook());
    expect([
      ...new Set(
        writes()
          .filter((r) => r.target.includes('dataValidation'))
          .map((r) => `${r.sheet} ${r.target}`),
      ),
    ]).toEqual(['Audit Plan range C4:C19 dataValidation']);
  });
});
