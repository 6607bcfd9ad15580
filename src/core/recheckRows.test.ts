import { groupedUnderHeadings } from '@test/fixtures/moreTrackers';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { analyseWorkbook, resolveSettings } from './analyseWorkbook';
import { patchCells } from './patchCells';
import { recheckRows, type ChangedRange } from './recheckRows';
import type { CellValue, WorkbookCells } from './types';

const options = { settings: resolveSettings({ since: '2024-07-24' }), today: '2024-10-31' };

/** One edited cell: the patched workbook and the range to re-check. */
function edit(workbook: WorkbookCells, sheet: string, row: number, column: number, value: CellValue) {
  const patched = patchCells(workbook, { sheet, top: row, left: column, values: [[value]] });
  const change: ChangedRange = { sheet, top: row, bottom: row, left: column, right: column };
  return { patched, change };
}

describe('recheckRows', () => {
  const seed = makeSeedWorkbook();
  const before = analyseWorkbook(seed, options);

  test('the seed has no findings to start with', () => {
    expect(before.findings).toEqual([]);
  });

  test('editing a deadline to 30/02/2024 adds exactly that finding', () => {
    const { patched, change } = edit(seed, 'Audit Actions', 1, 3, '30/02/2024');
    const findings = recheckRows(before, patched, [change], options);
    expect(findings).toEqual([
      {
        severity: 'error',
        check: 'impossible-date',
        cell: "'Audit Actions'!D2",
        sheet: 'Audit Actions',
        row: 1,
        column: 3,
        message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
        suggestion: 'Enter the intended date as dd/mm/yyyy.',
      },
    ]);
    expect(findings).toEqual(analyseWorkbook(patched, options).findings);
  });

  test('fixing the deadline again removes the finding', () => {
    const broken = edit(seed, 'Audit Actions', 1, 3, '30/02/2024').patched;
    const brokenAnalysis = analyseWorkbook(broken, options);
    expect(brokenAnalysis.findings.map((f) => f.check)).toEqual(['impossible-date']);
    const { patched, change } = edit(broken, 'Audit Actions', 1, 3, '29/02/2024');
    expect(recheckRows(brokenAnalysis, patched, [change], options)).toEqual([]);
  });

  test('a duplicate of an earlier action is reported on the later row, naming the earlier one', () => {
    // Row 8 is "Procurement under £60K" recommendation 4; row 3 is the same audit's recommendation 1.
    const { patched, change } = edit(seed, 'Audit Actions', 7, 1, 1);
    const findings = recheckRows(before, patched, [change], options);
    expect(findings).toEqual([
      {
        severity: 'warning',
        check: 'duplicate-action',
        cell: "'Audit Actions'!A8",
        sheet: 'Audit Actions',
        row: 7,
        column: 0,
        message: "Procurement under \u00a360K recommendation 1 is listed twice: it is already at 'Audit Actions'!A3.",
        suggestion: 'Delete one of the two rows, or correct the recommendation number if they are different actions.',
      },
    ]);
    expect(findings).toEqual(analyseWorkbook(patched, options).findings);
  });

  test('making the earlier copy different moves the duplicate warning to neither row', () => {
    const duplicated = edit(seed, 'Audit Actions', 7, 1, 1).patched;
    const duplicatedAnalysis = analyseWorkbook(duplicated, options);
    const { patched, change } = edit(duplicated, 'Audit Actions', 2, 1, 2);
    expect(recheckRows(duplicatedAnalysis, patched, [change], options)).toEqual([]);
  });

  test('a misspelt status in the plan gets its warning, beside the actions left as they were', () => {
    const { patched, change } = edit(seed, 'Audit Plan', 4, 2, 'Finalsed');
    const findings = recheckRows(before, patched, [change], options);
    expect(findings?.map((f) => [f.check, f.cell, f.suggestion])).toEqual([
      [
        'final-without-opinion',
        "'Audit Plan'!C5",
        'Add the opinion from the final report to the status, for example "Finalised - Reasonable assurance".',
      ],
      ['misspelt-status', "'Audit Plan'!C5", 'Change it to "Finalised".'],
    ]);
    expect(findings).toEqual(analyseWorkbook(patched, options).findings);
  });

  test('an edit to a header row gives up, so the caller runs the whole engine', () => {
    const { patched, change } = edit(seed, 'Audit Actions', 0, 2, 'Priority');
    expect(recheckRows(before, patched, [change], options)).toBeNull();
  });

  test('a new row just below a table gives up: it may extend the table', () => {
    const { patched, change } = edit(seed, 'Audit Actions', 8, 0, 'Payroll');
    expect(recheckRows(before, patched, [change], options)).toBeNull();
  });

  test('clearing a whole action row gives up: the row stops being data', () => {
    const patched = patchCells(seed, { sheet: 'Audit Actions', top: 3, left: 0, values: [['', '', '', '', '']] });
    expect(recheckRows(before, patched, [{ sheet: 'Audit Actions', top: 3, bottom: 3, left: 0, right: 4 }], options)).toBeNull();
  });

  test('a data row typed to look like a header gives up, though it lies inside the table', () => {
    const patched = patchCells(seed, { sheet: 'Audit Actions', top: 7, left: 0, values: [['Audit', 'Recommendation', 'Risk', 'Deadline']] });
    expect(recheckRows(before, patched, [{ sheet: 'Audit Actions', top: 7, bottom: 7, left: 0, right: 3 }], options)).toBeNull();
  });

  test('an edit on a sheet without a table gives up', () => {
    const { patched, change } = edit(seed, 'Notes', 0, 0, 'Audit');
    expect(recheckRows(before, patched, [change], options)).toBeNull();
  });

  test('a different paper date gives up', () => {
    const { patched, change } = edit(seed, 'Audit Actions', 1, 3, '30/02/2024');
    expect(recheckRows(before, patched, [change], { ...options, today: '2024-11-01' })).toBeNull();
  });
});

describe('recheckRows on a tracker grouped under audit headings', () => {
  const grouped = groupedUnderHeadings();
  const asAt = { settings: resolveSettings({ asOf: '2024-10-31', since: '2024-07-24' }), today: '2024-10-31' };
  const before = analyseWorkbook(grouped, asAt);

  test('an action’s own cell edited is re-checked under the audit its heading names', () => {
    // Fleet Management recommendation 2 (row 9) given an impossible date.
    const { patched, change } = edit(grouped, 'Appendix B', 8, 5, '31/11/2024');
    const findings = recheckRows(before, patched, [change], asAt);
    expect(findings?.map((f) => [f.check, f.cell, f.message])).toEqual([
      ['impossible-date', "'Appendix B'!F9", 'The deadline 31/11/2024 is not a real date: November 2024 has 30 days.'],
      [
        'missing-table',
        "'Appendix B'!A1",
        'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status.',
      ],
      [
        'revised-date-tbc',
        "'Appendix B'!G13",
        'The revised deadline "TBC" of Cyber Security 2024/25 recommendation 2 is not a date, so the action is held to its previous deadline, 30/09/2024.',
      ],
    ]);
    expect(findings).toEqual(analyseWorkbook(patched, asAt).findings);
  });

  test('a heading renamed gives up: every action below it now has another audit', () => {
    const { patched, change } = edit(grouped, 'Appendix B', 6, 0, 'Fleet and Transport (Limited)');
    expect(recheckRows(before, patched, [change], asAt)).toBeNull();
  });

  test('an action cut down to its reference gives up: it becomes a heading itself', () => {
    const patched = patchCells(grouped, { sheet: 'Appendix B', top: 7, left: 1, values: [['', '', '', '', '', '', '']] });
    expect(recheckRows(before, patched, [{ sheet: 'Appendix B', top: 7, bottom: 7, left: 1, right: 7 }], asAt)).toBeNull();
  });

  test('an action cut down to its deadline gives up when the heading above, in a column the table does not read, stops heading the actions below', () => {
    const sheet = {
      name: 'Tracker',
      originRow: 0,
      originColumn: 0,
      values: [
        ['Item', 'Ref', 'Recommendation', 'Deadline', 'Status'],
        ['Payroll - Reasonable assurance', '', '', '', ''],
        ['', 'P1', 'Reconcile monthly.', '31/03/2024', 'Open'],
        ['', 'P2', 'Check leavers.', '31/03/2024', 'Open'],
      ] as CellValue[][],
      tables: [],
    };
    const workbook: WorkbookCells = { sheets: [sheet] };
    const earlier = analyseWorkbook(workbook, options);
    expect(earlier.actions.rows.map((action) => action.audit)).toEqual(['Payroll', 'Payroll']);
    const patched = patchCells(workbook, { sheet: 'Tracker', top: 2, left: 1, values: [['', '', '31/03/2024', '']] });
    expect(analyseWorkbook(patched, options).actions.rows.map((action) => action.audit)).toEqual(['', '']);
    expect(recheckRows(earlier, patched, [{ sheet: 'Tracker', top: 2, bottom: 2, left: 1, right: 4 }], options)).toBeNull();
  });
});
