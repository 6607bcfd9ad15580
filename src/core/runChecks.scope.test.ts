/**
 * Each check declares its scope, and live checking trusts it (recheckRows runs a `row` check on the edited rows
 * alone). These tests hold every check to its declaration over the fixture workbooks: a `row` check finds, for a
 * context of one row, exactly what it finds on that row in the whole table, and nowhere else.
 */
import { analyseWorkbook, resolveSettings } from './analyseWorkbook';
import type { Check, CheckContext } from './checks/checkContext';
import { duplicateAction } from './checks/duplicateAction';
import { sortFindings } from './finding';
import { patchCells } from './patchCells';
import { CHECKS } from './runChecks';
import type { Finding, WorkbookCells } from './types';
import { generateWorkbook } from '@test/fixtures/generateWorkbook';
import { messyWorkbooks } from '@test/fixtures/messyTables';
import { groupedUnderHeadings, nhsTrustTracker } from '@test/fixtures/moreTrackers';
import { realTrackers } from '@test/fixtures/realTrackers';
import { makeSeedWorkbook } from '@test/fixtures/seedTables';

const options = { settings: resolveSettings({ since: '2024-07-24' }), today: '2024-10-31' };

/** The seed with a second copy of the Procurement action (row 5 made like row 7), so duplicate-action has something. */
function seedWithDuplicate(): WorkbookCells {
  const seed = makeSeedWorkbook();
  const row = seed.sheets.find((sheet) => sheet.name === 'Audit Actions')!.values[6].slice(0, 2);
  return patchCells(seed, { sheet: 'Audit Actions', top: 4, left: 0, values: [row] });
}

const workbooks: [string, WorkbookCells][] = [
  ['seed', makeSeedWorkbook()],
  ['seedWithDuplicate', seedWithDuplicate()],
  ...Object.entries(messyWorkbooks).map(([name, make]): [string, WorkbookCells] => [name, make()]),
  ...Object.entries(realTrackers).map(([name, make]): [string, WorkbookCells] => [name, make()]),
  ['groupedUnderHeadings', groupedUnderHeadings()],
  ['nhsTrustTracker', nhsTrustTracker()],
  ['generated', generateWorkbook({ audits: 12, actions: 60, seed: 7 })],
];

const contexts: [string, CheckContext][] = workbooks.map(([name, workbook]) => {
  const analysis = analyseWorkbook(workbook, options);
  return [name, { plan: analysis.plan.rows, actions: analysis.actions.rows, asOf: analysis.asOf }];
});

/** Each row on its own: what the check finds for it, and whether every one of those findings is on that row. */
function rowByRow(check: Check, { plan, actions, asOf }: CheckContext): { findings: Finding[]; offRow: Finding[] } {
  const findings: Finding[] = [];
  const offRow: Finding[] = [];
  const rows = [
    ...plan.map((row) => ({ plan: [row], actions: [], ref: row.ref })),
    ...actions.map((action) => ({ plan: [], actions: [action], ref: action.ref })),
  ];
  for (const { ref, ...one } of rows) {
    for (const finding of check.check({ ...one, asOf })) {
      findings.push(finding);
      if (finding.sheet !== ref.sheet || finding.row !== ref.row) offRow.push(finding);
    }
  }
  return { findings, offRow };
}

describe('every check keeps to its metadata', () => {
  test('the checks have one id each', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(contexts)('every finding a check makes in %s carries that check\u2019s id', (_name, context) => {
    for (const check of CHECKS) {
      expect(check.check(context).filter((finding) => finding.check !== check.id)).toEqual([]);
    }
  });

  test.each(contexts)('a check of row scope finds in %s, row by row, what it finds in the whole table', (_name, context) => {
    for (const check of CHECKS.filter((c) => c.scope === 'row')) {
      const { findings, offRow } = rowByRow(check, context);
      expect(offRow).toEqual([]);
      expect(sortFindings(findings)).toEqual(sortFindings(check.check(context)));
    }
  });

  test('the fixtures would catch a table check declared as a row check', () => {
    // duplicate-action compares rows: row by row it finds nothing, so declaring it `row` fails the test above.
    const [, context] = contexts.find(([name]) => name === 'seedWithDuplicate')!;
    expect(duplicateAction.check(context).map((finding) => finding.cell)).toEqual(["'Audit Actions'!A7"]);
    expect(rowByRow(duplicateAction, context).findings).toEqual([]);
  });
});
