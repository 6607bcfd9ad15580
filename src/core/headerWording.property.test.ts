/**
 * Where the columns sit and how their headers are worded must not change what the engine reads: shuffling the
 * columns, adding columns it does not read, and heading each column with any wording the field table lists give the
 * same rows and the same findings (cells compared by the field they belong to, since the letters move).
 */
import fc from 'fast-check';
import { on, type Dated } from '@test/fixtures/realTrackers';
import { columnLetter } from './address';
import { analyseWorkbook } from './analyseWorkbook';
import { isoDateToSerial } from './serials';
import { FIELD_SPECS } from './fields';
import { type FieldSpec } from './fieldSpec';
import { toJsonReport } from './jsonReport';
import { resolveSettings } from './resolveSettings';
import type { Analysis, CellValue, SheetCells, TableKind, WorkbookCells } from './types';

type Cell = CellValue | Dated;

interface Column {
  /** The field the column holds, or null for one the engine does not read. */
  field: string | null;
  header: string;
  values: Cell[];
}

/** The North Devon-style tracker of realTrackers.ts, column by column, with each field's label as its header. */
const ACTIONS: Column[] = [
  {
    field: 'ref',
    header: 'Ref',
    values: ['22 CTAX 01', '22 CTAX 02', '23 PAY 01', '23 PAY 02', '23 PROC 01', '24 CYB 02', '24 HS 01', '24 HS 02', '24 HS 03', '24 HS 03'],
  },
  {
    field: 'audit',
    header: 'Audit Name',
    values: [
      'Council Tax',
      'Council Tax',
      'Payroll',
      'Payroll',
      'Procurement',
      'Cyber Security',
      'Health and Safety',
      'Health and Safety',
      'Health and Safety',
      'Health and Safety',
    ],
  },
  {
    field: 'recommendation',
    header: 'Recommendation',
    values: [
      'Reconcile monthly.',
      'Review discounts.',
      'Check leavers.',
      'Document overtime.',
      'Keep a waiver register.',
      'Enforce MFA.',
      'Refresh fire risk assessments.',
      'Record lone working.',
      'Train first aiders.',
      'Train first aiders.',
    ],
  },
  { field: 'risk', header: 'Risk', values: ['High', 'Significant', 'High', 'Meduim', 'Medium', 'Priority 2', 'Low', 'Amber', 'High', 'High'] },
  {
    field: 'owner',
    header: 'Owner',
    values: [
      'Revenues Manager',
      'Revenues Manager',
      'Head of HR',
      '',
      'Procurement Lead',
      'ICT Manager',
      'Facilities Manager',
      'Facilities Manager',
      'Facilities Manager',
      '',
    ],
  },
  {
    field: 'deadline',
    header: 'Deadline',
    values: [
      on('2024-03-31'),
      on('2024-06-30'),
      on('2024-05-31'),
      '30/02/2024',
      on('2024-04-30'),
      on('2024-08-31'),
      'March 2024',
      on('2024-03-31'),
      on('2024-02-28'),
      'TBC',
    ],
  },
  { field: 'revisedDeadline', header: 'Revised deadline', values: ['', '', on('2024-08-31'), '', '', '', '', '', 'TBC', ''] },
  {
    field: 'status',
    header: 'Status',
    values: [
      'Implemented',
      'Superseded',
      'Partially implemented',
      'In progress',
      'Risk accepted',
      'In progress',
      'Implemnted',
      'Awaiting verification',
      'Outstanding',
      'Banana',
    ],
  },
  { field: 'signoff', header: 'Signoff Date', values: [on('2024-03-15'), '', '', '', '', on('2024-08-20'), '', on('2024-12-12'), '', ''] },
  {
    field: 'response',
    header: 'Management response',
    values: ['Done.', 'Superseded.', 'Leavers checked.', '', 'Accepted.', 'Rolled out.', 'All sites.', 'Audit to test.', 'Booked.', ''],
  },
];

const PLAN: Column[] = [
  { field: 'audit', header: 'Audit Name', values: ['Council Tax', 'Payroll', 'Cyber Security', 'Waste'] },
  { field: 'plannedStart', header: 'Planned start', values: ['Q1', on('2024-07-01'), 'December', on('2024-06-03')] },
  { field: 'status', header: 'Status', values: ['Final report issued', 'Fieldwork', 'Scheduled', 'Finalsed - Reasonable assurance'] },
  { field: 'opinion', header: 'Assurance opinion', values: ['Reasonable', '', '', ''] },
];

/** Columns no field reads, with headers that match no wording of either table. */
const UNRELATED: Column[] = [
  {
    field: null,
    header: 'Directorate',
    values: ['Resources', 'Resources', 'People', 'People', 'Resources', 'Digital', 'Place', 'Place', 'Place', 'Place'],
  },
  { field: null, header: 'Year raised', values: [2022, 2022, 2023, 2023, 2023, 2024, 2024, 2024, 2024, 2024] },
  { field: null, header: 'Theme', values: ['Income', 'Income', 'Pay', 'Pay', 'Spend', 'ICT', 'Safety', 'Safety', 'Safety', 'Safety'] },
];

const OPTIONS = { settings: resolveSettings({ since: '2024-06-10' }), today: '2024-09-23' };

function sheet(name: string, columns: Column[]): SheetCells {
  const height = columns[0].values.length;
  const values: CellValue[][] = [columns.map((column) => column.header)];
  const numberFormats: string[][] = [columns.map(() => 'General')];
  for (let r = 0; r < height; r += 1) {
    const cells = columns.map((column) => column.values[r] ?? '');
    values.push(cells.map((cell) => (cell !== null && typeof cell === 'object' ? isoDateToSerial(cell.date) : cell)));
    numberFormats.push(cells.map((cell) => (cell !== null && typeof cell === 'object' ? 'dd/mm/yyyy' : 'General')));
  }
  return { name, originRow: 0, originColumn: 0, values, numberFormats, tables: [] };
}

function workbook(plan: Column[], actions: Column[]): WorkbookCells {
  return { sheets: [sheet('Plan', plan), sheet('Actions', actions)] };
}

/**
 * Findings with each cell named by its field (the letters move), and cells inside messages named the same way.
 * Sorted, because findings on one row are listed left to right, and the columns have moved.
 */
function comparable(analysis: Analysis, layout: Record<TableKind, Column[]>) {
  const fieldAt = (sheetName: string, column: number) => {
    const columns = sheetName === 'Plan' ? layout.plan : layout.actions;
    return columns[column]?.field ?? `column ${column}`;
  };
  const letters = (sheetName: string) => {
    const columns = sheetName === 'Plan' ? layout.plan : layout.actions;
    return new Map(columns.map((column, index) => [columnLetter(index), column.field ?? `column ${index}`]));
  };
  return analysis.findings
    .map((f) => {
      const byLetter = letters(f.sheet);
      const named = (text: string) =>
        text.replace(/\b([A-Z]{1,2})(\d+)\b/g, (token, letter: string, row: string) =>
          byLetter.has(letter) ? `${byLetter.get(letter)}@${row}` : token,
        );
      return {
        severity: f.severity,
        check: f.check,
        sheet: f.sheet,
        row: f.row,
        field: fieldAt(f.sheet, f.column),
        message: named(f.message),
        suggestion: f.suggestion === null ? null : named(f.suggestion),
      };
    })
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

/** The JSON rows without the cell they point at, which is the only part a move may change. */
function rows(analysis: Analysis) {
  const report = toJsonReport(analysis);
  return {
    plan: report.plan.rows.map(({ cell: _cell, ...row }) => row),
    actions: report.actions.rows.map(({ cell: _cell, ...row }) => row),
  };
}

const expected = (() => {
  const layout = { plan: PLAN, actions: ACTIONS };
  const analysis = analyseWorkbook(workbook(PLAN, ACTIONS), OPTIONS);
  return { rows: rows(analysis), findings: comparable(analysis, layout), analysis };
})();

const wordings = (kind: TableKind, field: string): readonly string[] =>
  (FIELD_SPECS[kind] as readonly FieldSpec[]).find((spec) => spec.id === field)!.headers;

/** A layout: the columns in some order, some unrelated ones among them, each field headed by one of its wordings. */
function layoutArbitrary(kind: TableKind, columns: Column[], extra: Column[]) {
  return fc
    .record({
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: columns.length + extra.length,
        maxLength: columns.length + extra.length,
      }),
      extras: fc.subarray(extra.map((_, i) => i)),
      wordings: fc.array(fc.nat(), { minLength: columns.length, maxLength: columns.length }),
    })
    .map(({ order, extras, wordings: picks }) => {
      const headed = columns.map((column, i) => {
        const choices = wordings(kind, column.field!);
        return { ...column, header: choices[picks[i] % choices.length] };
      });
      const all = [...headed, ...extras.map((i) => extra[i])];
      return all
        .map((column, i) => ({ column, key: order[i] }))
        .sort((a, b) => a.key - b.key)
        .map(({ column }) => column);
    });
}

describe('header wording and column order', () => {
  test('the fixture is worth permuting: it has rows, several dispositions and findings of many rules', () => {
    const { analysis } = expected;
    expect(analysis.actions.rows).toHaveLength(10);
    expect(new Set(analysis.actions.rows.map((row) => row.disposition)).size).toBe(4);
    expect([...new Set(analysis.findings.map((f) => f.check))].sort()).toEqual([
      'duplicate-action',
      'impossible-date',
      'missing-deadline',
      'misspelt-status',
      'revised-date-tbc',
      'signoff-in-future',
      'status-contradicts-date',
      'unknown-action-status',
      'unknown-risk',
    ]);
  });

  test('shuffled columns, unrelated columns and any listed wording give the same rows and findings', () => {
    fc.assert(
      fc.property(layoutArbitrary('plan', PLAN, []), layoutArbitrary('actions', ACTIONS, UNRELATED), (plan, actions) => {
        const analysis = analyseWorkbook(workbook(plan, actions), OPTIONS);
        expect(analysis.actions.table?.sheet).toBe('Actions');
        expect(rows(analysis)).toEqual(expected.rows);
        expect(comparable(analysis, { plan, actions })).toEqual(expected.findings);
      }),
      { numRuns: 300, seed: 20240923 },
    );
  });
});
