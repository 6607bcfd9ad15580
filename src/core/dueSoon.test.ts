import { actionRow } from '@test/core/rows';
import { addDays } from './calendar';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import { DUE_SOON_DAYS, DUE_SOON_HEADER, DUE_SOON_NEXT, DUE_SOON_WORDS } from './dueSoon';
import { highlightRules } from './highlightRules';
import type { ActionField, LocatedTable, SummaryParagraph, SummaryTable } from './types';

const asOf = '2024-10-31';
const days = String(DUE_SOON_DAYS);

describe('"due soon" is derived from DUE_SOON_DAYS everywhere it is said or computed', () => {
  const actions = classifyActions(
    [
      actionRow({ row: 1, audit: 'Payroll', recommendation: '1', risk: 'High', deadline: addDays(asOf, DUE_SOON_DAYS) }),
      actionRow({ row: 2, audit: 'Payroll', recommendation: '2', risk: 'High', deadline: addDays(asOf, DUE_SOON_DAYS + 1) }),
    ],
    asOf,
    null,
  );

  test('an action due on the last day of the window is due soon, one due the day after is not', () => {
    expect(actions.map((action) => action.dueSoon)).toEqual([true, false]);
  });

  test('the words say the number of days', () => {
    expect([DUE_SOON_WORDS, DUE_SOON_HEADER, DUE_SOON_NEXT]).toEqual([
      `due within ${days} days`,
      `Due within ${days} days`,
      `due within the next ${days} days`,
    ]);
  });

  test("the summary's open-actions column and its narrative take the number from the constant", () => {
    const model = buildSummary([], actions, asOf, null);
    const byRisk = model.blocks.find((block) => block.id === 'open-by-risk') as SummaryTable;
    expect(byRisk.columns.map((column) => column.header)).toContain(`Due within ${days} days`);
    const text = model.blocks
      .filter((block) => block.kind === 'paragraph')
      .map((block) => (block as SummaryParagraph).text)
      .join(' ');
    expect(text).toContain(`1 more falls due within the next ${days} days.`);
  });

  test("the amber conditional format's formula looks the same number of days ahead", () => {
    const table: LocatedTable<ActionField> = {
      kind: 'actions',
      sheet: 'Actions',
      tableName: null,
      headerRow: 0,
      firstRow: 1,
      lastRow: 5,
      firstColumn: 0,
      lastColumn: 3,
      columns: { audit: 0, recommendation: 1, risk: 2, deadline: 3 },
      headers: {},
    };
    expect(highlightRules(table)?.dueSoonFormula.endsWith(`<=TODAY()+${days})`)).toBe(true);
  });
});
