import { current, snapshot } from '@test/core/paperActions';
import type { HeadlineFigures } from './paper';
import { papersToKeep, previousPaper, recordedPapers, recordPaper } from './recordedPapers';
import { storedPaper } from './storedPaper';

const FIGURES: HeadlineFigures = { audits: 0, finalised: 0, actions: 1, open: 1, overdue: 0, implementationRate: null };

function entry(date: string, recommendation = '1') {
  return JSON.parse(JSON.stringify(storedPaper(snapshot(date, [current({ row: 1, recommendation })]), FIGURES)));
}

const datesOf = (entries: unknown[]) => entries.map((value) => (value as { date?: string }).date ?? '(no date)');

describe('papersToKeep', () => {
  it('keeps every paper, oldest first, whatever order they were recorded in', () => {
    expect(datesOf(papersToKeep([entry('2024-10-31'), entry('2024-04-30')], entry('2024-07-31')))).toEqual([
      '2024-04-30',
      '2024-07-31',
      '2024-10-31',
    ]);
  });

  it('replaces the paper recorded for the same date', () => {
    const kept = papersToKeep([entry('2024-07-31'), entry('2024-10-31', '1')], entry('2024-10-31', '2'));
    expect(datesOf(kept)).toEqual(['2024-07-31', '2024-10-31']);
    expect((kept[1] as { actions: unknown[][] }).actions[0][1]).toBe('2');
  });

  it('keeps entries it cannot read as they are, in front', () => {
    const handEdited = { note: 'typed by hand' };
    expect(papersToKeep([entry('2024-07-31'), handEdited], entry('2024-10-31'))).toEqual([handEdited, entry('2024-07-31'), entry('2024-10-31')]);
  });
});

describe('recordPaper', () => {
  it('adds this paper’s entry to the ones stored', () => {
    const paper = snapshot('2024-10-31', [current({ row: 1 })]);
    expect(recordPaper([entry('2024-07-31')], { snapshot: paper, figures: FIGURES })).toEqual([entry('2024-07-31'), storedPaper(paper, FIGURES)]);
  });
});

describe('previousPaper', () => {
  it('chooses the latest paper dated before this one, never this date or a later one', () => {
    const stored = [entry('2024-04-30'), entry('2024-07-31'), entry('2024-10-31'), entry('2025-01-31')];
    expect(previousPaper(stored, '2024-10-31')?.date).toBe('2024-07-31');
    expect(previousPaper(stored, '2024-04-30')).toBeNull();
  });

  it('passes over a paper it cannot read and takes the one before it', () => {
    const broken = { ...entry('2024-07-31'), actions: 'lost' };
    expect(previousPaper([entry('2024-04-30'), broken], '2024-10-31')?.date).toBe('2024-04-30');
  });
});

describe('recordedPapers', () => {
  it('lists the readable papers, oldest first', () => {
    expect(recordedPapers([entry('2024-10-31'), { date: '2024-09-01' }, entry('2024-07-31')]).map((paper) => paper.date)).toEqual([
      '2024-07-31',
      '2024-10-31',
    ]);
  });
});
