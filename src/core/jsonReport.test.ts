import { actionRow, planRow } from '@test/core/rows';
import { buildSummary } from './buildSummary';
import { classifyActions } from './classifyActions';
import { toJsonReport } from './jsonReport';
import { comparePaper } from './movement/comparePaper';
import { snapshotOf } from './movement/snapshotOf';
import type { Analysis } from './types';
import { sortFindings } from './finding';
import { runChecks } from './runChecks';

test('gives the fixed --json shape with effective deadlines and YYYY-MM-DD dates', () => {
  const asOf = '2024-10-31';
  const since = '2024-07-24';
  const plan = [
    planRow({
      row: 1,
      audit: 'Budget Setting and Control',
      plannedStart: { kind: 'complete' },
      plannedStartText: 'Complete',
      status: 'Finalised- Substantial assurance ',
    }),
    planRow({
      row: 2,
      audit: 'Insurance',
      plannedStart: { kind: 'date', date: '2025-02-12' },
      plannedStartText: '12/02/25',
      status: 'Scope and timing agreed',
    }),
    planRow({ row: 3, audit: 'Fleet', status: 'Not started' }),
  ];
  const actions = classifyActions(
    [
      actionRow({ row: 1, audit: 'Firearms and Tasers', recommendation: '1', risk: 'Medium', deadline: '2024-10-30', signoff: '2024-08-14' }),
      actionRow({
        row: 2,
        audit: 'Payroll',
        recommendation: '5 & 6',
        risk: 'Meduim',
        deadline: '2024-06-30',
        revised: '2024-09-30',
        status: 'In progress',
        owner: 'Head of HR',
        ref: 'PAY-24-05',
      }),
    ],
    asOf,
    since,
  );
  const tables = {
    asOf,
    since,
    plan: {
      table: {
        kind: 'plan' as const,
        sheet: 'Plan',
        tableName: null,
        headerRow: 0,
        firstRow: 1,
        lastRow: 3,
        firstColumn: 0,
        lastColumn: 2,
        columns: {},
        headers: {},
      },
      rows: plan,
    },
    actions: { table: null, rows: actions },
  };
  const analysis: Analysis = {
    ...tables,
    findings: sortFindings(runChecks(plan, actions, asOf)),
    summary: buildSummary(plan, actions, asOf, since),
    paper: comparePaper(snapshotOf(tables), []),
  };
  const payroll = {
    cell: 'Actions!A3',
    audit: 'Payroll',
    recommendation: '5 & 6',
    risk: 'Meduim',
    deadline: '2024-09-30',
    signoff: null,
    overdue: true,
    daysOverdue: 31,
    ref: 'PAY-24-05',
    owner: 'Head of HR',
    status: 'In progress',
    disposition: 'open',
    originalDeadline: '2024-06-30',
    revisions: 1,
    response: null,
  };
  const firearms = {
    cell: 'Actions!A2',
    audit: 'Firearms and Tasers',
    recommendation: '1',
    risk: 'Medium',
    deadline: '2024-10-30',
    signoff: '2024-08-14',
    overdue: false,
    daysOverdue: 0,
    ref: null,
    owner: null,
    status: null,
    disposition: 'implemented',
    originalDeadline: '2024-10-30',
    revisions: 0,
    response: null,
  };
  // The movement and summary blocks have a test of their own below.
  const { movement: _movement, summary: _summary, ...fixed } = JSON.parse(JSON.stringify(toJsonReport(analysis)));
  expect(fixed).toEqual({
    asOf: '2024-10-31',
    since: '2024-07-24',
    tablesFound: { plan: true, actions: false },
    plan: {
      rows: [
        {
          cell: 'Plan!A2',
          audit: 'Budget Setting and Control',
          plannedStart: 'Complete',
          status: 'Finalised- Substantial assurance',
          stage: 'final',
          opinion: 'Substantial',
        },
        { cell: 'Plan!A3', audit: 'Insurance', plannedStart: '2025-02-12', status: 'Scope and timing agreed', stage: 'planning', opinion: null },
        { cell: 'Plan!A4', audit: 'Fleet', plannedStart: null, status: 'Not started', stage: 'not-started', opinion: null },
      ],
    },
    actions: { rows: [firearms, payroll], overdue: [payroll], signedOffSince: [firearms] },
    findings: [
      {
        severity: 'warning',
        rule: 'unknown-risk',
        cell: 'Actions!C3',
        message: 'The risk "Meduim" is not a risk grade the summary recognises, so the action is counted as "Not graded".',
        suggestion: 'Change it to "Medium".',
      },
    ],
  });
});

test('adds the movement (null with no earlier paper recorded) and every block of the summary with its stable id', () => {
  const asOf = '2024-10-31';
  const plan = [planRow({ row: 1, audit: 'Insurance', status: 'Scope and timing agreed' })];
  const actions = classifyActions([actionRow({ row: 1, audit: 'Payroll', recommendation: '2', risk: 'High', deadline: '2024-09-30' })], asOf, null);
  const tables = { asOf, since: null, plan: { table: null, rows: plan }, actions: { table: null, rows: actions } };
  const report = toJsonReport({
    ...tables,
    findings: [],
    summary: buildSummary(plan, actions, asOf, null),
    paper: comparePaper(snapshotOf(tables), []),
  });
  expect(report.movement).toBeNull();
  expect(report.summary.blocks.map((block) => [block.id, block.kind, block.title])).toEqual([
    ['plan', 'table', 'Internal audit plan: latest position'],
    ['plan-at-a-glance', 'table', 'The plan at a glance'],
    ['signed-off-since', 'table', 'Actions signed off since the previous meeting'],
    ['overdue', 'table', 'Overdue actions'],
    ['open-by-risk', 'table', 'Open actions by risk'],
    ['narrative', 'paragraph', 'Summary'],
  ]);
  // Dates in table cells as YYYY-MM-DD, as everywhere in the JSON.
  expect(report.summary.blocks[3]).toEqual({
    id: 'overdue',
    kind: 'table',
    title: 'Overdue actions',
    columns: ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Days overdue'],
    rows: [['Payroll', '2', 'High', '2024-09-30', 31]],
    emptyText: 'No actions are overdue.',
  });
});
