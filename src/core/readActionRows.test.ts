import { generateWorkbook } from '@test/fixtures/generateWorkbook';
import { makeSeedWorkbook, seedActionRows } from '@test/fixtures/seedTables';
import { locateTables } from './locateTables';
import { actionRowReader, cellOf, readActionRows } from './readActionRows';
import type { ActionField, CellValue, DateReading, LocatedTable, WorkbookCells } from './types';

function seedActions() {
  const workbook = makeSeedWorkbook();
  return readActionRows(workbook, locateTables(workbook, {}).actions!);
}

const date = (iso: string): DateReading => ({ kind: 'date', date: iso });

describe('readActionRows on the seed', () => {
  test('reads exactly the 7 actions with their dates', () => {
    const rows = seedActions();
    expect(
      rows.map((row) => ({ audit: row.audit, recommendation: row.recommendation, risk: row.risk, deadline: row.deadline, signoff: row.signoff })),
    ).toEqual(
      seedActionRows.map((row) => ({
        audit: row.audit,
        recommendation: row.recommendation,
        risk: row.risk,
        deadline: date(row.deadline),
        signoff: date(row.signoff),
      })),
    );
  });

  test('Firearms and Tasers: deadline 30/10/2024, signed off 14/08/2024, with its cells', () => {
    const [first, second] = seedActions();
    expect(first).toEqual({
      ref: { sheet: 'Audit Actions', row: 1, column: 0, address: "'Audit Actions'!A2" },
      columns: {
        sheet: 'Audit Actions',
        audit: 0,
        reference: null,
        recommendation: 1,
        risk: 2,
        owner: null,
        response: null,
        status: null,
        deadline: 3,
        revisions: [],
        signoff: 4,
      },
      audit: 'Firearms and Tasers',
      reference: '',
      recommendation: '1',
      risk: 'Medium',
      riskRank: 2,
      riskText: 'Medium',
      owner: '',
      response: '',
      statusText: '',
      status: { disposition: null, recognised: true, suggestion: null },
      deadline: { kind: 'date', date: '2024-10-30' },
      revisedDeadlines: [],
      signoff: { kind: 'date', date: '2024-08-14' },
      uncalculated: [],
    });
    // One columns object for the whole table, not one per row.
    expect(second.columns).toBe(first.columns);
    expect(cellOf(first, first.columns.signoff!)).toEqual({ sheet: 'Audit Actions', row: 1, column: 4, address: "'Audit Actions'!E2" });
  });

  test('the recommendation typed "3 " is trimmed and "5 & 6" kept as a label', () => {
    expect(seedActions().map((row) => row.recommendation)).toEqual(['1', '1', '3', '6', '5 & 6', '1', '4']);
  });
});

describe('readActionRows on untidy data', () => {
  const values: CellValue[][] = [
    ['Audit Name', 'Rec no', 'Priority', 'Target date', 'Extended to', 'Date implemented'],
    ['Payroll', 'R1', 'Meduim', '30/02/2024', 'TBC', ''],
    ['Payroll', 'R2', ' high\u00a0', '12/31/2024', '6 December 2024', '05/06/2024'],
    ['', '', '', '', '', ''],
    ['Grand total', '', '', '', '', ''],
    ['', 'R3', '', 45597, '', 'soon'],
  ];
  const workbook: WorkbookCells = { sheets: [{ name: 'Tracker', originRow: 0, originColumn: 0, values, tables: [] }] };
  const table: LocatedTable<ActionField> = {
    kind: 'actions',
    sheet: 'Tracker',
    tableName: null,
    headerRow: 0,
    firstRow: 1,
    lastRow: 5,
    firstColumn: 0,
    lastColumn: 5,
    columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3, revisedDeadline: 4, signoff: 5 },
    headers: {},
  };

  test('keeps each problem as a reading for the validator', () => {
    const rows = readActionRows(workbook, table);
    expect(
      rows.map((row) => [row.ref.address, row.audit, row.recommendation, row.riskText, row.risk, row.deadline, row.revisedDeadlines[0], row.signoff]),
    ).toEqual([
      [
        'Tracker!A2',
        'Payroll',
        'R1',
        'Meduim',
        null,
        { kind: 'impossible', text: '30/02/2024' },
        { kind: 'placeholder', text: 'TBC' },
        { kind: 'blank' },
      ],
      [
        'Tracker!A3',
        'Payroll',
        'R2',
        'high',
        'High',
        { kind: 'us-format', text: '12/31/2024', usDate: '2024-12-31' },
        date('2024-12-06'),
        date('2024-06-05'),
      ],
      ['Tracker!A6', '', 'R3', '', null, date('2024-11-01'), { kind: 'blank' }, { kind: 'unreadable', text: 'soon' }],
    ]);
  });
});

describe('readActionRows on a large generated workbook', () => {
  test('20,000 clean actions and 300 audits read completely with no findings', () => {
    const workbook = generateWorkbook({ audits: 300, actions: 20000, seed: 7 });
    const located = locateTables(workbook, {});
    expect(located.findings).toEqual([]);
    const rows = readActionRows(workbook, located.actions!);
    expect(rows).toHaveLength(20000);
    expect(rows.every((row) => row.audit !== '' && row.risk !== null && row.deadline.kind === 'date')).toBe(true);
    expect(new Set(rows.map((row) => row.audit)).size).toBe(300);
  });
});

describe('readActionRows on a tracker grouped under audit headings', () => {
  // An audit column filled on some rows only: the rest take the audit from the heading above them.
  const workbook: WorkbookCells = {
    sheets: [
      {
        name: 'Actions',
        originRow: 0,
        originColumn: 0,
        values: [
          ['Audit', 'Rec', 'Deadline', 'Status'],
          ['Payroll 2023/24 - Reasonable assurance', '', '', ''],
          ['', 1, '31/03/2024', 'Open'],
          ['Payroll (follow-up)', 2, '31/03/2024', 'Open'],
          ['', 3, '', 'Open'],
          ['', 4, '30/06/2024', 'Open'],
        ],
        tables: [],
        uncalculated: [[4, 0]],
      },
    ],
  };
  const table = locateTables(workbook, {}).actions!;

  test('takes the heading’s audit where the row has none, keeps a row’s own, and leaves a formula never calculated unknown', () => {
    expect(readActionRows(workbook, table).map((row) => [row.ref.address, row.audit, row.reference])).toEqual([
      ['Actions!A3', 'Payroll 2023/24', '1'],
      ['Actions!A4', 'Payroll (follow-up)', '2'],
      ['Actions!A5', '', '3'],
      ['Actions!A6', 'Payroll 2023/24', '4'],
    ]);
  });

  test('reads one row as the whole table reads it (live re-checking re-reads only the rows an edit touched)', () => {
    const read = actionRowReader(workbook.sheets[0], table);
    expect([2, 3, 4, 5].map((row) => read(row).audit)).toEqual(['Payroll 2023/24', 'Payroll (follow-up)', '', 'Payroll 2023/24']);
  });
});
