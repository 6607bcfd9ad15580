/**
 * recheckRows must give exactly what analyseWorkbook gives, whatever the edit: random edits to the seed, the messy
 * fixtures and a small generated tracker, with values a person might type. When it gives up (null) the caller runs
 * analyseWorkbook, so only its non-null answers are compared; the test also checks it does not simply give up always.
 */
import fc from 'fast-check';
import { generateWorkbook } from '@test/fixtures/generateWorkbook';
import { messyWorkbooks } from '@test/fixtures/messyTables';
import { realTrackers } from '@test/fixtures/realTrackers';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';
import { analyseWorkbook, resolveSettings } from './analyseWorkbook';
import { patchCells } from './patchCells';
import { recheckRows, type ChangedRange } from './recheckRows';
import type { Analysis, CellValue, LocatedTable, WorkbookCells } from './types';

const options = { settings: resolveSettings({ since: '2024-07-24' }), today: '2024-10-31' };

/** What people type: dates right and wrong, risk words and slips, statuses, totals, headers, blanks, odd text. */
const TYPED: CellValue[] = [
  '',
  '',
  ' ',
  null,
  '31/12/2024',
  '01/11/2024',
  '30/02/2024',
  '31/06/25',
  '12/31/2024',
  '2024-10-01',
  '14/08/2025',
  45595,
  45290,
  45700,
  46000,
  3,
  1,
  'TBC',
  'N/A',
  '-',
  'end of year',
  'High',
  'Medium',
  'Meduim',
  'amber',
  'Banana',
  'Low\u00a0',
  'Priority 1',
  'Finalised- Substantial assurance',
  'Finalised - Substantail assurance',
  'Finalsed',
  'Not started',
  'Planning',
  'Draft report issued',
  'Fieldwork in progress',
  'Complete',
  'In progress',
  'Q4 TBC',
  'December 2023',
  'Reasonable',
  'Reasonble',
  'Total',
  'Grand total',
  'Audit',
  'Recommendation',
  'Deadline',
  'Status',
  'Source: internal audit',
  'Payroll',
  'Procurement under \u00a360K',
  '__proto__',
  'toString',
  true,
  '=SUM(A1:A3)',
  // Action statuses, grades of other scales, and dates written as words.
  'Implemented',
  'Implemnted',
  'Superseded',
  'Risk accepted',
  'Awaiting verification',
  'Partially implemented',
  'Outstanding',
  'Green',
  '100%',
  'Significant',
  'Fundamental',
  'Housekeeping',
  'March 2024',
  '31 March 2025 (revised)',
  'Finalsed - Reasonable assurance',
];

interface Fixture {
  name: string;
  workbook: WorkbookCells;
  analysis: Analysis;
}

const HEADER_WORDS: CellValue[] = ['Audit', 'Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Status', 'Planned start', 'Signoff Date', 'Opinion'];

/** The seed with two duplicate actions already in it, so edits can also remove or move duplicate warnings. */
function seedWithDuplicates(): WorkbookCells {
  const seed = makeSeedWorkbook();
  const once = patchCells(seed, { sheet: 'Audit Actions', top: 7, left: 1, values: [[1]] });
  return patchCells(once, { sheet: 'Audit Actions', top: 4, left: 0, values: [['procurement under \u00a360k', 6]] });
}

/**
 * An action tracker with no risk column: the risk and duplicate warnings then fall on the same cell (the audit name),
 * where only the order of their check ids decides which comes first.
 */
function noRiskColumn(): WorkbookCells {
  const plan: CellValue[][] = [
    ['Audit', 'Planned start', 'Status'],
    ['Payroll', 'Complete', 'Finalised- Reasonable assurance'],
    ['Fleet Management', '01/04/2024', 'Not started'],
  ];
  const actions: CellValue[][] = [
    ['Audit', 'Recommendation', 'Deadline', 'Signoff date'],
    ['Payroll', 1, '31/12/2024', ''],
    ['Payroll', 1, '', ''],
    ['Payroll', 2, 'TBC', ''],
    ['', 3, '30/02/2024', ''],
    ['Fleet Management', 1, '12/31/2024', '01/09/2024'],
  ];
  const formats = (values: CellValue[][]) => values.map((row) => row.map(() => 'General'));
  return {
    sheets: [
      { name: 'Plan', originRow: 0, originColumn: 0, values: plan, numberFormats: formats(plan), tables: [] },
      { name: 'Actions', originRow: 0, originColumn: 0, values: actions, numberFormats: formats(actions), tables: [] },
    ],
  };
}

const fixtures: Fixture[] = [
  ['seed', makeSeedWorkbook()] as const,
  ['seedWithDuplicates', seedWithDuplicates()] as const,
  ['noRiskColumn', noRiskColumn()] as const,
  ...Object.entries(messyWorkbooks).map(([name, make]) => [name, make()] as const),
  ...Object.entries(realTrackers).map(([name, make]) => [name, make()] as const),
  ['generated', generateWorkbook({ audits: 12, actions: 40, seed: 7 })] as const,
].map(([name, workbook]) => ({ name, workbook, analysis: analyseWorkbook(workbook, options) }));

type Edit =
  | { kind: 'cells'; sheet: number; row: number; column: number; values: CellValue[][]; inTable: number | null }
  | { kind: 'duplicate'; target: number; source: number };

/** Raw choices; turned into sheet coordinates against the fixture, so shrinking stays meaningful. */
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('cells' as const),
      sheet: fc.nat(),
      row: fc.nat(),
      column: fc.nat(),
      values: fc.oneof(
        fc.array(fc.array(fc.constantFrom(...TYPED), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }),
        // A row of headings typed into the data: it can start a new table, or cut the one it is in.
        fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 2, maxLength: 4 }).map((row) => [row]),
      ),
      // Mostly inside a table's data (where the fast path applies); sometimes anywhere near the used range.
      inTable: fc.option(fc.nat(1), { freq: 4 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat(), source: fc.nat() }) },
);

function dataTables(analysis: Analysis): LocatedTable[] {
  return [analysis.plan.table, analysis.actions.table].filter((table): table is LocatedTable => table !== null && table.lastRow >= table.firstRow);
}

/** Applies one edit; returns the patched workbook and the rectangle changed, or null when the edit does not apply. */
function apply(workbook: WorkbookCells, analysis: Analysis, edit: Edit): { workbook: WorkbookCells; change: ChangedRange } | null {
  if (edit.kind === 'duplicate') {
    // Copy another action's audit and recommendation onto a row: a duplicate (or, shrunk, a row copied onto itself).
    const table = analysis.actions.table;
    const rows = analysis.actions.rows;
    if (!table || rows.length === 0 || table.columns.audit === undefined || table.columns.recommendation === undefined) return null;
    const target = rows[edit.target % rows.length];
    const source = rows[edit.source % rows.length];
    const [auditColumn, recommendationColumn] = [table.columns.audit, table.columns.recommendation];
    if (recommendationColumn !== auditColumn + 1) return null;
    const values = [[source.audit, source.recommendation]];
    const top = target.ref.row;
    return {
      workbook: patchCells(workbook, { sheet: table.sheet, top, left: auditColumn, values }),
      change: { sheet: table.sheet, top, bottom: top, left: auditColumn, right: recommendationColumn },
    };
  }
  let sheetName: string;
  let top: number;
  let left: number;
  const tables = dataTables(analysis);
  if (edit.inTable !== null && tables.length > 0) {
    const table = tables[edit.inTable % tables.length];
    sheetName = table.sheet;
    top = table.firstRow + (edit.row % (table.lastRow - table.firstRow + 1));
    left = table.firstColumn + (edit.column % (table.lastColumn - table.firstColumn + 1));
  } else {
    const sheet = workbook.sheets[edit.sheet % workbook.sheets.length];
    const width = Math.max(1, ...sheet.values.map((row) => row.length));
    sheetName = sheet.name;
    top = Math.max(0, sheet.originRow - 1 + (edit.row % (sheet.values.length + 3)));
    left = Math.max(0, sheet.originColumn - 1 + (edit.column % (width + 3)));
  }
  const width = Math.max(...edit.values.map((row) => row.length));
  return {
    workbook: patchCells(workbook, { sheet: sheetName, top, left, values: edit.values }),
    change: { sheet: sheetName, top, bottom: top + edit.values.length - 1, left, right: left + width - 1 },
  };
}

describe('recheckRows gives what analyseWorkbook gives', () => {
  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('after random edits to %s', (_name, fixture) => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 3 }), (edits) => {
        runs += 1;
        let workbook = fixture.workbook;
        const changes: ChangedRange[] = [];
        for (const edit of edits) {
          const applied = apply(workbook, fixture.analysis, edit);
          if (!applied) continue;
          workbook = applied.workbook;
          changes.push(applied.change);
        }
        const fast = recheckRows(fixture.analysis, workbook, changes, options);
        if (fast === null) return;
        answered += 1;
        expect(fast).toEqual(analyseWorkbook(workbook, options).findings);
      }),
      { numRuns: 250, seed: 20241031 },
    );
    // Not a test that passes by always giving up: a fair share of the edits (multi-edit, many outside the data) is answered.
    expect(answered / runs).toBeGreaterThan(0.15);
  });

  test('after a random edit to one of 2,000 actions', () => {
    const workbook = generateWorkbook({ audits: 60, actions: 2000, seed: 11 });
    const analysis = analyseWorkbook(workbook, options);
    let answered = 0;
    fc.assert(
      fc.property(editArbitrary, (edit) => {
        const applied = apply(workbook, analysis, edit);
        if (!applied) return;
        const fast = recheckRows(analysis, applied.workbook, [applied.change], options);
        if (fast === null) return;
        answered += 1;
        expect(fast).toEqual(analyseWorkbook(applied.workbook, options).findings);
      }),
      { numRuns: 60, seed: 7 },
    );
    expect(answered).toBeGreaterThan(15);
  });
});
