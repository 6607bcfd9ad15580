import { makeSeedWorkbook, seedPlanRows } from '@test/fixtures/seedTables';
import { locateTables } from './locateTables';
import { readPlanRows } from './readPlanRows';
import type { CellValue, LocatedTable, PlanField, WorkbookCells } from './types';

function seedPlan() {
  const workbook = makeSeedWorkbook();
  const table = locateTables(workbook, {}).plan!;
  return readPlanRows(workbook, table);
}

describe('readPlanRows on the seed', () => {
  test('reads exactly the 16 audits, trimmed, with planned starts as the cells show them', () => {
    const rows = seedPlan();
    expect(rows.map((row) => ({ audit: row.audit, plannedStartText: row.plannedStartText, status: row.statusText }))).toEqual(
      seedPlanRows.map(({ audit, plannedStartText, status }) => ({ audit, plannedStartText, status })),
    );
    expect(rows[0].audit).toBe('Budget Setting and Control');
    expect(rows[9].audit).toBe('PFI/ Reporting to Home Office');
  });

  test('planned starts are read into dates and words, quarters in the financial year the plan’s title names (2024/25)', () => {
    const rows = seedPlan();
    expect(rows.map((row) => row.plannedStart)).toEqual([
      { kind: 'complete' },
      { kind: 'complete' },
      { kind: 'in-progress' },
      { kind: 'in-progress' },
      { kind: 'in-progress' },
      { kind: 'in-progress' },
      { kind: 'date', date: '2024-11-11' },
      { kind: 'date', date: '2024-12-06' },
      { kind: 'date', date: '2024-12-11' },
      { kind: 'quarter', quarters: [2, 3], text: 'Q2/3 TBC', financialYear: 2024 },
      { kind: 'date', date: '2025-01-06' },
      { kind: 'date', date: '2025-01-20' },
      { kind: 'in-progress' },
      { kind: 'date', date: '2025-02-12' },
      { kind: 'date', date: '2025-02-13' },
      { kind: 'quarter', quarters: [4], text: 'Q4 TBC', financialYear: 2024 },
    ]);
  });

  test('each row points at its cells', () => {
    const row = seedPlan()[6];
    expect(row.ref).toEqual({ sheet: 'Audit Plan', row: 9, column: 0, address: "'Audit Plan'!A10" });
    expect(row.plannedStartRef?.address).toBe("'Audit Plan'!B10");
    expect(row.statusRef?.address).toBe("'Audit Plan'!C10");
    expect(row.opinionRef).toBeNull();
    expect(row.opinionText).toBe('');
  });

  test('statuses are interpreted into stages and opinions', () => {
    const rows = seedPlan();
    expect(rows.slice(0, 3).map((row) => [row.stage, row.opinion])).toEqual([
      ['final', 'Substantial'],
      ['final', 'Reasonable'],
      ['draft', null],
    ]);
    expect(rows[9].stage).toBe('planning');
  });
});

describe('readPlanRows on untidy data', () => {
  const values: CellValue[][] = [
    ['Audit', 'Planned start', 'Status', 'Assurance'],
    ['\u00a0Payroll\u00a0', '6 Dec 24', 'Final report issued 14/03/2024', ' limited '],
    ['', '', '', ''],
    ['Insurance', 45700, 'Fieldwork', ''],
    ['Total', 2, '', ''],
    ['Estates', -4, '', ''],
  ];
  const workbook: WorkbookCells = {
    sheets: [{ name: 'Plan', originRow: 0, originColumn: 0, values, numberFormats: values.map((r) => r.map(() => 'General')), tables: [] }],
  };
  const table: LocatedTable<PlanField> = {
    kind: 'plan',
    sheet: 'Plan',
    tableName: null,
    headerRow: 0,
    firstRow: 1,
    lastRow: 5,
    firstColumn: 0,
    lastColumn: 3,
    columns: { audit: 0, plannedStart: 1, status: 2, opinion: 3 },
    headers: {},
  };

  test('skips the blank and totals rows, trims, and reads the opinion column', () => {
    const rows = readPlanRows(workbook, table);
    expect(rows.map((row) => [row.ref.address, row.audit, row.plannedStartText, row.opinionText])).toEqual([
      ['Plan!A2', 'Payroll', '6 Dec 24', 'limited'],
      ['Plan!A4', 'Insurance', '12/02/2025', ''],
      ['Plan!A6', 'Estates', '-4', ''],
    ]);
    expect(rows[0].plannedStart).toEqual({ kind: 'date', date: '2024-12-06' });
    expect(rows[0].stage).toBe('final');
    expect(rows[0].opinion).toBe('Limited');
    expect(rows[2].plannedStart).toEqual({ kind: 'unreadable', text: '-4' });
  });

  test('a table without a planned start column reads blanks there', () => {
    const rows = readPlanRows(workbook, { ...table, columns: { audit: 0, status: 2 } });
    expect(rows[0]).toMatchObject({ plannedStartText: '', plannedStart: { kind: 'blank' }, plannedStartRef: null, opinionRef: null });
  });

  test('a table on a sheet that is not there reads no rows', () => {
    expect(readPlanRows(workbook, { ...table, sheet: 'Gone' })).toEqual([]);
  });
});
