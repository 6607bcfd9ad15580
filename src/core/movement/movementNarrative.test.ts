import { audit, current, recorded, snapshot } from '@test/core/paperActions';
import type { CurrentAction } from './paper';
import { compareWithPrevious } from './compareWithPrevious';
import { movementSentences } from './movementNarrative';

const THEN = '2024-07-31';
const NOW = '2024-10-31';
const high = { priority: 'High', priorityRank: 1 };

function sentences(
  before: CurrentAction[],
  after: CurrentAction[],
  auditsBefore = [audit('Payroll', 'planning')],
  auditsAfter = auditsBefore,
): string {
  const now = snapshot(NOW, after, auditsAfter);
  return movementSentences(compareWithPrevious(recorded(snapshot(THEN, before, auditsBefore)), now), now).join(' ');
}

/** `count` open actions overdue on both papers, numbered from `from`. */
function overdue(count: number, from = 100, extra: Partial<CurrentAction> = {}): CurrentAction[] {
  return Array.from({ length: count }, (_, i) => current({ row: from + i, recommendation: `O${from + i}`, deadline: '2024-06-30', ...extra }));
}

describe('movementSentences', () => {
  it('speaks as the seed does: implemented and added, the overdue trend with its high-priority share, and repeated extensions', () => {
    const extendedBefore = [1, 2, 3, 4].map((n) => current({ row: 10 + n, recommendation: `E${n}`, deadline: '2024-12-31' }));
    const extendedAfter = extendedBefore.map((action, i) => ({ ...action, deadline: '2025-03-31', revisions: i === 0 ? 2 : 1 }));
    const others = [1, 2].map((n) => current({ row: 20 + n, recommendation: `I${n}`, deadline: '2024-12-31' }));
    const implemented = (action: CurrentAction): CurrentAction => ({ ...action, disposition: 'implemented', closed: '2024-09-01' });
    const before = [...overdue(4), ...overdue(2, 104, high), ...overdue(3, 106), ...extendedBefore, ...others];
    const after = [
      ...overdue(4),
      ...overdue(2, 104, high),
      ...overdue(3, 106).map(implemented),
      ...extendedAfter,
      ...others.map(implemented),
      ...[1, 2, 3].map((n) => current({ row: 30 + n, recommendation: `N${n}`, deadline: '2025-06-30' })),
    ];
    expect(sentences(before, after)).toBe(
      'Since the last paper (31/07/2024) 5 actions have been implemented and 3 added; overdue actions fell from 9 to 6, 2 of them high priority. ' +
        '4 deadlines were extended, one of them for the second time. ' +
        'Of the 9 actions overdue at the last paper, 3 have been implemented and 6 are still overdue.',
    );
  });

  it('says when nothing was closed or added and the overdue count rose from none', () => {
    const action = current({ row: 1, deadline: '2024-08-31' });
    expect(sentences([action], [action])).toBe(
      'Since the last paper (31/07/2024) no actions have been closed or added; overdue actions rose from none to 1. 1 action has become overdue since.',
    );
  });

  it('says when no action is overdue on either paper, and when the count stayed the same', () => {
    const later = current({ row: 1, deadline: '2025-06-30' });
    expect(sentences([later], [later])).toBe(
      'Since the last paper (31/07/2024) no actions have been closed or added; no actions are overdue, as at the last paper.',
    );
    expect(sentences(overdue(3, 100, high), overdue(3, 100, high))).toBe(
      'Since the last paper (31/07/2024) no actions have been closed or added; overdue actions stayed at 3, all of them high priority. ' +
        'All 3 actions overdue at the last paper are still overdue.',
    );
  });

  it('uses the tracker’s own priority word when every high-priority overdue action has it', () => {
    const p1 = overdue(1, 100, { priority: 'Priority 1', priorityRank: 1 });
    expect(sentences(p1, p1)).toContain('overdue actions stayed at 1, priority 1.');
  });

  it('tells one extension made for the third time, a deadline brought forward, and the one action overdue last time', () => {
    const before = [current({ row: 1, deadline: '2024-09-30' }), current({ row: 2, recommendation: '2', deadline: '2024-06-30' })];
    const after = [
      { ...before[0], deadline: '2024-12-31', revisions: 3 },
      { ...before[1], deadline: '2024-05-31', disposition: 'implemented' as const, closed: '2024-08-01' },
    ];
    expect(sentences(before, after)).toBe(
      'Since the last paper (31/07/2024) 1 action has been implemented; overdue actions fell from 1 to none. ' +
        'One deadline was extended, for the third time. One deadline was brought forward. The action overdue at the last paper has been implemented.',
    );
  });

  it('names closures without implementation and reopened actions', () => {
    const before = [
      current({ row: 1, deadline: '2025-06-30' }),
      current({ row: 2, recommendation: '2', deadline: '2025-06-30', disposition: 'implemented', closed: '2024-07-01' }),
    ];
    const after = [
      { ...before[0], disposition: 'closed-without-implementation' as const },
      { ...before[1], disposition: 'open' as const, closed: null },
    ];
    expect(sentences(before, after)).toBe(
      'Since the last paper (31/07/2024) 1 action has been closed without implementation; no actions are overdue, as at the last paper. ' +
        '1 action closed at the last paper is open again.',
    );
  });

  it('tells audits finalised with their opinions, and audits added to and removed from the plan', () => {
    const before = [audit('Payroll', 'draft'), audit('Fleet', 'fieldwork'), audit('Vetting', 'planning')];
    const after = [audit('Payroll', 'final', 'Substantial'), audit('Fleet', 'final', null), audit('Cyber Security', 'planning')];
    expect(sentences([], [], before, after)).toBe(
      'Since the last paper (31/07/2024) no actions have been closed or added; no actions are overdue, as at the last paper. ' +
        '2 audits have been finalised since (1 with substantial assurance; 1 with no opinion recorded). 1 audit was added to the plan and 1 removed.',
    );
  });
});
