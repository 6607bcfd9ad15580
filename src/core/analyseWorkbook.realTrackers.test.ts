/**
 * The engine end to end on trackers shaped like published ones (realTrackers.ts says whose): the rows as the JSON
 * report gives them, the findings, the committee's overdue and open-by-risk tables, the narrative and the pane's
 * one-line result, all as literal values.
 */
import { describeRefresh } from './describeRefresh';
import { toJsonReport } from './jsonReport';
import type { Analysis } from './types';
import { analyse, findings, narrative, table } from '@test/fixtures/analysed';
import { bromsgroveRevisedDates, lancashireFirePlan, leicestershireTwoProviders, northDevonStatusTracker } from '@test/fixtures/realTrackers';

/** Each action as [ref, risk, status, disposition, deadline, original deadline, revisions, days overdue]. */
function actionFacts(analysis: Analysis) {
  return toJsonReport(analysis).actions.rows.map((row) => [
    row.ref ?? row.recommendation,
    row.risk,
    row.status,
    row.disposition,
    row.deadline,
    row.originalDeadline,
    row.revisions,
    row.daysOverdue,
  ]);
}

describe('North Devon-style tracker with a Status column, as of 23/09/2024 (previous meeting 10/06/2024)', () => {
  const analysis = analyse(northDevonStatusTracker(), '2024-09-23', '2024-06-10');

  test('reads the status of every action, and only open actions are overdue (regression: Superseded, Risk accepted and Complete without a date were reported overdue)', () => {
    expect(actionFacts(analysis)).toEqual([
      ['22 CTAX & NNDR 01', 'High', 'Implemented', 'implemented', '2024-03-31', '2024-03-31', 0, 0],
      ['22 CTAX & NNDR 02', 'Medium', 'Superseded', 'closed-without-implementation', '2024-06-30', '2024-06-30', 0, 0],
      ['23 PAY 01', 'High', 'Partially implemented', 'open', '2024-08-31', '2024-05-31', 1, 23],
      ['23 PAY 02', 'Low', 'In progress', 'open', '2024-12-31', '2024-12-31', 0, 0],
      ['23 PROC 01', 'Medium', 'Risk accepted', 'closed-without-implementation', '2024-04-30', '2024-04-30', 0, 0],
      ['23 PROC 02', 'Medium', 'Complete', 'implemented', '2024-07-31', '2024-07-31', 0, 0],
      ['24 CYB 01', 'High', 'Not started', 'open', '2024-09-30', '2024-09-30', 0, 0],
      ['24 CYB 02', 'Medium', 'In progress', 'implemented', '2024-08-31', '2024-08-31', 0, 0],
      ['24 HS 01', 'Low', 'Implemnted', 'implemented', '2024-07-31', '2024-07-31', 0, 0],
      ['24 HS 02', 'Medium', 'Awaiting verification', 'awaiting-verification', '2024-03-31', '2024-03-31', 0, 0],
      ['24 HS 03', 'High', 'Outstanding', 'open', '2024-02-28', '2024-02-28', 0, 208],
    ]);
  });

  test('flags the closing date beside an open status, and the misspelt status, nothing else', () => {
    expect(findings(analysis)).toEqual([
      ['warning', 'status-contradicts-date', "'Live recommendations'!H11"],
      ['warning', 'misspelt-status', "'Live recommendations'!H12"],
    ]);
    expect(analysis.findings.map((f) => f.message)).toEqual([
      'Cyber Security recommendation 24 CYB 02 has a closing date (20/08/2024 in I11) but its status "In progress" says it is still open; it is counted as closed.',
      'The status "Implemnted" of Health and Safety recommendation 24 HS 01 looks misspelt; it is read as implemented.',
    ]);
  });

  test('lists overdue actions with their owner and where the deadline started', () => {
    expect(table(analysis, 'overdue')?.columns.map((c) => c.header)).toEqual([
      'Audit Name',
      'Ref',
      'Recommendation',
      'Risk',
      'Owner',
      'Deadline',
      'Original deadline',
      'Times revised',
      'Days overdue',
    ]);
    expect(table(analysis, 'overdue')?.rows).toEqual([
      ['Health and Safety', '24 HS 03', 'Train first aiders at every depot.', 'High', 'Facilities Manager', { date: '2024-02-28' }, null, 0, 208],
      [
        'Payroll',
        '23 PAY 01',
        'Check starters and leavers against HR records each month.',
        'High',
        'Head of HR',
        { date: '2024-08-31' },
        { date: '2024-05-31' },
        1,
        23,
      ],
    ]);
  });

  test('counts open actions by risk, and lists the action awaiting verification apart', () => {
    expect(table(analysis, 'open-by-risk')?.rows).toEqual([
      ['High', 2, 1, 0, 3],
      ['Medium', 0, 0, 0, 0],
      ['Low', 0, 0, 1, 1],
      ['Total', 2, 1, 1, 4],
    ]);
    expect(table(analysis, 'awaiting-verification')?.rows).toEqual([
      [
        'Health and Safety',
        '24 HS 02',
        'Record lone working check-ins.',
        'Medium',
        'Facilities Manager',
        { date: '2024-03-31' },
        { date: '2024-07-12' },
      ],
    ]);
    // Closed by a date since the last meeting, though its status says otherwise; an action closed by status alone is not.
    expect(table(analysis, 'signed-off-since')?.rows.map((row) => [row[1], row.at(-2), row.at(-1)])).toEqual([
      ['24 CYB 02', 'In progress', { date: '2024-08-20' }],
    ]);
  });

  test('writes the narrative and the pane’s line from the same counts', () => {
    expect(narrative(analysis)).toBe(
      'The internal audit plan contains 3 audits: 1 is finalised (1 with reasonable assurance), 1 is in fieldwork and 1 has not started. ' +
        'Final reports have been issued for 33% of the plan. The action tracker holds 11 actions, 4 of them open. ' +
        '1 action was signed off between the previous meeting on 10/06/2024 and 23/09/2024. 2 actions are overdue (all high risk). ' +
        '1 more falls due within the next 30 days. 1 action is reported implemented and awaiting verification by internal audit. ' +
        '2 actions were closed without being implemented (superseded, not adopted or risk accepted).',
    );
    expect(describeRefresh(analysis)).toBe('3 audits, 11 actions: 2 overdue, 1 awaiting verification, 1 signed off since 10/06/2024');
  });
});

describe('Bromsgrove-style tracker with two revised-date columns, as of 25/03/2024', () => {
  const analysis = analyse(bromsgroveRevisedDates(), '2024-03-25');

  test('holds each action to its right-most revised date (regression: the first revised date was used), falling back past "TBC"', () => {
    expect(analysis.actions.table?.repeated).toEqual({ revisedDeadline: [6, 7] });
    expect(actionFacts(analysis)).toEqual([
      ['Approve all overtime in the HR system.', 'Fundamental', 'In progress', 'open', '2024-03-31', '2023-09-30', 2, 0],
      ['Reconcile payroll to the ledger monthly.', 'Important', 'In progress', 'open', '2024-01-31', '2023-10-31', 1, 54],
      ['Call back suppliers on a known number.', 'Desirable', 'Implemented', 'implemented', '2023-12-31', '2023-12-31', 0, 0],
      ['Run the duplicate payment report weekly.', 'Important', 'Partly implemented', 'open', '2024-02-29', '2023-11-30', 1, 25],
      ['Review exemptions every quarter.', 'Fundamental', 'Not started', 'open', '2024-03-31', '2024-03-31', 0, 0],
      ['Authorise write-offs under the scheme of delegation.', 'Important', 'In progress', 'open', '2024-03-31', '2024-01-31', 1, 0],
    ]);
    expect(analysis.actions.rows[0].daysAdded).toBe(183);
  });

  test('warns on the "TBC" revised date, and says the plan was not found', () => {
    expect(findings(analysis)).toEqual([
      ['warning', 'missing-table', 'Tracker!A1'],
      ['warning', 'revised-date-tbc', 'Tracker!H3'],
    ]);
    expect(analysis.findings[1].message).toBe(
      'The revised deadline "TBC" of the Payroll action "Reconcile payroll to the ledger monthly" is not a date, so the action is held to its previous deadline, 31/01/2024.',
    );
  });

  test('shows the tracker’s own scale, Fundamental / Important / Desirable, not High / Medium / Low', () => {
    expect(table(analysis, 'open-by-risk')?.rows).toEqual([
      ['Fundamental', 0, 2, 0, 2],
      ['Important', 2, 1, 0, 3],
      ['Desirable', 0, 0, 0, 0],
      ['Total', 2, 3, 0, 5],
    ]);
    expect(table(analysis, 'overdue')?.rows.map((row) => [row[0], row[2], row.at(-1)])).toEqual([
      ['Payroll', 'Important', 54],
      ['Creditors', 'Important', 25],
    ]);
    expect(analysis.words?.risk).toEqual(['Fundamental', 'Important', 'Desirable']);
  });

  test('leaves out the plan’s blocks, says so in one line, and describes the actions alone', () => {
    expect(analysis.summary.notes).toEqual(['No audit plan was found in this workbook, so the plan\u2019s tables are left out.']);
    expect(analysis.summary.blocks.map((block) => block.id)).toEqual([
      'signed-off-since',
      'overdue',
      'open-by-risk',
      'priority-by-rag',
      'revised-vs-overdue',
      'overdue-ageing',
      'implementation-rate',
      'movement',
      'narrative',
    ]);
    expect(narrative(analysis)).toBe(
      'The action tracker holds 6 actions, 5 of them open. 2 actions are overdue (all graded Important). 3 more fall due within the next 30 days.',
    );
    expect(describeRefresh(analysis)).toBe('6 actions: 2 overdue');
  });
});

describe('Leicestershire PCC-style tracker with two providers’ scales, as of 07/12/2015 (previous panel 29/09/2015)', () => {
  const analysis = analyse(leicestershireTwoProviders(), '2015-12-07', '2015-09-29');

  test('keeps each provider’s word, ranks Significant as a middle grade, and reads the revision written in a target date cell', () => {
    expect(actionFacts(analysis)).toEqual([
      ['1.1', 'Medium', 'Completed', 'implemented', '2015-10-31', '2015-10-31', 0, 0],
      ['1.2', 'Medium', 'Outstanding', 'open', '2015-11-30', '2015-11-30', 0, 7],
      ['2.1', 'Low', 'Outstanding', 'open', '2016-01-31', '2016-01-31', 0, 0],
      ['2.2', 'Advisory', 'Not adopted', 'closed-without-implementation', '2015-09-30', '2015-09-30', 0, 0],
      ['M1', 'Significant', 'Outstanding', 'open', '2016-10-31', '2015-03-31', 1, 0],
      ['M2', 'Housekeeping', 'Outstanding', 'open', '2015-06-30', '2015-06-30', 0, 160],
      ['M3', 'Housekeeping', 'Completed', 'implemented', '2016-03-31', '2016-03-31', 0, 0],
      ['M4', 'Fundamental', 'Outstanding', 'open', '2015-09-30', '2015-09-30', 0, 68],
    ]);
    expect(analysis.actions.rows.map((action) => action.riskRank)).toEqual([2, 2, 3, 4, 2, 3, 3, 1]);
  });

  test('shows both scales’ words, each scale highest first, and orders overdue actions by rank across them', () => {
    expect(table(analysis, 'open-by-risk')?.rows).toEqual([
      ['High', 0, 0, 0, 0],
      ['Medium', 1, 0, 0, 1],
      ['Low', 0, 0, 1, 1],
      ['Advisory', 0, 0, 0, 0],
      ['Fundamental', 1, 0, 0, 1],
      ['Significant', 0, 0, 1, 1],
      ['Housekeeping', 1, 0, 0, 1],
      ['Total', 3, 0, 2, 5],
    ]);
    expect(table(analysis, 'overdue')?.rows).toEqual([
      ['Estates (Mazars)', 'M4', 'Inspect the custody suite alarms.', 'Fundamental', 'Estates Manager', { date: '2015-09-30' }, 68],
      ['Core Financial Systems', '1.2', 'Reconcile the bank account monthly.', 'Medium', 'Chief Finance Officer', { date: '2015-11-30' }, 7],
      ['Procurement (Mazars)', 'M2', 'File quotations with orders.', 'Housekeeping', 'Head of Procurement', { date: '2015-06-30' }, 160],
    ]);
  });

  test('says signed-off counts cannot be given when the tracker has no sign-off dates', () => {
    expect(findings(analysis)).toEqual([['warning', 'missing-table', "'Appendix A'!A1"]]);
    expect(table(analysis, 'signed-off-since')?.emptyText).toBe(
      'The tracker has no sign-off date column, so actions signed off since the previous meeting cannot be listed.',
    );
    expect(narrative(analysis)).toBe(
      'The action tracker holds 8 actions, 5 of them open. The tracker has no sign-off dates, so actions signed off since the previous meeting cannot be counted. ' +
        '3 actions are overdue (1 graded Fundamental, 1 medium risk and 1 graded Housekeeping). ' +
        '1 action was closed without being implemented (superseded, not adopted or risk accepted).',
    );
    expect(describeRefresh(analysis)).toBe('8 actions: 3 overdue');
  });
});

describe('Lancashire Fire-style plan with a two-row header and area headings, as of 13/11/2023', () => {
  const analysis = analyse(lancashireFirePlan(), '2023-11-13');

  test('finds the plan under its two-row header and skips the area headings', () => {
    expect(analysis.plan.table).toMatchObject({
      sheet: 'Appendix 1',
      headerRow: 2,
      firstColumn: 0,
      lastColumn: 5,
      columns: { audit: 0, status: 4, opinion: 5 },
    });
    expect(analysis.plan.rows.map((row) => [row.audit, row.stage, row.opinion])).toEqual([
      ['Overall governance, risk management and control arrangements', 'fieldwork', null],
      ['Equality Impact Assessments', 'draft', null],
      ['Management of change within LFRS', 'final', 'Substantial'],
      ['District Planning Activity', 'fieldwork', null],
      ['Accounts payable', 'not-started', null],
      ['Accounts receivable', 'not-started', null],
      ['HR/ Payroll', 'fieldwork', null],
      ['Treasury management', 'not-started', null],
      ['Follow up', 'fieldwork', null],
    ]);
  });

  test('takes free text in the opinion column before the final report as no opinion yet, and says the tracker was not found', () => {
    expect(findings(analysis)).toEqual([
      ['warning', 'missing-table', "'Appendix 1'!A1"],
      ['warning', 'missing-column', "'Appendix 1'!A3"],
    ]);
    expect(analysis.summary.notes).toEqual(['No action tracker was found in this workbook, so the tables of actions are left out.']);
    expect(analysis.summary.blocks.map((block) => block.id)).toEqual(['plan', 'plan-at-a-glance', 'narrative']);
    expect(narrative(analysis)).toBe(
      'The internal audit plan contains 9 audits: 1 is finalised (1 with substantial assurance), 1 is at draft report stage, 4 are in fieldwork and 3 have not started. ' +
        'Final reports have been issued for 11% of the plan.',
    );
    expect(describeRefresh(analysis)).toBe('9 audits; no action tracker found');
  });
});
