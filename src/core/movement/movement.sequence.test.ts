/**
 * Three papers of one tracker (test/fixtures/movementTracker.ts), each recorded as a refresh records it (stored on
 * the data sheet and read back), each compared with the one before through the whole engine.
 */
import { MEETING_DATES, PAPER_DATES, trackerAt } from '@test/fixtures/movementTracker';
import { analyseWorkbook } from '../analyseWorkbook';
import { dataSheetRows, EMPTY_STORED_DATA, readDataSheet } from '../dataSheet';
import { toJsonReport } from '../jsonReport';
import { resolveSettings } from '../resolveSettings';
import type { Analysis, SummaryParagraph, SummaryTable } from '../types';
import { recordPaper } from './recordedPapers';

/** Each paper analysed with the papers recorded before it on its data sheet, then recorded in its turn. */
function threePapers(): Analysis[] {
  let papers: unknown[] = [];
  return ([1, 2, 3] as const).map((paper) => {
    const cells = trackerAt(paper);
    cells.stored = readDataSheet(dataSheetRows({ ...EMPTY_STORED_DATA, papers }));
    const settings = resolveSettings({ asOf: PAPER_DATES[paper - 1], since: MEETING_DATES[paper - 1] });
    const analysis = analyseWorkbook(cells, { settings, today: '2025-06-01' });
    papers = recordPaper(papers, analysis.paper);
    return analysis;
  });
}

const [first, second, third] = threePapers();

const table = (analysis: Analysis, id: string) => analysis.summary.blocks.find((block) => block.id === id) as SummaryTable;
const narrative = (analysis: Analysis) => (analysis.summary.blocks.find((block) => block.id === 'narrative') as SummaryParagraph).text;

describe('the first paper, with nothing recorded before it', () => {
  test('has no movement, and its movement block says the next paper will show it once this one is recorded', () => {
    expect(toJsonReport(first).movement).toBeNull();
    expect(table(first, 'movement')).toMatchObject({
      title: 'Movement since the last paper',
      rows: [],
      emptyText:
        'No paper dated before 31/07/2024 is recorded in this workbook, so there is no movement to show yet. ' +
        'The next paper will show movement once this one is recorded (Record this paper in the add-in, or jac-summary --record).',
    });
    expect(first.summary.blocks.map((block) => block.id)).toEqual([
      'plan',
      'plan-at-a-glance',
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
    expect(narrative(first)).not.toContain('Since the last paper');
  });

  test('headlines the figures it is recorded with', () => {
    expect(first.paper.figures).toEqual({ audits: 4, finalised: 1, actions: 8, open: 7, overdue: 4, implementationRate: 0.25 });
  });
});

describe('the second paper, after actions were closed, added, re-dated, deleted and re-keyed', () => {
  test('reports the movement in the fixed --json shape, a re-keyed action as removed and added', () => {
    expect(toJsonReport(second).movement).toEqual({
      previousPaper: '2024-07-31',
      added: ["'Audit Actions'!A4", "'Audit Actions'!A9"],
      removed: [
        { audit: 'Procurement under \u00a360K', recommendation: '3' },
        { audit: 'Payroll', recommendation: '2' },
      ],
      closed: ["'Audit Actions'!A3", "'Audit Actions'!A5"],
      extended: [{ cell: "'Audit Actions'!A7", from: '2023-12-30', to: '2024-12-31' }],
      newlyOverdue: ["'Audit Actions'!A2", "'Audit Actions'!A4", "'Audit Actions'!A8"],
      stillOverdue: [],
      overdueThen: 4,
      overdueNow: 3,
    });
  });

  test('prints the movement block and the lists behind it', () => {
    expect(table(second, 'movement').title).toBe('Movement since the last paper (31/07/2024)');
    expect(table(second, 'movement').rows).toEqual([
      ['Overdue actions at the last paper', 4],
      ['Overdue actions now', 3],
      ['Actions added', 2],
      ['Actions implemented', 2],
      ['Actions no longer in the tracker', 2],
      ['Deadlines extended', 1],
      ['Newly overdue', 3],
      ['Still overdue', 0],
      ['Audits finalised', 1],
      ['Audits added to the plan', 1],
    ]);
    expect(table(second, 'movement-closed').rows).toEqual([
      ['Procurement under \u00a360K', '1', 'Low', { date: '2024-06-30' }, { date: '2024-08-20' }, 'Implemented'],
      ['Procurement under \u00a360K', '6', 'Medium', { date: '2024-06-30' }, { date: '2024-08-20' }, 'Implemented'],
    ]);
    expect(table(second, 'movement-added').rows).toEqual([
      ['Procurement under \u00a360K', '3a', 'Low', { date: '2024-06-30' }, 'Overdue'],
      ['Insurance', '1', 'Medium', { date: '2024-12-31' }, 'Open'],
    ]);
    expect(table(second, 'movement-extended').rows).toEqual([
      ['Counter Fraud Framework Review', '1', 'High', { date: '2023-12-30' }, { date: '2024-12-31' }, 367, 1],
    ]);
    expect(table(second, 'movement-newly-overdue').rows).toEqual([
      ['Firearms and Tasers', '1', 'Medium', { date: '2024-10-30' }, 1],
      ['Procurement under \u00a360K', '3a', 'Low', { date: '2024-06-30' }, 123],
      ['Fleet Management', '4', 'High', { date: '2024-09-30' }, 31],
    ]);
    expect(table(second, 'movement-cohort')).toMatchObject({
      title: 'What became of the 4 actions overdue at the last paper',
      rows: [
        ['Implemented', 2],
        ['Given a new deadline, no longer overdue', 1],
        ['Still overdue', 0],
        ['No longer in the tracker', 1],
      ],
    });
    expect(table(second, 'movement-removed').rows).toEqual([
      ['Procurement under \u00a360K', '3', { date: '2024-06-30' }, 'Overdue'],
      ['Payroll', '2', { date: '2024-08-31' }, 'Open'],
    ]);
    expect(table(second, 'movement-audits').rows).toEqual([
      ['Contract Management (Joint)', 'Draft report', 'Final report issued', 'Limited'],
      ['Cyber Security', 'Not in the plan', 'Planning', null],
    ]);
  });

  test('compares its implementation rate with the first paper’s', () => {
    expect(table(second, 'implementation-rate').rows).toEqual([
      ['Due after 31/07/2024 and by 31/10/2024', 2, 1],
      ['Implemented by their deadline', 0, 0],
      ['Implemented after their deadline', 0, 0],
      ['Still open', 2, 1],
      ['Implemented by their deadline at the last paper (31/07/2024)', null, 0.25],
    ]);
  });

  test('speaks of the movement in the narrative', () => {
    expect(narrative(second)).toContain(
      'Since the last paper (31/07/2024) 2 actions have been implemented, 2 added and 2 taken out of the tracker; ' +
        'overdue actions fell from 4 to 3, 1 of them high priority. One deadline was extended. ' +
        'Of the 4 actions overdue at the last paper, 2 have been implemented, 1 was given a new deadline and 1 is no longer in the tracker. ' +
        '3 actions have become overdue since. 1 audit has been finalised since (1 with limited assurance). 1 audit was added to the plan.',
    );
  });
});

describe('the third paper, compared with the second and not the first', () => {
  test('reports a deadline moved a second time, closures by date and by a "Superseded" sign-off, and what is still overdue', () => {
    expect(toJsonReport(third).movement).toEqual({
      previousPaper: '2024-10-31',
      added: [],
      removed: [],
      closed: ["'Audit Actions'!A2", "'Audit Actions'!A9"],
      extended: [
        { cell: "'Audit Actions'!A7", from: '2024-12-31', to: '2025-03-31' },
        { cell: "'Audit Actions'!A8", from: '2024-09-30', to: '2025-02-28' },
      ],
      newlyOverdue: [],
      stillOverdue: ["'Audit Actions'!A4"],
      overdueThen: 3,
      overdueNow: 1,
    });
    expect(table(third, 'movement-closed').rows).toEqual([
      ['Insurance', '1', 'Medium', { date: '2024-12-31' }, { date: '2024-12-15' }, 'Implemented'],
      ['Firearms and Tasers', '1', 'Medium', { date: '2024-10-30' }, null, 'Closed without implementation'],
    ]);
    expect(table(third, 'movement-cohort').rows).toEqual([
      ['Implemented', 0],
      ['Closed without implementation', 1],
      ['Given a new deadline, no longer overdue', 1],
      ['Still overdue', 1],
      ['No longer in the tracker', 0],
    ]);
    expect(table(third, 'movement-audits').rows).toEqual([
      ['Estates Health and Safety', 'Planning', 'Fieldwork', null],
      ['Insurance', 'Planning', 'Not in the plan', null],
    ]);
  });

  test('speaks of the movement in the narrative', () => {
    expect(narrative(third)).toContain(
      'Since the last paper (31/10/2024) 1 action has been implemented and 1 closed without implementation; overdue actions fell from 3 to 1. ' +
        '2 deadlines were extended. Of the 3 actions overdue at the last paper, 1 was closed without implementation, 1 was given a new deadline ' +
        'and 1 is still overdue. 1 audit was removed from the plan.',
    );
  });

  test('prints the tables committees print, by priority in the tracker’s words', () => {
    expect(table(third, 'priority-by-rag').rows).toEqual([
      ['High', 0, 2, 0, 0, 2],
      ['Medium', 0, 0, 2, 1, 3],
      ['Low', 1, 0, 2, 0, 3],
      ['Total', 1, 2, 4, 1, 8],
    ]);
    expect(table(third, 'revised-vs-overdue').rows).toEqual([
      ['High', 2, 0, 0, 2],
      ['Low', 0, 0, 1, 1],
      ['Total', 2, 0, 1, 3],
    ]);
    expect(table(third, 'overdue-ageing').rows).toEqual([
      ['Low', 0, 0, 1, 0, 1],
      ['Total', 0, 0, 1, 0, 1],
    ]);
  });
});
