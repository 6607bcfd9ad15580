import { readStoredPaper } from './readStoredPaper';

/** A well-formed entry, as JSON.parse gives it back; each test spoils one part. */
function entry(): Record<string, unknown> {
  return {
    format: 1,
    date: '2024-10-31',
    since: null,
    figures: { audits: 1, finalised: 0, actions: 1, open: 1, overdue: 1, implementationRate: null },
    audits: [['Insurance', 'planning', null]],
    names: ['Payroll'],
    actions: [[0, '1', 0, 45565]],
  };
}

describe('readStoredPaper', () => {
  it('reads a well-formed entry, filling the parts left off', () => {
    expect(readStoredPaper(entry())?.actions).toEqual([
      { key: 'payroll\u00011', audit: 'Payroll', recommendation: '1', disposition: 'open', deadline: '2024-09-30', revisions: 0, closed: null },
    ]);
  });

  // A paper read in part would report the actions left out as added on the next paper.
  it.each<[string, (value: Record<string, unknown>) => void]>([
    ['a later format', (value) => (value.format = 2)],
    ['a date that is not YYYY-MM-DD', (value) => (value.date = '31/10/2024')],
    ['a previous meeting that is not a date', (value) => (value.since = 'July')],
    ['figures missing a count', (value) => delete (value.figures as Record<string, unknown>).overdue],
    ['an implementation rate above 100%', (value) => ((value.figures as Record<string, unknown>).implementationRate = 3)],
    ['an audit without its stage', (value) => (value.audits = [['Insurance']])],
    ['an audit name that is not text', (value) => (value.names = [42])],
    ['an action naming an audit that is not listed', (value) => (value.actions = [[1, '1', 0, 45565]])],
    ['an action with an unknown disposition', (value) => (value.actions = [[0, '1', 9, 45565]])],
    ['an action whose deadline is text', (value) => (value.actions = [[0, '1', 0, '30/09/2024']])],
    ['an action with a fractional revision count', (value) => (value.actions = [[0, '1', 0, 45565, 1.5]])],
    ['an action cut short', (value) => (value.actions = [[0, '1', 0]])],
    ['actions that are not a list', (value) => (value.actions = { 0: [0, '1', 0, 45565] })],
  ])('skips the whole entry for %s', (_, spoil) => {
    const value = entry();
    spoil(value);
    expect(readStoredPaper(value)).toBeNull();
  });

  it('skips what is not an entry at all', () => {
    expect([null, 'paper', 3, [], { format: 1 }].map(readStoredPaper)).toEqual([null, null, null, null, null]);
  });
});
