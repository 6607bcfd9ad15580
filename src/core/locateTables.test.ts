import fc from 'fast-check';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { EMPTY_STORED_DATA } from './dataSheet';
import { locateTables } from './locateTables';
import { readActionRows } from './readActionRows';
import { readPlanRows } from './readPlanRows';
import type { CellValue, SheetCells, WorkbookCells } from './types';

function sheet(name: string, values: CellValue[][], extra: Partial<SheetCells> = {}): SheetCells {
  return { name, originRow: 0, originColumn: 0, values, tables: [], ...extra };
}

const ACTION_HEADER = ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'];

describe('locateTables on the seed', () => {
  test('finds the plan below its title and the actions at the top of their sheet, with no findings', () => {
    const result = locateTables(makeSeedWorkbook(), {});
    expect(result.findings).toEqual([]);
    expect(result.plan).toEqual({
      kind: 'plan',
      sheet: 'Audit Plan',
      tableName: null,
      headerRow: 2,
      firstRow: 3,
      lastRow: 18,
      firstColumn: 0,
      lastColumn: 2,
      columns: { audit: 0, plannedStart: 1, status: 2 },
      headers: { audit: 'Audit', plannedStart: 'Planned start', status: 'Status' },
    });
    expect(result.actions).toEqual({
      kind: 'actions',
      sheet: 'Audit Actions',
      tableName: null,
      headerRow: 0,
      firstRow: 1,
      lastRow: 7,
      firstColumn: 0,
      lastColumn: 4,
      columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3, signoff: 4 },
      headers: { audit: 'Audit Name', recommendation: 'Recommendation', risk: 'Risk', deadline: 'Deadline', signoff: 'Signoff Date' },
    });
  });
});

describe('locateTables on plain ranges', () => {
  test('two tables side by side on one sheet, separated by a blank column', () => {
    const values: CellValue[][] = [
      ['Audit', 'Planned start', 'Status', '', ...ACTION_HEADER],
      ['Insurance', 45700, 'Scope and timing agreed', '', 'Payroll', 1, 'High', 45595, ''],
      ['', '', '', '', 'Payroll', 2, 'Low', 45595, ''],
    ];
    const result = locateTables({ sheets: [sheet('JAC', values)] }, {});
    expect(result.findings).toEqual([]);
    expect(result.plan).toMatchObject({ sheet: 'JAC', headerRow: 0, firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 2 });
    expect(result.actions).toMatchObject({ sheet: 'JAC', headerRow: 0, firstRow: 1, lastRow: 2, firstColumn: 4, lastColumn: 8 });
    expect(result.actions?.columns).toEqual({ audit: 4, recommendation: 5, risk: 6, deadline: 7, signoff: 8 });
  });

  test('two tables side by side with no gap are split at the second audit-name header', () => {
    const values: CellValue[][] = [
      ['Audit', 'Status', ...ACTION_HEADER],
      ['Insurance', 'Draft report issued', 'Payroll', 1, 'High', 45595, ''],
    ];
    const result = locateTables({ sheets: [sheet('JAC', values)] }, {});
    expect(result.plan).toMatchObject({ firstColumn: 0, lastColumn: 1, columns: { audit: 0, status: 1 } });
    expect(result.actions).toMatchObject({ firstColumn: 2, lastColumn: 6 });
  });

  test('stacked tables: the plan stops above the blank rows and title that lead to the actions header', () => {
    const values: CellValue[][] = [
      ['Audit plan 2024/25', '', ''],
      ['Audit', 'Planned start', 'Status'],
      ['Insurance', 45700, 'Scope and timing agreed'],
      ['', '', ''],
      ['Follow Up', 'In progress', 'Scope and timing agreed'],
      ['', '', ''],
      ['Audit actions', '', ''],
      ['', '', ''],
      [...ACTION_HEADER],
      ['Payroll', 1, 'High', 45595, ''],
    ];
    const result = locateTables({ sheets: [sheet('Sheet1', values)] }, {});
    expect(result.findings).toEqual([]);
    expect(result.plan).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 4 });
    expect(result.actions).toMatchObject({ headerRow: 8, firstRow: 9, lastRow: 9 });
  });

  test('a header below blank rows and a title, away from column A, on a later sheet', () => {
    const values: CellValue[][] = [
      ['', '', '', '', ''],
      ['', 'Action tracker', '', '', ''],
      ['', '', '', '', ''],
      ['', 'Audit', 'Rec no', 'Priority', 'Target date', 'Revised target date', 'Date implemented'],
      ['', 'Payroll', '1', 'High', 45595, '', ''],
    ];
    const workbook: WorkbookCells = {
      sheets: [
        sheet('Notes', [['Read me']]),
        sheet('Plan', [
          ['Audit title', 'Stage', 'Timing'],
          ['Payroll', 'Fieldwork', 'Q3'],
        ]),
        sheet('Tracker', values),
      ],
    };
    const result = locateTables(workbook, {});
    expect(result.findings).toEqual([]);
    expect(result.plan).toMatchObject({ sheet: 'Plan', columns: { audit: 0, status: 1, plannedStart: 2 } });
    expect(result.actions).toMatchObject({
      sheet: 'Tracker',
      headerRow: 3,
      firstRow: 4,
      lastRow: 4,
      firstColumn: 1,
      lastColumn: 6,
      columns: { audit: 1, ref: 2, risk: 3, deadline: 4, revisedDeadline: 5, signoff: 6 },
      headers: {
        audit: 'Audit',
        ref: 'Rec no',
        risk: 'Priority',
        deadline: 'Target date',
        revisedDeadline: 'Revised target date',
        signoff: 'Date implemented',
      },
      repeated: { revisedDeadline: [5] },
    });
  });

  test('a used range that starts below and right of A1 is read in sheet coordinates', () => {
    const result = locateTables(
      { sheets: [sheet('Actions', [ACTION_HEADER, ['Payroll', 1, 'High', 45595, '']], { originRow: 4, originColumn: 2 })] },
      {},
    );
    expect(result.actions).toMatchObject({ headerRow: 4, firstRow: 5, lastRow: 5, firstColumn: 2, lastColumn: 6, columns: { audit: 2, signoff: 6 } });
  });

  test('blank rows inside the data do not end it; a note after a blank row does', () => {
    const values: CellValue[][] = [
      ACTION_HEADER,
      ['Payroll', 1, 'High', 45595, ''],
      ['', '', '', '', ''],
      ['', '', '', '', ''],
      ['Payroll', 2, 'Low', 45595, ''],
      ['', '', '', '', ''],
      ['Source: internal audit', '', '', '', ''],
    ];
    expect(locateTables({ sheets: [sheet('Actions', values)] }, {}).actions).toMatchObject({ firstRow: 1, lastRow: 4 });
  });

  test('a lone audit name at the end, after a blank row, is kept: it may be a new audit not yet filled in', () => {
    const values: CellValue[][] = [
      ['Audit', 'Planned start', 'Status'],
      ['Payroll', 'Q1', 'Planning'],
      ['', '', ''],
      ['Vetting', '', ''],
    ];
    expect(locateTables({ sheets: [sheet('Plan', values)] }, {}).plan).toMatchObject({ firstRow: 1, lastRow: 3 });
  });

  test('a header row with "Status" as well as action headers is still the actions table', () => {
    const values: CellValue[][] = [
      [...ACTION_HEADER, 'Status'],
      ['Payroll', 1, 'High', 45595, '', 'Open'],
    ];
    const result = locateTables({ sheets: [sheet('Actions', values)] }, {});
    expect(result.actions).toMatchObject({ lastColumn: 5 });
    expect(result.plan).toBeNull();
  });

  test('the best candidate wins: more required columns first, then the earlier sheet', () => {
    const partial = sheet('Old', [
      ['Audit Name', 'Risk'],
      ['Payroll', 'High'],
    ]);
    const full = sheet('New', [ACTION_HEADER, ['Payroll', 1, 'High', 45595, '']]);
    const duplicate = sheet('Copy', [ACTION_HEADER, ['Payroll', 1, 'High', 45595, '']]);
    expect(locateTables({ sheets: [partial, full, duplicate] }, {}).actions?.sheet).toBe('New');
  });
});

describe('locateTables with Excel tables', () => {
  test('an Excel table is preferred and keeps its own extent and name', () => {
    const values: CellValue[][] = [
      ACTION_HEADER,
      ['Old', 1, 'High', 45595, ''],
      ['', '', '', '', ''],
      ['Audit Name', 'Rec', 'Risk', 'Due date', 'Closed'],
      ['Payroll', 1, 'High', 45595, ''],
      ['Payroll', 2, 'Low', 45595, ''],
      ['Below the table', 9, 'Low', 45595, ''],
    ];
    const tables = [{ name: 'tblActions', headerRow: 3, firstColumn: 0, lastColumn: 4, lastRow: 5 }];
    const result = locateTables({ sheets: [sheet('Tracker', values, { tables })] }, {});
    expect(result.actions).toMatchObject({ tableName: 'tblActions', headerRow: 3, firstRow: 4, lastRow: 5, columns: { signoff: 4 } });
  });

  test('an empty Excel table has no data rows', () => {
    const tables = [{ name: 'Actions', headerRow: 0, firstColumn: 0, lastColumn: 4, lastRow: 0 }];
    const result = locateTables({ sheets: [sheet('Tracker', [ACTION_HEADER], { tables })] }, {});
    expect(result.actions).toMatchObject({ firstRow: 1, lastRow: 0 });
  });
});

describe('locateTables findings', () => {
  test('no tables at all: one error per table naming what was looked for', () => {
    const result = locateTables({ sheets: [sheet('Sheet1', [['Hello']])] }, {});
    expect(result.plan).toBeNull();
    expect(result.actions).toBeNull();
    expect(result.findings).toEqual([
      {
        severity: 'error',
        check: 'missing-table',
        cell: 'Sheet1!A1',
        sheet: 'Sheet1',
        row: 0,
        column: 0,
        message: 'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status.',
        suggestion: 'Add a header row with these headings above the audits, or choose the table in Settings.',
      },
      {
        severity: 'error',
        check: 'missing-table',
        cell: 'Sheet1!A1',
        sheet: 'Sheet1',
        row: 0,
        column: 0,
        message:
          'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status).',
        suggestion: 'Add a header row with these headings above the actions, or choose the table in Settings.',
      },
    ]);
  });

  test('an empty workbook still gets findings', () => {
    const result = locateTables({ sheets: [] }, {});
    expect(result.findings.map((f) => [f.cell, f.sheet, f.check])).toEqual([
      ['A1', '', 'missing-table'],
      ['A1', '', 'missing-table'],
    ]);
  });

  test('a missing required column is an error at the header row; a missing planned start or risk is a warning', () => {
    const workbook: WorkbookCells = {
      sheets: [
        sheet('Audit Plan', [
          ['Audit', 'Status'],
          ['Payroll', 'Fieldwork'],
        ]),
        sheet('Audit Actions', [
          ['Audit Name', 'Recommendation', 'Deadline', 'Signoff Date'],
          ['Payroll', 1, 45595, ''],
        ]),
      ],
    };
    const result = locateTables(workbook, {});
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        check: 'missing-column',
        cell: "'Audit Plan'!A1",
        sheet: 'Audit Plan',
        row: 0,
        column: 0,
        message:
          "The audit plan table on sheet 'Audit Plan' has no Planned start column: looked in row 1 for a header such as Planned start, Start date or Quarter. Planned starts that have passed cannot be checked.",
        suggestion: 'Add a Planned start column to the header row, or choose the column in Settings.',
      },
      {
        severity: 'warning',
        check: 'missing-column',
        cell: "'Audit Actions'!A1",
        sheet: 'Audit Actions',
        row: 0,
        column: 0,
        message:
          "The actions table on sheet 'Audit Actions' has no Risk column: looked in row 1 for a header such as Risk, Priority or Grade. Actions cannot be counted or ordered by priority.",
        suggestion: 'Add a Risk column to the header row, or choose the column in Settings.',
      },
    ]);
    expect(result.actions?.columns).toEqual({ audit: 0, recommendation: 1, deadline: 2, signoff: 3 });
  });
});

describe("locateTables with the user's mapping", () => {
  const workbook = (): WorkbookCells => ({
    sheets: [
      sheet('Plan', [
        ['Audit', 'Status', 'Quarter'],
        ['Payroll', 'Fieldwork', 'Q3'],
      ]),
      sheet(
        'Tracker',
        [
          ['Audit Name', 'Action', 'Level', 'Deadline', 'Signoff Date', 'Ref'],
          ['Payroll', 'Fix it', 'High', 45595, '', 'R1'],
        ],
        {
          tables: [{ name: 'tblTracker', headerRow: 0, firstColumn: 0, lastColumn: 5, lastRow: 1 }],
        },
      ),
      sheet('Other', [ACTION_HEADER, ['Other', 1, 'Low', 45595, '']]),
    ],
  });

  test('a sheet override limits the search to that sheet', () => {
    expect(locateTables(workbook(), { actions: { sheet: 'other' } }).actions?.sheet).toBe('Other');
  });

  test('a table override picks the Excel table, and column overrides by header text and by letter apply', () => {
    const result = locateTables(workbook(), { actions: { table: 'TBLTRACKER', columns: { risk: 'level', recommendation: 'B' } } });
    expect(result.findings).toEqual([]);
    expect(result.actions).toMatchObject({
      sheet: 'Tracker',
      tableName: 'tblTracker',
      columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3, signoff: 4 },
      headers: { recommendation: 'Action', risk: 'Level' },
    });
  });

  test('a header-text override makes an odd header row recognisable', () => {
    const odd = sheet('Odd', [
      ['Whodunnit', 'Priority', 'Due', 'Closed', 'Rec'],
      ['Payroll', 'High', 45595, '', 1],
    ]);
    const result = locateTables({ sheets: [odd] }, { actions: { columns: { audit: 'Whodunnit' } } });
    expect(result.actions).toMatchObject({ sheet: 'Odd', columns: { audit: 0, risk: 1, deadline: 2, signoff: 3, ref: 4 } });
  });

  test('a header-text override finds a column set apart by a blank column', () => {
    const apart = sheet('Apart', [
      [...ACTION_HEADER, '', 'Extended to'],
      ['Payroll', 1, 'High', 45595, '', '', 45600],
    ]);
    const result = locateTables({ sheets: [apart] }, { actions: { columns: { revisedDeadline: 'extended to' } } });
    expect(result.actions).toMatchObject({ lastColumn: 6, columns: { revisedDeadline: 6 }, headers: { revisedDeadline: 'Extended to' } });
  });

  test('every column given by letter: the first filled row of the sheet is the header', () => {
    const odd = sheet('Odd', [
      ['', '', ''],
      ['Who', 'What', 'When'],
      ['Payroll', 'Fieldwork', 45595],
    ]);
    const result = locateTables({ sheets: [odd] }, { plan: { sheet: 'Odd', columns: { audit: 'A', status: 'B', plannedStart: 'C' } } });
    expect(result.plan).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 2, columns: { audit: 0, status: 1, plannedStart: 2 } });
  });

  test('an unknown table, sheet or column is reported, not guessed', () => {
    expect(locateTables(workbook(), { actions: { table: 'Nope' } }).findings).toEqual([
      {
        severity: 'error',
        check: 'missing-table',
        cell: 'Plan!A1',
        sheet: 'Plan',
        row: 0,
        column: 0,
        message: "No actions table found: there is no Excel table named 'Nope' in this workbook.",
        suggestion: "Check the table's name (Table Design > Table Name), or clear the table in Settings so the add-in finds it.",
      },
    ]);
    expect(locateTables(workbook(), { plan: { sheet: 'Missing' } }).findings[0].message).toBe(
      "No audit plan table found: there is no sheet named 'Missing' in this workbook.",
    );
    expect(locateTables(workbook(), { plan: { sheet: 'Other' } }).findings[0].message).toBe(
      "No audit plan table found: looked on sheet 'Other' for a header row with Audit Name, Planned start and Status.",
    );
    const columnFindings = locateTables(workbook(), { plan: { columns: { status: 'Progress so far' } } }).findings;
    expect(columnFindings[0]).toMatchObject({
      check: 'missing-column',
      message: "The audit plan table on sheet 'Plan' has no column headed 'Progress so far', which Settings names for Status.",
    });
  });
});

describe('locateTables robustness', () => {
  test('property: any grid of header words, names, dates and blanks locates and reads without throwing', () => {
    const words = [
      'Audit',
      'Audit Name',
      'Status',
      'Planned start',
      'Recommendation',
      'Risk',
      'Deadline',
      'Signoff Date',
      'Total',
      '',
      '',
      'Payroll',
      'High',
      'TBC',
      '__proto__',
    ];
    const cell = fc.oneof(fc.constantFrom(...words), fc.integer({ min: -10, max: 50000 }), fc.string({ maxLength: 6 }));
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, fc.nat(3), fc.nat(3), (values, originRow, originColumn) => {
        const workbook: WorkbookCells = { sheets: [sheet('S', values, { originRow, originColumn })] };
        const located = locateTables(workbook, {});
        const plan = located.plan ? readPlanRows(workbook, located.plan) : [];
        const actions = located.actions ? readActionRows(workbook, located.actions) : [];
        // Every row read lies below its own table's header.
        return plan.every((row) => row.ref.row > located.plan!.headerRow) && actions.every((row) => row.ref.row > located.actions!.headerRow);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a workbook with one of the two tables', () => {
  const actionsOnly = (): WorkbookCells => ({ sheets: [sheet('Tracker', [ACTION_HEADER, ['Payroll', 1, 'High', 45595, '']])] });

  test('says which table was not found as a warning: many organisations keep the plan in Word', () => {
    const result = locateTables(actionsOnly(), {});
    expect(result.actions).not.toBeNull();
    expect(result.findings.map((f) => [f.severity, f.check, f.message])).toEqual([
      ['warning', 'missing-table', 'No audit plan table found: looked on every sheet for a header row with Audit Name, Planned start and Status.'],
    ]);
  });

  test('keeps it an error when the last refresh of this workbook found that table, or the user named it', () => {
    const stored = { ...EMPTY_STORED_DATA, lastRefresh: { asOf: '2024-09-30', tablesFound: { plan: true, actions: true } } };
    expect(locateTables({ ...actionsOnly(), stored }, {}).findings.map((f) => f.severity)).toEqual(['error']);
    expect(locateTables(actionsOnly(), { plan: { sheet: 'Plan' } }).findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('locateTables on sheets that are not an action tracker', () => {
  test('a list with an Id, a Name and a Category, but no deadline and no way to close an item, is not taken for a tracker (regression: a data sheet beside pivot tables was summarised as ten open actions)', () => {
    const workbook: WorkbookCells = {
      sheets: [
        sheet('DataSheet', [
          ['Id', 'Name', 'Category', 'Value', 'Size', 'Date'],
          [1, 'a', 'blue', 10, 1.78, 45597],
          [2, 'b', 'yellow', 20, 2.01, 45295],
        ]),
      ],
      stored: EMPTY_STORED_DATA,
    };
    const result = locateTables(workbook, {});
    expect(result.actions).toBeNull();
    expect(result.findings.map((f) => [f.severity, f.check, f.message])).toEqual([
      ['error', 'missing-table', expect.stringMatching(/^No audit plan table found/)],
      [
        'error',
        'missing-table',
        'No actions table found: looked on every sheet for a header row with Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status).',
      ],
    ]);
  });

  test('the same list with a Status column is a tracker, and its missing deadline is said', () => {
    const workbook: WorkbookCells = {
      sheets: [
        sheet('Actions', [
          ['Id', 'Name', 'Category', 'Status'],
          [1, 'a', 'High', 'Open'],
        ]),
      ],
      stored: EMPTY_STORED_DATA,
    };
    const result = locateTables(workbook, {});
    expect(result.actions?.columns).toEqual({ ref: 0, risk: 2, status: 3 });
    expect(result.findings.find((f) => f.check === 'missing-column')?.message).toMatch(
      /^The actions table on sheet 'Actions' has no Deadline column:/,
    );
  });
});
