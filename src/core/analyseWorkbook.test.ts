import { seedWorkbook } from '@test/fixtures/seedTables';
import { analyseWorkbook } from './analyseWorkbook';
import { describeRefresh } from './describeRefresh';
import { toJsonReport } from './jsonReport';
import { layoutSummary } from './layoutSummary';
import { resolveSettings } from './resolveSettings';
import type { SummaryParagraph, SummaryTable } from './types';

const table = (analysis: ReturnType<typeof analyseWorkbook>, id: string) => analysis.summary.blocks.find((block) => block.id === id) as SummaryTable;

describe('analyseWorkbook on the seed paper, as of 31/10/2024 with the previous meeting on 24/07/2024', () => {
  const analysis = analyseWorkbook(seedWorkbook, {
    settings: resolveSettings({ since: '2024-07-24' }),
    today: '2024-10-31',
  });

  test('finds both tables and every row, with nothing to fix', () => {
    expect(analysis.asOf).toBe('2024-10-31');
    expect(analysis.since).toBe('2024-07-24');
    expect(analysis.plan.rows.length).toBe(16);
    expect(analysis.actions.rows.length).toBe(7);
    expect(analysis.findings).toEqual([]);
  });

  test('reads each audit’s stage and opinion', () => {
    expect(analysis.plan.rows.map((row) => [row.ref.address, row.stage, row.opinion])).toEqual([
      ["'Audit Plan'!A4", 'final', 'Substantial'],
      ["'Audit Plan'!A5", 'final', 'Reasonable'],
      ["'Audit Plan'!A6", 'draft', null],
      ["'Audit Plan'!A7", 'draft', null],
      ["'Audit Plan'!A8", 'planning', null],
      ["'Audit Plan'!A9", 'planning', null],
      ["'Audit Plan'!A10", 'planning', null],
      ["'Audit Plan'!A11", 'planning', null],
      ["'Audit Plan'!A12", 'planning', null],
      ["'Audit Plan'!A13", 'planning', null],
      ["'Audit Plan'!A14", 'planning', null],
      ["'Audit Plan'!A15", 'planning', null],
      ["'Audit Plan'!A16", 'draft', null],
      ["'Audit Plan'!A17", 'planning', null],
      ["'Audit Plan'!A18", 'planning', null],
      ["'Audit Plan'!A19", 'planning', null],
    ]);
  });

  test('reproduces the seed’s plan table', () => {
    expect(table(analysis, 'plan').rows).toEqual([
      ['Budget Setting and Control', 'Complete', 'Finalised- Substantial assurance'],
      ['Covert Accounts', 'Complete', 'Finalised- Reasonable assurance'],
      ['Contract Management (Joint)', 'In progress', 'Draft report issued'],
      ['Estates Health and Safety', 'In progress', 'Draft report issued'],
      ['Follow Up', 'In progress', 'Scope and timing agreed'],
      ['Firearms Licensing', 'In progress', 'Scope and timing agreed'],
      ['Information Asset Ownership', { date: '2024-11-11' }, 'Scope and timing agreed'],
      ['Firearms (Special Property)', { date: '2024-12-06' }, 'Scope and timing agreed'],
      ['Capital Accounting and Fixed Assets', { date: '2024-12-11' }, 'Scope and timing agreed'],
      ['PFI/ Reporting to Home Office', 'Q2/3 TBC', 'Commissioned outside IA plan - planning'],
      ['Commissioning', { date: '2025-01-06' }, 'Scope and timing agreed'],
      ['Death Policy (Joint)', { date: '2025-01-20' }, 'Scope and timing agreed'],
      ['Project Benefits Tracking', 'In progress', 'Draft report issued'],
      ['Insurance', { date: '2025-02-12' }, 'Scope and timing agreed'],
      ['Proceeds of Crime Act (POCA)', { date: '2025-02-13' }, 'Scope and timing agreed'],
      ['Technology Optimisation (Joint)', 'Q4 TBC', 'Scope and timing agreed'],
    ]);
  });

  test('reproduces the seed’s signed-off table: all seven actions', () => {
    expect(table(analysis, 'signed-off-since').rows).toEqual([
      ['Firearms and Tasers', '1', 'Medium', { date: '2024-10-30' }, { date: '2024-08-14' }],
      ['Procurement under £60K', '1', 'Low', { date: '2024-07-30' }, { date: '2024-08-20' }],
      ['Procurement under £60K', '3', 'Low', { date: '2024-07-30' }, { date: '2024-08-20' }],
      ['Procurement under £60K', '6', 'Medium', { date: '2024-07-30' }, { date: '2024-08-20' }],
      ['Grants and Commissioning', '5 & 6', 'Low', { date: '2024-06-30' }, { date: '2024-08-27' }],
      ['Counter Fraud Framework Review', '1', 'Low', { date: '2023-12-30' }, { date: '2024-08-27' }],
      ['Procurement under £60K', '4', 'Medium', { date: '2024-08-31' }, { date: '2024-08-27' }],
    ]);
  });

  test('counts the plan at a glance and writes the narrative', () => {
    expect(table(analysis, 'plan-at-a-glance').rows).toEqual([
      ['Final report issued', 2, 0.125],
      ['Draft report', 3, 0.1875],
      ['Planning', 11, 0.6875],
      ['Total audits', 16, 1],
      ['Opinion issued: Substantial', 1, null],
      ['Opinion issued: Reasonable', 1, null],
      ['Plan delivered', 2, 0.125],
    ]);
    expect((analysis.summary.blocks.find((block) => block.id === 'narrative') as SummaryParagraph).text).toBe(
      'The internal audit plan contains 16 audits: 2 are finalised (1 with substantial and 1 with reasonable assurance), ' +
        '3 are at draft report stage and 11 are being planned. Final reports have been issued for 13% of the plan. ' +
        'The action tracker holds 7 actions, none of them open. ' +
        '7 actions were signed off between the previous meeting on 24/07/2024 and 31/10/2024. No actions are overdue.',
    );
  });

  test('describes the refresh in one line', () => {
    expect(describeRefresh(analysis)).toBe('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');
  });

  test('gives the --json rows with sheet-qualified cells', () => {
    const json = toJsonReport(analysis);
    expect(json.plan.rows[9]).toEqual({
      cell: "'Audit Plan'!A13",
      audit: 'PFI/ Reporting to Home Office',
      plannedStart: 'Q2/3 TBC',
      status: 'Commissioned outside IA plan - planning',
      stage: 'planning',
      opinion: null,
    });
    expect(json.actions.rows[2]).toEqual({
      cell: "'Audit Actions'!A4",
      audit: 'Procurement under £60K',
      recommendation: '3',
      risk: 'Low',
      deadline: '2024-07-30',
      signoff: '2024-08-20',
      overdue: false,
      daysOverdue: 0,
      ref: null,
      owner: null,
      status: null,
      disposition: 'implemented',
      originalDeadline: '2024-07-30',
      revisions: 0,
      response: null,
    });
    expect(json.tablesFound).toEqual({ plan: true, actions: true });
    expect(json.actions.signedOffSince.length).toBe(7);
    expect(json.actions.overdue).toEqual([]);
  });

  test('lays the summary out on the JAC Summary sheet', () => {
    const layout = layoutSummary(analysis.summary);
    expect(layout.values.slice(0, 2).map((row) => row[0])).toEqual([
      'Joint Audit Committee: internal audit summary',
      'As at 31/10/2024; previous meeting 24/07/2024',
    ]);
  });
});

describe('analyseWorkbook on the seed paper a month later', () => {
  const analysis = analyseWorkbook(seedWorkbook, {
    settings: resolveSettings({ since: '2024-10-31', asOf: '2024-12-01' }),
    today: '2026-01-01',
  });

  test('takes the paper’s date from the settings over today', () => {
    expect(analysis.asOf).toBe('2024-12-01');
  });

  test('flags the audit whose planned start has passed while still at planning', () => {
    expect(analysis.findings.map((f) => [f.severity, f.check, f.cell])).toEqual([['warning', 'start-passed-not-started', "'Audit Plan'!B10"]]);
  });

  test('says nothing was signed off since the previous meeting', () => {
    expect(table(analysis, 'signed-off-since')).toMatchObject({
      rows: [],
      emptyText: 'No actions were signed off since the previous meeting.',
    });
    expect(describeRefresh(analysis)).toBe('16 audits, 7 actions: 0 overdue, 0 signed off since 31/10/2024');
  });
});

describe('analyseWorkbook on a workbook without the tables', () => {
  const analysis = analyseWorkbook(
    { sheets: [{ name: 'Sheet1', originRow: 0, originColumn: 0, values: [['Hello']], tables: [] }] },
    { settings: resolveSettings(null), today: '2024-10-31' },
  );

  test('still returns an analysis, with no rows and the missing tables as findings', () => {
    expect(analysis.plan).toEqual({ table: null, rows: [] });
    expect(analysis.actions).toEqual({ table: null, rows: [] });
    expect(analysis.findings.map((f) => [f.severity, f.check])).toEqual([
      ['error', 'missing-table'],
      ['error', 'missing-table'],
    ]);
    // Nothing is written for such a workbook (the refresh is blocked); the summary says why in its notes.
    expect(analysis.summary.blocks.map((block) => block.id)).toEqual([]);
    expect(analysis.summary.notes).toEqual([
      'No audit plan was found in this workbook, so the plan\u2019s tables are left out.',
      'No action tracker was found in this workbook, so the tables of actions are left out.',
    ]);
  });
});
