import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import type { RefreshHeadline } from '../../core/refreshHeadline';
import { paneActions } from './actions';
import { INITIAL_PANE_STATE, type PanePaper, type PaneState } from './paneState';
import { paneReducer } from './reducer';

const headline: RefreshHeadline = {
  tablesFound: { plan: true, actions: true },
  actions: 7,
  open: 3,
  overdue: 3,
  overdueByPriority: [
    { priority: 'Medium', count: 1 },
    { priority: 'Low', count: 2 },
  ],
  dueSoon: 0,
  audits: 16,
  delivered: { share: 0.125, finals: 2, of: 16, excludesCancelledOrDeferred: false },
};
const paper: PanePaper = { summary: seedSummaryWithOverdue(), headline };
const ready: PaneState = { ...INITIAL_PANE_STATE, starting: false };

describe('paneReducer: the paper and Copy for Word', () => {
  it('keeps the summary a refresh wrote, for Copy for Word and At a glance', () => {
    expect(paneReducer(ready, paneActions.paperWritten(paper))).toEqual({ ...ready, paper });
  });

  it('forgets what the last copy said when a new summary is written, since it was about the old one', () => {
    const copied: PaneState = { ...ready, paper, copy: { phase: 'copied' } };
    expect(paneReducer(copied, paneActions.paperWritten(paper)).copy).toEqual({ phase: 'idle' });
  });

  it('goes from copying to what happened, and back to nothing when dismissed', () => {
    const copying = paneReducer({ ...ready, paper }, paneActions.copyStarted());
    expect(copying.copy).toEqual({ phase: 'copying' });
    const selected = paneReducer(copying, paneActions.copyFinished({ phase: 'selected', sheet: 'JAC Summary' }));
    expect(selected.copy).toEqual({ phase: 'selected', sheet: 'JAC Summary' });
    expect(paneReducer(selected, paneActions.copyDismissed())).toEqual({ ...ready, paper });
  });

  it('keeps the last written paper when a refresh fails, as the host keeps the last summary', () => {
    const running = paneReducer({ ...ready, paper }, paneActions.refreshStarted());
    const failed = paneReducer(running, paneActions.failed({ operation: 'refresh', message: 'The sheet is protected.', fixes: [] }));
    expect(failed.paper).toBe(paper);
  });
});
