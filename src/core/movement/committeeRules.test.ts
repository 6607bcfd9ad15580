import { current, snapshot } from '@test/core/paperActions';
import { committeeAttention, daysAdded } from './committeeRules';

const NOW = '2024-10-31';
const paper = snapshot(NOW, [
  current({ row: 1, audit: 'Payroll', priority: 'Low', priorityRank: 3, originalDeadline: '2024-03-31', deadline: '2024-12-31', revisions: 3 }),
  current({ row: 2, audit: 'Fleet', priority: 'High', priorityRank: 1, originalDeadline: '2024-03-31', deadline: '2024-06-30', revisions: 1 }),
  current({
    row: 3,
    audit: 'Vetting',
    priority: 'High',
    priorityRank: 1,
    originalDeadline: '2024-03-31',
    deadline: '2025-03-31',
    revisions: 4,
    disposition: 'implemented',
    closed: '2024-10-01',
  }),
  current({ row: 4, audit: 'Insurance', originalDeadline: '2024-09-30', deadline: '2024-09-30' }),
]);

describe('committeeAttention', () => {
  it('is left out when the committee has no rules', () => {
    expect(committeeAttention(paper, { mostRevisions: null, longestExtensionDays: null })).toBeNull();
  });

  it('lists open actions beyond either rule, highest priority first, with the owner and why', () => {
    const table = committeeAttention(paper, { mostRevisions: 2, longestExtensionDays: 60 })!;
    expect(table.columns.map((column) => column.header)).toEqual([
      'Audit Name',
      'Recommendation',
      'Priority',
      'Owner',
      'Original deadline',
      'Deadline',
      'Revisions',
      'Days added',
      'Why',
    ]);
    expect(table.rows).toEqual([
      ['Fleet', '1', 'High', null, { date: '2024-03-31' }, { date: '2024-06-30' }, 1, 91, 'extended by 91 days, more than the 60 accepted'],
      [
        'Payroll',
        '1',
        'Low',
        null,
        { date: '2024-03-31' },
        { date: '2024-12-31' },
        3,
        275,
        '3 revisions, more than the 2 accepted; extended by 275 days, more than the 60 accepted',
      ],
    ]);
    expect(table.sources).toEqual(['Actions!A3', 'Actions!A2']);
  });

  it('says which rules held when no open action goes beyond them', () => {
    expect(committeeAttention(paper, { mostRevisions: 5, longestExtensionDays: 365 })).toMatchObject({
      rows: [],
      emptyText:
        "No open action goes beyond the committee's rules (at most 5 revisions of a deadline and extensions of at most 365 days past the original deadline) as at 31/10/2024.",
    });
  });
});

describe('daysAdded', () => {
  it('counts days past the original deadline, and none for a deadline brought forward', () => {
    expect(daysAdded(current({ row: 1, originalDeadline: '2024-03-31', deadline: '2024-06-30' }))).toBe(91);
    expect(daysAdded(current({ row: 1, originalDeadline: '2024-06-30', deadline: '2024-03-31' }))).toBe(0);
  });
});
