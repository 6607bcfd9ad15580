/** The engine on a large generated tracker (300 audits, 20,000 actions): nothing flagged, and every table agrees. */
import { generateWorkbook } from '@test/fixtures/generateWorkbook';
import { analyseWorkbook } from './analyseWorkbook';
import { describeRefresh } from './describeRefresh';
import { layoutSummary } from './layoutSummary';
import { resolveSettings } from './resolveSettings';
import type { SummaryTable } from './types';
import { readPriority, UNGRADED_RANK } from './priorities';

const riskRank = (text: string) => readPriority(text)?.rank ?? UNGRADED_RANK;

const analysis = analyseWorkbook(generateWorkbook({ audits: 300, actions: 20000, seed: 7 }), {
  settings: resolveSettings({ since: '2024-06-30' }),
  today: '2024-09-30',
});
const table = (id: string) => analysis.summary.blocks.find((block) => block.id === id) as SummaryTable;
const actions = analysis.actions.rows;

test('reads every row of a clean generated workbook and finds nothing to fix', () => {
  expect(analysis.plan.rows.length).toBe(300);
  expect(actions.length).toBe(20000);
  expect(analysis.findings).toEqual([]);
});

test('the open-by-risk totals agree with the classified actions', () => {
  const total = table('open-by-risk').rows.at(-1)!;
  expect(total[0]).toBe('Total');
  expect(total.slice(1)).toEqual([
    actions.filter((a) => a.overdue).length,
    actions.filter((a) => a.dueSoon).length,
    actions.filter((a) => a.open && !a.overdue && !a.dueSoon && a.effectiveDeadline !== null).length,
    actions.filter((a) => a.open).length,
  ]);
});

test('the overdue table lists every overdue action, highest risk first and then oldest deadline', () => {
  const { rows, columns } = table('overdue');
  const risk = columns.findIndex((column) => column.header === 'Risk');
  const deadline = columns.findIndex((column) => column.header === 'Deadline');
  expect(rows.length).toBe(actions.filter((a) => a.overdue).length);
  for (let i = 1; i < rows.length; i++) {
    const [before, after] = [rows[i - 1], rows[i]];
    const rankBefore = riskRank(String(before[risk]));
    const rankAfter = riskRank(String(after[risk]));
    expect(rankBefore <= rankAfter).toBe(true);
    if (rankBefore === rankAfter) {
      expect((before[deadline] as { date: string }).date <= (after[deadline] as { date: string }).date).toBe(true);
    }
  }
});

test('the one-line description and the signed-off table agree', () => {
  const overdue = actions.filter((a) => a.overdue).length;
  const signed = table('signed-off-since').rows.length;
  const waiting = table('awaiting-verification').rows.length;
  expect(describeRefresh(analysis)).toBe(
    `300 audits, 20000 actions: ${overdue} overdue, ${waiting} awaiting verification, ${signed} signed off since 30/06/2024`,
  );
  expect(waiting).toBe(actions.filter((a) => a.disposition === 'awaiting-verification').length);
  expect(signed).toBe(actions.filter((a) => a.signedOffSince).length);
  expect(signed).toBeGreaterThan(0);
  expect(overdue).toBeGreaterThan(0);
});

test('the layout keeps one width for every row', () => {
  const layout = layoutSummary(analysis.summary);
  expect(new Set(layout.values.map((row) => row.length)).size).toBe(1);
});
