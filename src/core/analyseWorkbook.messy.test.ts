/**
 * The engine end to end on another organisation's tracker, written the way people really keep them: a titled plan
 * with its own wording and an opinion column, an actions Excel table with a revised deadline, numbers typed as
 * recommendations, dates as serials and as text (some wrong), a misspelt risk, a duplicate, a row with no audit
 * name, and cell text that looks like a formula or an object property.
 */
import { analyseWorkbook } from './analyseWorkbook';
import { isoDateToSerial } from './serials';
import { layoutSummary } from './layoutSummary';
import { resolveSettings } from './resolveSettings';
import type { CellValue, SummaryTable, WorkbookCells } from './types';

const d = (iso: string) => isoDateToSerial(iso);
const DATE = 'dd/mm/yyyy';

const planValues: CellValue[][] = [
  ['Internal Audit Plan 2024/25', '', '', ''],
  ['', '', '', ''],
  ['Review', 'Start date', 'Progress', 'Assurance'],
  ['Payroll', d('2024-04-08'), 'Final report issued 14/03/2024', 'Good'],
  ['Fleet Management', 'Q3', 'Fieldwork in progress', ''],
  ['Cyber Security', d('2024-09-01'), 'Not started', ''],
  ['Estates', 'TBC', 'Finalsed', ''],
  ['Procurement', 'December 2024', 'Complete', ''],
  ['', 'Q4', 'Planning', ''],
  ['HR Recruitment', '', 'Deferred to the 2025/26 plan', ''],
  ['Treasury', '', 'Final', 'Substantail'],
  ['=SUM(1)', '', 'Cancelled', ''],
];
const planFormats = planValues.map((row, r) => row.map((_, c) => (c === 1 && r > 2 ? DATE : 'General')));

const actionValues: CellValue[][] = [
  ['Audit', 'Rec no', 'Priority', 'Due date', 'Revised deadline', 'Date implemented'],
  ['Payroll', 1, 'High', d('2024-09-30'), '', ''],
  ['Payroll', 2, 'Meduim', d('2024-10-15'), d('2024-12-31'), ''],
  ['Fleet Management', 1, 'Priority 2', '30/02/2024', '', ''],
  ['Fleet Management', 2, 'Low', '12/31/2024', '', ''],
  ['Estates', 1, 'Medium', 'TBC', '', ''],
  ['Estates', 1, 'medium', d('2024-11-15'), '', d('2024-11-20')],
  ['Cyber Security', 3, 'low', d('2024-08-31'), '', d('2024-09-10')],
  ['__proto__', 'toString', 'High', d('2024-11-10'), '', ''],
];
const actionFormats = actionValues.map((row, r) => row.map((_, c) => (c >= 3 && r > 0 ? DATE : 'General')));

const workbook: WorkbookCells = {
  sheets: [
    { name: 'Plan 2024-25', originRow: 0, originColumn: 0, values: planValues, numberFormats: planFormats, tables: [] },
    {
      name: 'Actions',
      originRow: 0,
      originColumn: 0,
      values: actionValues,
      numberFormats: actionFormats,
      tables: [{ name: 'ActionsTable', headerRow: 0, firstColumn: 0, lastColumn: 5, lastRow: 8 }],
    },
  ],
};

const analysis = analyseWorkbook(workbook, { settings: resolveSettings({ since: '2024-07-24' }), today: '2024-10-31' });
const table = (id: string) => analysis.summary.blocks.find((block) => block.id === id) as SummaryTable;

test('finds the titled plan and the actions table with their own headers', () => {
  expect(analysis.plan.table).toMatchObject({ sheet: 'Plan 2024-25', headerRow: 2, firstRow: 3, lastRow: 11 });
  expect(analysis.plan.table?.columns).toEqual({ audit: 0, plannedStart: 1, status: 2, opinion: 3 });
  expect(analysis.actions.table).toMatchObject({ sheet: 'Actions', tableName: 'ActionsTable', firstRow: 1, lastRow: 8 });
  expect(analysis.actions.table?.columns).toEqual({
    audit: 0,
    ref: 1,
    risk: 2,
    deadline: 3,
    revisedDeadline: 4,
    signoff: 5,
  });
});

test('reports every problem at its cell, errors first', () => {
  expect(analysis.findings.map((f) => [f.severity, f.check, f.cell, f.suggestion])).toEqual([
    ['error', 'impossible-date', 'Actions!D4', 'Enter the intended date as dd/mm/yyyy.'],
    ['error', 'us-date', 'Actions!D5', 'Change it to 31/12/2024.'],
    ['error', 'signoff-in-future', 'Actions!F7', 'Correct the sign-off date, or clear it until the action has been signed off.'],
    ['error', 'missing-audit-name', "'Plan 2024-25'!A9", "Enter the audit's name, or clear the row."],
    ['warning', 'unknown-risk', 'Actions!C3', 'Change it to "Medium".'],
    ['warning', 'missing-deadline', 'Actions!D6', 'Enter the agreed deadline as dd/mm/yyyy.'],
    ['warning', 'duplicate-action', 'Actions!A7', 'Delete one of the two rows, or correct the recommendation number if they are different actions.'],
    ['warning', 'start-passed-not-started', "'Plan 2024-25'!B6", 'Update the status, or change the planned start to the new date.'],
    ['warning', 'misspelt-status', "'Plan 2024-25'!C7", 'Change it to "Finalised".'],
    [
      'warning',
      'final-without-opinion',
      "'Plan 2024-25'!D7",
      'Enter the opinion from the final report in the opinion column, for example "Reasonable".',
    ],
    [
      'warning',
      'final-without-opinion',
      "'Plan 2024-25'!D8",
      'Enter the opinion from the final report in the opinion column, for example "Reasonable".',
    ],
    ['warning', 'unknown-opinion', "'Plan 2024-25'!D11", 'Change the opinion to "Substantial".'],
  ]);
});

test('explains the impossible and US-style dates in words', () => {
  expect(analysis.findings.slice(0, 2).map((f) => f.message)).toEqual([
    'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
    'The deadline 12/31/2024 reads as month/day/year. Dates here are day/month/year: did you mean 31/12/2024?',
  ]);
});

test('reads stages from the organisation’s wording, with the opinion column winning', () => {
  expect(analysis.plan.rows.map((row) => [row.audit, row.stage, row.opinion])).toEqual([
    ['Payroll', 'final', 'Good'],
    ['Fleet Management', 'fieldwork', null],
    ['Cyber Security', 'not-started', null],
    // "Finalsed" is read as the final stage it means; misspelt-status offers the correction.
    ['Estates', 'final', null],
    ['Procurement', 'final', null],
    ['', 'planning', null],
    ['HR Recruitment', 'deferred', null],
    ['Treasury', 'final', null],
    ['=SUM(1)', 'cancelled', null],
  ]);
});

test('lists overdue actions highest risk first, using the revised deadline', () => {
  expect(table('overdue').rows).toEqual([['Payroll', '1', 'High', { date: '2024-09-30' }, 31]]);
});

test('counts open actions by risk, with the undated ones apart', () => {
  expect(table('open-by-risk').columns.map((c) => c.header)).toEqual([
    'Risk',
    'Overdue',
    'Due within 30 days',
    'Not yet due',
    'No deadline',
    'Total',
  ]);
  // "Priority 2" keeps its own row: the organisation's word, listed after the scale most of the tracker uses.
  expect(table('open-by-risk').rows).toEqual([
    ['High', 1, 1, 0, 0, 2],
    ['Medium', 0, 0, 0, 1, 1],
    ['Low', 0, 0, 0, 1, 1],
    ['Priority 2', 0, 0, 0, 1, 1],
    ['Not graded', 0, 0, 1, 0, 1],
    ['Total', 1, 1, 1, 3, 6],
  ]);
});

test('lists the action signed off since the previous meeting', () => {
  expect(table('signed-off-since').rows).toEqual([['Cyber Security', '3', 'low', { date: '2024-08-31' }, { date: '2024-09-10' }]]);
});

test('keeps formula-like text as text on the summary sheet', () => {
  const layout = layoutSummary(analysis.summary);
  const row = layout.values.findIndex((values) => values[0] === '=SUM(1)');
  expect(row).toBeGreaterThan(0);
  expect(layout.numberFormats[row][0]).toBe('@');
});
