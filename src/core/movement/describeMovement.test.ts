import { current, snapshot } from '@test/core/paperActions';
import { comparePaper } from './comparePaper';
import { describeFigures, describeMovement, describeRecording } from './describeMovement';
import { storedPaper } from './storedPaper';

const FIGURES = { audits: 16, finalised: 2, actions: 11, open: 4, overdue: 3, implementationRate: 0.5 };

describe('describeMovement', () => {
  it('says why there is nothing to show without an earlier paper', () => {
    expect(describeMovement(comparePaper(snapshot('2024-10-31', []), []))).toBe(
      'No paper dated before 31/10/2024 is recorded in this workbook, so there is no movement to show yet. Record this paper, and the next one will show what moved since.',
    );
  });

  it('gives the narrative’s movement sentences when there is one', () => {
    const earlier = storedPaper(snapshot('2024-07-31', []), FIGURES);
    expect(describeMovement(comparePaper(snapshot('2024-10-31', [current({ row: 1, deadline: '2025-01-31' })]), [earlier]))).toBe(
      'Since the last paper (31/07/2024) 1 action has been added; no actions are overdue, as at the last paper.',
    );
  });
});

describe('describeRecording', () => {
  it('says which paper was recorded with its headline figures, and when it replaced one', () => {
    expect(describeFigures({ figures: { ...FIGURES, actions: 1 } })).toBe('1 action, 4 open, 3 overdue');
    expect(describeRecording({ date: '2024-10-31', figures: FIGURES }, false)).toBe(
      'Recorded the paper of 31/10/2024: 11 actions, 4 open, 3 overdue.',
    );
    expect(describeRecording({ date: '2024-10-31', figures: FIGURES }, true)).toBe(
      'Recorded the paper of 31/10/2024: 11 actions, 4 open, 3 overdue. It replaces the one recorded before for that date.',
    );
  });
});
