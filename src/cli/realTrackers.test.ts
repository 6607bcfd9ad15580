/**
 * jac-summary on real .xlsx files written by openpyxl (test/fixtures/makeRealTrackers.py), shaped like published
 * tables: a council plan with no tracker, a tracker with no plan, and a tracker whose dates are formulas that were
 * never calculated. Workbooks with one table are reported on (exit 0); the JSON carries the new fields.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { main } from './main';
import { analyseWorkbook, resolveSettings } from '../core/analyseWorkbook';
import { describeRefresh } from '../core/describeRefresh';
import type { SummaryParagraph, SummaryTable } from '../core/types';
import { WorkbookFile } from '../file/ooxml/WorkbookFile';
import { fakeIo, ROOT } from '@test/cli/fakeIo';

const REAL = path.join(ROOT, 'test/fixtures/real');
const NORTH_NORFOLK = path.join(REAL, 'north-norfolk-plan.xlsx');
const CITY_OF_LONDON = path.join(REAL, 'city-of-london-actions.xlsx');
const CAMMS = path.join(REAL, 'camms-formula-dates.xlsx');
const MERGED = path.join(REAL, 'merged-headers.xlsx');

interface Report {
  tablesFound: { plan: boolean; actions: boolean };
  plan: { rows: { cell: string; audit: string; plannedStart: string | null; stage: string; opinion: string | null }[] };
  actions: {
    rows: Record<string, unknown>[];
    overdue: { ref: string | null }[];
  };
  findings: { severity: string; rule: string; cell: string; message: string }[];
}

async function json(args: string[], files: Record<string, string> = {}): Promise<{ code: number; report: Report; stderr: string }> {
  const run = fakeIo(files);
  const code = await main([...args, '--json'], run.io);
  return { code, report: JSON.parse(run.stdout() || 'null') as Report, stderr: run.stderr() };
}

const findings = (report: Report) => report.findings.map((f) => [f.severity, f.rule, f.cell]);

describe('a North Norfolk-style council plan with no action tracker', () => {
  test('exits 0 with the plan read from its own wording, and a warning that says which table was not found', async () => {
    const { code, report, stderr } = await json([NORTH_NORFOLK, '--as-of', '06/12/2011', '--since', '13/09/2011']);
    expect([code, stderr]).toEqual([0, '']);
    expect(report.tablesFound).toEqual({ plan: true, actions: false });
    expect(report.plan.rows.map((row) => [row.cell, row.audit, row.plannedStart, row.stage, row.opinion])).toEqual([
      ["'Appendix 1'!B5", 'Coastal Change and Pathfinder Management', 'June', 'final', 'Good'],
      ["'Appendix 1'!B6", 'Affordable Housing', 'June', 'final', 'Good'],
      ["'Appendix 1'!B7", 'Waste Management', 'August', 'final', 'Limited'],
      ["'Appendix 1'!B8", 'Corporate Policy, Performance Management', null, 'deferred', null],
      ["'Appendix 1'!B9", 'Accountancy Services', 'August September', 'final', 'Adequate'],
      ["'Appendix 1'!B10", 'Car Parking and Markets', 'September', 'draft', null],
      ["'Appendix 1'!B11", 'Remittances', 'October', 'final', 'Adequate'],
      ["'Appendix 1'!B12", 'Sundry Debtors', 'November', 'planning', null],
      ["'Appendix 1'!B13", 'Sports Halls / Centres', 'December', 'planning', null],
      ["'Appendix 1'!B14", 'Corporate Governance / Risk Management', 'January', 'planning', null],
      ["'Appendix 1'!B15", 'Communications', 'January', 'not-started', null],
      ["'Appendix 1'!B16", 'Work to support the AGS', 'February', 'not-started', null],
      ["'Appendix 1'!B17", 'Parks and Open Spaces', 'February', 'deferred', null],
      ["'Appendix 1'!B18", 'Systems Audit Follow Up', 'Ongoing', 'fieldwork', null],
      ["'Appendix 1'!B21", 'Business Continuity', 'December', 'deferred', null],
    ]);
    expect(report.actions.rows).toEqual([]);
    expect(findings(report)).toEqual([
      ['warning', 'missing-table', "'Appendix 1'!A1"],
      ['warning', 'misspelt-status', "'Appendix 1'!H7"],
      ['warning', 'start-passed-not-started', "'Appendix 1'!G12"],
    ]);
    expect(report.findings[1].message).toBe(
      'The status "Complete Finalsed report issued 25 October 2011" for Waste Management looks misspelt; it is read as "Final report issued".',
    );
    // "November" in a plan titled "for 2011/12" is November 2011, over by the paper of 06/12/2011.
    expect(report.findings[2].message).toBe(
      'The planned start November for Sundry Debtors has passed, but the status "Audit fieldwork starts 14 November 2011" still shows the audit at planning.',
    );
  });

  test('the report says in one line that the tracker was not found, and keeps its blocks out', async () => {
    const run = fakeIo();
    expect(await main([NORTH_NORFOLK, '--as-of', '06/12/2011'], run.io)).toBe(0);
    const text = run.stdout();
    expect(text).toContain('No action tracker was found in this workbook, so the tables of actions are left out.\n');
    expect(text).not.toContain('Overdue actions');
    expect(text).toContain(
      'The internal audit plan contains 15 audits: 5 are finalised (2 with good, 2 with adequate and 1 with\nlimited assurance)',
    );
  });
});

describe('a City of London-style action tracker with no plan', () => {
  const args = [CITY_OF_LONDON, '--as-of', '21/05/2024', '--since', '20/02/2024'];

  test('exits 0 with every new field on each action, and the plan reported missing', async () => {
    const { code, report } = await json(args);
    expect(code).toBe(0);
    expect(report.tablesFound).toEqual({ plan: false, actions: true });
    expect(report.actions.rows[0]).toEqual({
      cell: 'Recommendations!B2',
      audit: 'Police Bank Accounts',
      recommendation: 'Reconcile all force bank accounts monthly.',
      risk: 'Red',
      deadline: '2024-03-31',
      signoff: null,
      overdue: true,
      daysOverdue: 51,
      ref: 'PB 23/24 01',
      owner: 'Chief Finance Officer',
      status: 'Open',
      disposition: 'open',
      originalDeadline: '2023-12-31',
      revisions: 1,
      response: 'Backlog cleared by March.',
    });
    expect(report.actions.rows.map((row) => [row.ref, row.status, row.disposition, row.deadline, row.daysOverdue])).toEqual([
      ['PB 23/24 01', 'Open', 'open', '2024-03-31', 51],
      ['PB 23/24 02', 'Open', 'open', '2024-01-31', 111],
      ['KFC 23/24 01', 'Implemented', 'implemented', '2023-11-30', 0],
      ['KFC 23/24 02', 'Green', 'open', '2024-03-31', 51],
      ['SEC 23/24 01', 'Not started', 'open', '2024-06-30', 0],
      ['SEC 23/24 02', 'Open', 'open', '2024-05-31', 0],
      ['UMS 23/24 01', 'Green', 'open', '2024-03-31', 51],
      ['IT 23/24 01', 'Open', 'open', '2024-09-30', 0],
    ]);
    expect(findings(report)).toEqual([
      ['warning', 'missing-table', 'Recommendations!A1'],
      ['warning', 'revised-date-tbc', 'Recommendations!G3'],
      ['warning', 'unknown-action-status', 'Recommendations!H5'],
      ['warning', 'revised-date-tbc', 'Recommendations!G8'],
      ['warning', 'unknown-action-status', 'Recommendations!H8'],
    ]);
    expect(report.actions.overdue.map((row) => row.ref)).toEqual(['PB 23/24 01', 'PB 23/24 02', 'KFC 23/24 02', 'UMS 23/24 01']);
  });

  test('the user’s vocabulary in --settings says what "Green" means, and the overdue list follows', async () => {
    const settings = JSON.stringify({ vocabulary: [{ table: 'actions', field: 'status', word: 'Green', means: 'implemented' }] });
    const { code, report } = await json([...args, '--settings', 'col.json'], { 'col.json': settings });
    expect(code).toBe(0);
    expect(report.actions.rows.filter((row) => row.status === 'Green').map((row) => row.disposition)).toEqual(['implemented', 'implemented']);
    expect(report.actions.overdue.map((row) => row.ref)).toEqual(['PB 23/24 01', 'PB 23/24 02']);
    expect(findings(report)).toEqual([
      ['warning', 'missing-table', 'Recommendations!A1'],
      ['warning', 'revised-date-tbc', 'Recommendations!G3'],
    ]);
  });

  test.each([
    [
      { vocabulary: { Green: 'implemented' } },
      'The settings file bad.json has "vocabulary" that is not a list such as [{"table": "actions", "field": "status", "word": "Closed - verified", "means": "implemented"}].',
    ],
    [
      { vocabulary: [{ table: 'actions', field: 'owner', word: 'Green', means: 'implemented' }] },
      'The settings file bad.json has vocabulary entry 1 with "field": "owner"; the actions fields that take words are risk and status.',
    ],
    [
      { vocabulary: [{ table: 'actions', field: 'status', word: 'Green', means: 'done' }] },
      'The settings file bad.json has vocabulary entry 1 with "means": "done"; for actions status use one of open, awaiting-verification, implemented, closed-without-implementation.',
    ],
  ])('a bad vocabulary entry exits 2 naming it: %j', async (settings, message) => {
    const run = fakeIo({ 'bad.json': JSON.stringify(settings) });
    expect(await main([...args, '--settings', 'bad.json'], run.io)).toBe(2);
    expect(run.stderr()).toBe(`jac-summary: ${message}\n`);
  });
});

describe('a Camms-style tracker written by a script, with formula dates never calculated', () => {
  test('gives each uncalculated formula its own error instead of calling the date missing, and reads a cached result', async () => {
    const { code, report } = await json([CAMMS, '--as-of', '30/06/2024']);
    expect(code).toBe(0);
    expect(report.tablesFound).toEqual({ plan: true, actions: true });
    expect(findings(report)).toEqual([
      ['error', 'uncalculated-formula', 'Actions!G2'],
      ['error', 'uncalculated-formula', 'Actions!F3'],
      ['error', 'uncalculated-formula', 'Actions!J5'],
      ['error', 'uncalculated-formula', 'Actions!B7'],
      ['error', 'uncalculated-formula', 'Plan!C3'],
    ]);
    expect(report.findings[1].message).toBe('The deadline in F3 is a formula whose result has never been calculated, so its value is not known.');
    expect(report.actions.rows.map((row) => [row.ref, row.disposition, row.deadline, row.originalDeadline, row.revisions, row.overdue])).toEqual([
      // The revision in G2 is unknown: the deadline is not guessed, so the action is not called overdue.
      ['A-101', 'open', null, '2024-03-31', 0, false],
      ['A-102', 'open', null, null, 0, false],
      ['A-103', 'open', '2024-05-31', '2024-01-31', 2, true],
      // Complete by its status; its completed date is a formula, so it is not "signed off since" anything.
      ['A-104', 'implemented', '2023-12-31', '2023-12-31', 0, false],
      ['A-105', 'open', '2024-07-15', '2024-07-15', 0, false],
      ['A-106', 'open', '2024-12-31', '2024-12-31', 0, false],
      // F8's formula has the result Excel stored: 30/04/2024.
      ['A-107', 'open', '2024-04-30', '2024-04-30', 0, true],
    ]);
    expect(report.plan.rows.map((row) => [row.audit, row.stage])).toEqual([
      ['Payroll', 'final'],
      ['Cyber', 'other'],
    ]);
  });
});

describe('a Leicestershire-style tracker and plan whose headers are two rows of merged cells', () => {
  test('reads "Original" and "Revised" under a merged "Target date" as the deadline and its revision, and the second header row as no action (regression: it was read as an action with no audit, and the revised dates were ignored)', async () => {
    const { code, report, stderr } = await json([MERGED, '--as-of', '15/11/2016', '--since', '20/09/2016']);
    expect([code, stderr]).toEqual([0, '']);
    expect(
      report.actions.rows.map((row) => [
        row.cell,
        row.audit,
        row.ref,
        row.risk,
        row.deadline,
        row.originalDeadline,
        row.disposition,
        row.daysOverdue,
      ]),
    ).toEqual([
      ['Recommendations!A5', 'Seized Property 2015/16', '1', 'High', '2016-10-31', '2016-03-31', 'open', 15],
      ['Recommendations!A6', 'Seized Property 2015/16', '2', 'Medium', '2016-03-31', '2016-03-31', 'implemented', 0],
      ['Recommendations!A7', 'Payroll 2015/16', '1', 'Fundamental', '2016-10-31', '2015-03-31', 'open', 15],
      ['Recommendations!A8', 'Payroll 2015/16', '2', 'Significant', '2016-09-30', '2016-09-30', 'awaiting-verification', 0],
      ['Recommendations!A9', 'Payroll 2015/16', '3', 'Housekeeping', '2016-12-31', '2016-12-31', 'open', 0],
      ['Recommendations!A10', 'Treasury Management 2015/16', '1', 'Advisory', '2016-06-30', '2016-06-30', 'closed-without-implementation', 0],
      ['Recommendations!A11', 'Treasury Management 2015/16', '2', 'Low', '2016-08-31', '2016-05-31', 'open', 76],
      ['Recommendations!A12', 'Treasury Management 2015/16', '3', 'Low', '2016-12-31', '2016-09-30', 'open', 0],
    ]);
    expect(report.plan.rows.map((row) => [row.cell, row.audit, row.plannedStart, row.stage, row.opinion])).toEqual([
      ['Plan!A3', 'Seized Property', 'Q1', 'final', 'Limited'],
      ['Plan!A4', 'Payroll', 'Q2', 'draft', null],
      ['Plan!A5', 'Treasury Management', 'Q3', 'not-started', null],
    ]);
    expect(findings(report)).toEqual([]);
  });
});

describe('the committee’s tables, narrative and the pane’s line on the .xlsx fixtures', () => {
  async function analyse(file: string, asOf: string, since: string | null = null) {
    const cells = WorkbookFile.open(new Uint8Array(await fs.readFile(file))).cells();
    const analysis = analyseWorkbook(cells, { settings: resolveSettings({ asOf, since }), today: asOf });
    const rows = (id: string) => (analysis.summary.blocks.find((block) => block.id === id) as SummaryTable | undefined)?.rows;
    const narrative = (analysis.summary.blocks.find((block) => block.id === 'narrative') as SummaryParagraph).text;
    return { rows, narrative, line: describeRefresh(analysis) };
  }

  test('North Norfolk: the plan at a glance, with deferred audits left out of the share delivered', async () => {
    const { rows, narrative, line } = await analyse(NORTH_NORFOLK, '2011-12-06', '2011-09-13');
    expect(rows('plan-at-a-glance')).toEqual([
      ['Final report issued', 5, 5 / 15],
      ['Draft report', 1, 1 / 15],
      ['Fieldwork', 1, 1 / 15],
      ['Planning', 3, 3 / 15],
      ['Not started', 2, 2 / 15],
      ['Deferred', 3, 3 / 15],
      ['Total audits', 15, 1],
      ['Opinion issued: Good', 2, null],
      ['Opinion issued: Adequate', 2, null],
      ['Opinion issued: Limited', 1, null],
      ['Plan delivered (excluding cancelled and deferred audits)', 5, 5 / 12],
    ]);
    expect(rows('overdue')).toBeUndefined();
    expect(narrative).toBe(
      'The internal audit plan contains 15 audits: 5 are finalised (2 with good, 2 with adequate and 1 with limited assurance), ' +
        '1 is at draft report stage, 1 is in fieldwork, 3 are being planned, 2 have not started and 3 have been deferred. ' +
        'Final reports have been issued for 42% of the plan, leaving aside cancelled and deferred audits.',
    );
    expect(line).toBe('15 audits; no action tracker found');
  });

  test('City of London: overdue actions with their owners, and the tracker’s Red / Amber / Green grades', async () => {
    const { rows, narrative, line } = await analyse(CITY_OF_LONDON, '2024-05-21', '2024-02-20');
    expect(rows('overdue')?.map((row) => [row[1], row[3], row[4], row.at(-1)])).toEqual([
      ['PB 23/24 01', 'Red', 'Chief Finance Officer', 51],
      ['PB 23/24 02', 'Amber', 'Chief Finance Officer', 111],
      ['KFC 23/24 02', 'Amber', 'Head of Finance', 51],
      ['UMS 23/24 01', 'Amber', 'Commercial Manager', 51],
    ]);
    expect(rows('open-by-risk')).toEqual([
      ['Red', 1, 0, 1, 2],
      ['Amber', 3, 0, 1, 4],
      ['Green', 0, 1, 0, 1],
      ['Total', 4, 1, 2, 7],
    ]);
    expect(narrative).toBe(
      'The action tracker holds 8 actions, 7 of them open. The tracker has no sign-off dates, so actions signed off since the previous meeting cannot be counted. ' +
        '4 actions are overdue (1 graded Red and 3 graded Amber). 1 more falls due within the next 30 days.',
    );
    expect(line).toBe('8 actions: 4 overdue');
  });

  test('Camms-style: actions whose deadline is an uncalculated formula are counted under "No deadline", not overdue', async () => {
    const { rows, narrative, line } = await analyse(CAMMS, '2024-06-30');
    expect(rows('open-by-risk')).toEqual([
      ['High', 0, 1, 0, 1, 2],
      ['Medium', 1, 0, 0, 1, 2],
      ['Low', 1, 0, 1, 0, 2],
      ['Total', 2, 1, 1, 2, 6],
    ]);
    expect(rows('overdue')?.map((row) => [row[1], row.at(-3), row.at(-2), row.at(-1)])).toEqual([
      ['A-107', null, 0, 61],
      ['A-103', { date: '2024-01-31' }, 2, 30],
    ]);
    expect(narrative).toBe(
      'The internal audit plan contains 2 audits: 1 is finalised (1 with reasonable assurance) and 1 has a status the summary does not recognise. ' +
        'Final reports have been issued for 50% of the plan. The action tracker holds 7 actions, 6 of them open. ' +
        '2 actions are overdue (1 medium risk and 1 low risk). 1 more falls due within the next 30 days.',
    );
    expect(line).toBe('2 audits, 7 actions: 2 overdue');
  });
});
