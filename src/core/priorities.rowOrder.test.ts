/**
 * Every summary table with a row per priority lists the priorities in one order (priorities.ts priorityOrder), so a
 * committee reading the open-by-risk table and the committee's tables below it finds the grades in the same places.
 * Before, the movement tables ordered by rank across scales and open-by-risk scale by scale: with two providers'
 * scales (Leicestershire PCC) High and Fundamental sat together in one and apart in the other.
 */
import { analyseWorkbook, resolveSettings } from './analyseWorkbook';
import type { SummaryTable } from './types';
import { leicestershireTwoProviders } from '@test/fixtures/realTrackers';

const PER_PRIORITY = ['priority-by-rag', 'overdue-ageing', 'revised-vs-overdue'] as const;

function firstColumn(table: SummaryTable | undefined): string[] {
  return (table?.rows ?? []).map((row) => String(row[0])).filter((label) => label !== 'Total');
}

test('the committee’s tables list two providers’ priorities in the order of the open-by-risk table', () => {
  const analysis = analyseWorkbook(leicestershireTwoProviders(), {
    settings: resolveSettings({ asOf: '2015-12-07', since: '2015-09-29' }),
    today: '2015-12-07',
  });
  const tables = new Map(analysis.summary.blocks.filter((block): block is SummaryTable => block.kind === 'table').map((block) => [block.id, block]));
  const openByRisk = firstColumn(tables.get('open-by-risk'));
  expect(openByRisk).toEqual(['High', 'Medium', 'Low', 'Advisory', 'Fundamental', 'Significant', 'Housekeeping']);
  expect(firstColumn(tables.get('priority-by-rag'))).toEqual(['Medium', 'Low', 'Advisory', 'Fundamental', 'Significant', 'Housekeeping']);
  for (const id of PER_PRIORITY) {
    const rows = firstColumn(tables.get(id));
    expect(rows).toEqual(openByRisk.filter((label) => rows.includes(label)));
  }
});
