import { current, recorded, snapshot } from '@test/core/paperActions';
import type { SummaryModel, SummaryParagraph } from '../types';
import { comparePaper } from './comparePaper';
import { NO_COMMITTEE_RULES } from './committeeRules';
import { withPaperBlocks } from './paperBlocks';
import { storedPaper } from './storedPaper';

const SUMMARY: SummaryModel = {
  title: 'Joint Audit Committee: internal audit summary',
  asOf: '2024-10-31',
  since: null,
  blocks: [
    { kind: 'table', id: 'overdue', title: 'Overdue actions', columns: [], rows: [], emptyText: 'No actions are overdue.' },
    { kind: 'paragraph', id: 'narrative', title: 'Summary', text: 'The action tracker holds 1 action, 1 of them open.' },
  ],
};

const paper = snapshot('2024-10-31', [current({ row: 1, deadline: '2024-09-30', revisions: 3, originalDeadline: '2024-03-31' })]);
const earlier = storedPaper(snapshot('2024-07-31', [current({ row: 1, deadline: '2024-06-30' })]), recorded(paper).figures);

describe('withPaperBlocks', () => {
  it('places the committee’s tables and the movement block before the narrative, and nothing else without an earlier paper', () => {
    const model = withPaperBlocks(SUMMARY, comparePaper(paper, []), NO_COMMITTEE_RULES);
    expect(model.blocks.map((block) => block.id)).toEqual([
      'overdue',
      'priority-by-rag',
      'revised-vs-overdue',
      'overdue-ageing',
      'implementation-rate',
      'movement',
      'narrative',
    ]);
    expect((model.blocks.at(-1) as SummaryParagraph).text).toBe('The action tracker holds 1 action, 1 of them open.');
  });

  it('adds the movement lists, the committee’s list when it has rules, and their sentences to the narrative', () => {
    const model = withPaperBlocks(SUMMARY, comparePaper(paper, [earlier]), { mostRevisions: 2, longestExtensionDays: null });
    expect(model.blocks.map((block) => block.id)).toEqual([
      'overdue',
      'priority-by-rag',
      'revised-vs-overdue',
      'overdue-ageing',
      'implementation-rate',
      'committee-attention',
      'movement',
      'movement-closed',
      'movement-added',
      'movement-extended',
      'movement-newly-overdue',
      'movement-cohort',
      'movement-removed',
      'movement-audits',
      'narrative',
    ]);
    expect((model.blocks.at(-1) as SummaryParagraph).text).toBe(
      'The action tracker holds 1 action, 1 of them open. ' +
        'Since the last paper (31/07/2024) no actions have been closed or added; overdue actions stayed at 1. One deadline was extended, for the third time. ' +
        'The action overdue at the last paper is still overdue. ' +
        "1 open action has its deadline revised beyond the committee's rules and is listed for its attention.",
    );
  });

  it('compares the period from the last paper when no previous meeting is set', () => {
    expect(comparePaper(paper, [earlier]).period?.from).toBe('2024-07-31');
    expect(comparePaper({ ...paper, since: '2024-07-24' }, [earlier]).period?.from).toBe('2024-07-24');
  });
});
