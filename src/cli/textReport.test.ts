import { textReport } from './textReport';
import { comparePaper } from '../core/movement/comparePaper';
import { snapshotOf } from '../core/movement/snapshotOf';
import type { Analysis, Finding } from '../core/types';

const finding = (over: Partial<Finding>): Finding => ({
  severity: 'error',
  check: 'impossible-date',
  cell: "'Audit Actions'!D4",
  sheet: 'Audit Actions',
  row: 3,
  column: 3,
  message: 'The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
  suggestion: null,
  ...over,
});

const tables = { asOf: '2024-09-30', since: '2024-07-24', plan: { table: null, rows: [] }, actions: { table: null, rows: [] } };

const analysis = {
  ...tables,
  paper: comparePaper(snapshotOf(tables), []),
  findings: [
    finding({}),
    finding({
      severity: 'warning',
      check: 'unknown-risk',
      cell: 'Plan!C3',
      sheet: 'Plan',
      row: 2,
      column: 2,
      message: 'The risk "Meduim" is not a known risk grade.',
      suggestion: 'Did you mean "Medium"?',
    }),
    finding({
      severity: 'warning',
      check: 'missing-deadline',
      cell: "'Audit Actions'!D9",
      row: 8,
      message: 'The deadline is "TBC".',
      suggestion: 'Enter the agreed date.',
    }),
  ],
  summary: {
    title: 'JAC summary as of 30/09/2024',
    asOf: '2024-09-30',
    since: '2024-07-24',
    blocks: [
      {
        kind: 'table',
        id: 'overdue',
        title: 'Overdue actions',
        columns: [
          { header: 'Audit Name', type: 'text', width: 30 },
          { header: 'Deadline', type: 'date', width: 12 },
          { header: 'Days overdue', type: 'number', width: 8 },
          { header: 'Share', type: 'percent', width: 8 },
        ],
        rows: [
          ['Counter Fraud Framework Review', { date: '2023-12-30' }, 275, 0.5],
          ['Insurance', { date: '2024-09-01' }, 29, null],
        ],
        emptyText: 'No actions are overdue.',
      },
      {
        kind: 'table',
        id: 'signed-off-since',
        title: 'Signed off since the last meeting',
        columns: [{ header: 'Audit Name', type: 'text', width: 10 }],
        rows: [],
        emptyText: 'No actions were signed off.',
      },
      {
        kind: 'paragraph',
        id: 'narrative',
        title: 'Summary',
        text: 'Overall, good progress is being made on audit actions and where actions are overdue, plans are in place to address this.',
      },
    ],
  },
} as Analysis;

describe('textReport', () => {
  it('renders tables with aligned columns, the narrative, and findings grouped by sheet', () => {
    expect(textReport(analysis)).toBe(
      [
        'JAC summary as of 30/09/2024',
        '============================',
        '',
        'Overdue actions',
        '---------------',
        'Audit Name                      Deadline    Days overdue  Share',
        '------------------------------  ----------  ------------  -----',
        'Counter Fraud Framework Review  30/12/2023           275    50%',
        'Insurance                       01/09/2024            29',
        '',
        'Signed off since the last meeting',
        '---------------------------------',
        'No actions were signed off.',
        '',
        'Summary',
        '-------',
        'Overall, good progress is being made on audit actions and where actions are overdue, plans are in',
        'place to address this.',
        '',
        'Findings: 1 error, 2 warnings',
        '-----------------------------',
        'Sheet Audit Actions:',
        '  D4  error    The deadline 30/02/2024 is not a real date: February 2024 has 29 days.',
        '  D9  warning  The deadline is "TBC".',
        '               Suggestion: Enter the agreed date.',
        'Sheet Plan:',
        '  C3  warning  The risk "Meduim" is not a known risk grade.',
        '               Suggestion: Did you mean "Medium"?',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no findings', () => {
    expect(textReport({ ...analysis, findings: [] }).endsWith('Findings\n--------\nNo problems found in the data.\n')).toBe(true);
  });
});
