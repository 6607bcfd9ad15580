/**
 * The engine end to end on more published shapes (moreTrackers.ts says whose): the rows as the JSON report gives
 * them, the findings, the committee's tables, the narrative and the pane's one-line result, as literal values.
 */
import { describeRefresh } from './describeRefresh';
import { toJsonReport } from './jsonReport';
import { analyse, findings, narrative, table } from '@test/fixtures/analysed';
import { groupedUnderHeadings, nhsTrustTracker } from '@test/fixtures/moreTrackers';

describe('a tracker grouped under audit headings, with no audit column, as of 31/10/2024 (previous meeting 24/07/2024)', () => {
  const analysis = analyse(groupedUnderHeadings(), '2024-10-31', '2024-07-24');

  test('reads each action as an action of the audit its heading names, without the opinion, and the headings and totals line as no action', () => {
    expect(
      toJsonReport(analysis).actions.rows.map((row) => [row.cell, row.audit, row.ref, row.status, row.disposition, row.deadline, row.daysOverdue]),
    ).toEqual([
      ["'Appendix B'!A5", 'Payroll 2023/24', '1', 'Implemented', 'implemented', '2024-03-31', 0],
      ["'Appendix B'!A6", 'Payroll 2023/24', '2', 'In progress', 'open', '2024-09-30', 31],
      ["'Appendix B'!A8", 'Fleet Management', '1', 'Not started', 'open', '2024-05-31', 153],
      ["'Appendix B'!A9", 'Fleet Management', '2', 'In progress', 'open', '2024-11-30', 0],
      ["'Appendix B'!A10", 'Fleet Management', '3', 'Superseded', 'closed-without-implementation', '2024-12-31', 0],
      ["'Appendix B'!A12", 'Cyber Security 2024/25', '1', 'Not started', 'open', '2025-01-31', 0],
      ["'Appendix B'!A13", 'Cyber Security 2024/25', '2', 'In progress', 'open', '2024-09-30', 31],
    ]);
  });

  test('finds no duplicates (regression: with no audit name carried down, every audit’s recommendations 1 and 2 were copies of the first audit’s), only the TBC and the missing plan', () => {
    expect(findings(analysis)).toEqual([
      ['warning', 'missing-table', "'Appendix B'!A1"],
      ['warning', 'revised-date-tbc', "'Appendix B'!G13"],
    ]);
    expect(analysis.findings[1].message).toBe(
      'The revised deadline "TBC" of Cyber Security 2024/25 recommendation 2 is not a date, so the action is held to its previous deadline, 30/09/2024.',
    );
  });

  test('lists the overdue actions under their audits, highest risk and oldest first', () => {
    expect(table(analysis, 'overdue')?.rows).toEqual([
      [
        'Fleet Management',
        '1',
        'Keep a register of every vehicle with its service dates.',
        'High',
        'Fleet Manager',
        { date: '2024-05-31' },
        null,
        0,
        153,
      ],
      [
        'Payroll 2023/24',
        '2',
        'Check starters and leavers against HR records before each pay run.',
        'High',
        'Head of HR',
        { date: '2024-09-30' },
        { date: '2024-06-30' },
        1,
        31,
      ],
      ['Cyber Security 2024/25', '2', 'Remove accounts of leavers within a week.', 'Medium', 'ICT Manager', { date: '2024-09-30' }, null, 0, 31],
    ]);
    expect(table(analysis, 'open-by-risk')?.rows).toEqual([
      ['High', 2, 0, 0, 2],
      ['Medium', 1, 1, 0, 2],
      ['Low', 0, 0, 1, 1],
      ['Total', 3, 1, 1, 5],
    ]);
  });

  test('keys each action by its audit and reference, so the next paper matches them one to one', () => {
    expect(analysis.paper.snapshot.actions.map((action) => action.key)).toEqual([
      'payroll2023/24\u00011',
      'payroll2023/24\u00012',
      'fleetmanagement\u00011',
      'fleetmanagement\u00012',
      'fleetmanagement\u00013',
      'cybersecurity2024/25\u00011',
      'cybersecurity2024/25\u00012',
    ]);
  });

  test('writes the narrative and the pane’s line from the seven actions', () => {
    expect(narrative(analysis)).toBe(
      'The action tracker holds 7 actions, 5 of them open. The tracker has no sign-off dates, so actions signed off since the previous meeting cannot be counted. 3 actions are overdue (2 high risk and 1 medium risk). 1 more falls due within the next 30 days. 1 action was closed without being implemented (superseded, not adopted or risk accepted).',
    );
    expect(describeRefresh(analysis)).toBe('7 actions: 3 overdue');
  });
});

describe('an NHS trust’s tracker, priorities 1 to 4 and an executive lead beside the responsible officer, as of 18/07/2024 (previous meeting 18/04/2024)', () => {
  const analysis = analyse(nhsTrustTracker(), '2024-07-18', '2024-04-18');

  test('finds each column by its NHS wording, the responsible officer (not the executive lead) as the owner', () => {
    expect(analysis.actions.table?.headers).toEqual({
      ref: 'Ref',
      audit: 'Report',
      recommendation: 'Recommendation',
      risk: 'Priority',
      owner: 'Responsible Officer',
      deadline: 'Original Due Date',
      status: 'Status',
      response: 'Progress Update',
      revisedDeadline: 'Revised Due Date',
    });
  });

  test('reads the numbered priorities, the statuses in words, the quarter with its year, and leaves the quarter without one undated', () => {
    expect(
      toJsonReport(analysis).actions.rows.map((row) => [
        row.ref,
        row.risk,
        row.status,
        row.disposition,
        row.deadline,
        row.originalDeadline,
        row.revisions,
        row.daysOverdue,
      ]),
    ).toEqual([
      ['IA2324-01.1', 'Priority 1', 'Overdue', 'open', '2024-06-30', '2024-03-31', 1, 18],
      ['IA2324-01.2', 'Priority 2', 'Complete', 'implemented', '2024-03-31', '2024-03-31', 0, 0],
      ['IA2324-04.1', 'Priority 2', 'Not yet due', 'open', '2024-09-30', '2024-09-30', 0, 0],
      ['IA2324-04.2', 'Priority 3', 'In progress', 'open', '2024-08-15', '2024-05-31', 1, 0],
      ['IA2324-06.1', 'Priority 1', 'Amber', 'open', '2024-04-30', '2024-04-30', 0, 79],
      ['IA2324-06.2', 'Priority 4', 'Superseded', 'closed-without-implementation', '2023-12-31', '2023-12-31', 0, 0],
      ['IA2324-09.1', 'Priority 2', 'In progress', 'open', '2024-09-30', '2024-09-30', 0, 0],
      ['IA2324-09.2', 'Priority 3', 'Not yet due', 'open', null, null, 0, 0],
      ['IA2324-11.1', 'Priority 1', 'Complete - awaiting IA verification', 'awaiting-verification', '2024-03-31', '2024-01-31', 1, 0],
      ['IA2324-11.2', 'Priority 3', 'Green', 'open', '2024-10-31', '2024-10-31', 0, 0],
    ]);
  });

  test('asks for the year of the quarter, says the TBC holds the earlier date, and that Green needs a meaning', () => {
    expect(analysis.findings.map((f) => [f.severity, f.check, f.cell, f.message])).toEqual([
      ['error', 'unreadable-date', "'IA Tracker'!G11", 'The deadline "Q3" names a quarter but not its year, so it cannot be read as a date.'],
      [
        'warning',
        'revised-date-tbc',
        "'IA Tracker'!H8",
        'The revised deadline "TBC" of Safeguarding Training Compliance recommendation IA2324-06.1 is not a date, so the action is held to its previous deadline, 30/04/2024.',
      ],
      [
        'warning',
        'unknown-action-status',
        "'IA Tracker'!I13",
        'The status "Green" of Estates Fire Safety recommendation IA2324-11.2 is not one the summary recognises, so the action is counted as open, as the tracker has no sign-off date to say otherwise.',
      ],
    ]);
    expect(analysis.findings[0].suggestion).toBe(
      'Write the financial year, for example "Q3 2024/25" (read as 31/12/2024, the quarter\u2019s last day), or enter the date as dd/mm/yyyy.',
    );
  });

  test('lists the two overdue actions, Priority 1, oldest first, and counts open actions by priority', () => {
    expect(table(analysis, 'overdue')?.rows).toEqual([
      [
        'Safeguarding Training Compliance',
        'IA2324-06.1',
        'Bring level 3 training compliance to 90%.',
        '1',
        'Head of Safeguarding',
        { date: '2024-04-30' },
        null,
        0,
        79,
      ],
      [
        'Data Security and Protection Toolkit',
        'IA2324-01.1',
        'Complete the information asset register.',
        '1',
        'Head of Information Governance',
        { date: '2024-06-30' },
        { date: '2024-03-31' },
        1,
        18,
      ],
    ]);
    expect(table(analysis, 'open-by-risk')?.rows).toEqual([
      ['Priority 1', 2, 0, 0, 0, 2],
      ['Priority 2', 0, 0, 2, 0, 2],
      ['Priority 3', 0, 1, 1, 1, 3],
      ['Priority 4', 0, 0, 0, 0, 0],
      ['Total', 2, 1, 3, 1, 7],
    ]);
  });

  test('writes the narrative and the pane’s line, the plan’s NHS opinions included', () => {
    expect(narrative(analysis)).toBe(
      'The internal audit plan contains 5 audits: 2 are finalised (1 with significant and 1 with moderate assurance), 1 is at draft report stage, 1 is in fieldwork and 1 has not started. Final reports have been issued for 40% of the plan. The action tracker holds 10 actions, 7 of them open. The tracker has no sign-off dates, so actions signed off since the previous meeting cannot be counted. 2 actions are overdue (all graded Priority 1). 1 more falls due within the next 30 days. 1 action is reported implemented and awaiting verification by internal audit. 1 action was closed without being implemented (superseded, not adopted or risk accepted).',
    );
    expect(describeRefresh(analysis)).toBe('5 audits, 10 actions: 2 overdue, 1 awaiting verification');
  });

  test('offers the trust’s own words in the in-cell lists: its priorities, its statuses, its plan’s', () => {
    expect(analysis.words).toEqual({
      risk: ['Priority 1', 'Priority 2', 'Priority 3', 'Priority 4'],
      actionStatus: ['Not yet due', 'In progress', 'Overdue', 'Amber', 'Complete - awaiting IA verification', 'Complete', 'Superseded'],
      closedStatuses: ['Complete', 'Superseded', 'Complete - awaiting IA verification'],
      completePercent: null,
      planStatus: [
        'Not started',
        'Planning',
        'Scope and timing agreed',
        'Fieldwork',
        'Draft report issued',
        'Final report issued',
        'Deferred',
        'Cancelled',
      ],
    });
  });
});
