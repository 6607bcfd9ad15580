import { actionRow } from '@test/core/rows';
import { classifyAction, classifyActions, deadlineHistory } from './classifyActions';

const asOf = '2024-10-31';
const since = '2024-07-24';

function classify(spec: Parameters<typeof actionRow>[0], sinceDate: string | null = since) {
  const { open, overdue, daysOverdue, dueSoon, signedOffSince, effectiveDeadline, signoffDate } = classifyAction(actionRow(spec), asOf, sinceDate);
  return { open, overdue, daysOverdue, dueSoon, signedOffSince, effectiveDeadline, signoffDate };
}

describe('classifyAction', () => {
  test('an action signed off since the previous meeting is closed and counted as signed off since', () => {
    expect(classify({ row: 4, deadline: '2024-10-30', signoff: '2024-08-14' })).toEqual({
      open: false,
      overdue: false,
      daysOverdue: 0,
      dueSoon: false,
      signedOffSince: true,
      effectiveDeadline: '2024-10-30',
      signoffDate: '2024-08-14',
    });
  });

  test('an open action past its deadline is overdue by whole days', () => {
    expect(classify({ row: 4, deadline: '2024-09-30' })).toEqual({
      open: true,
      overdue: true,
      daysOverdue: 31,
      dueSoon: false,
      signedOffSince: false,
      effectiveDeadline: '2024-09-30',
      signoffDate: null,
    });
  });

  test('an action due on the as-of date is not overdue but due soon', () => {
    expect(classify({ row: 4, deadline: asOf })).toMatchObject({ overdue: false, daysOverdue: 0, dueSoon: true });
  });

  test('due within 30 days includes the 30th day and not the 31st', () => {
    expect(classify({ row: 4, deadline: '2024-11-30' }).dueSoon).toBe(true);
    expect(classify({ row: 4, deadline: '2024-12-01' }).dueSoon).toBe(false);
  });

  test('a readable revised deadline replaces the original one', () => {
    expect(classify({ row: 4, deadline: '2024-06-30', revised: '2024-12-31' })).toMatchObject({
      effectiveDeadline: '2024-12-31',
      overdue: false,
    });
  });

  test('an unreadable revised deadline falls back to the original deadline', () => {
    expect(classify({ row: 4, deadline: '2024-06-30', revised: { kind: 'unreadable', text: 'end of year' } })).toMatchObject({
      effectiveDeadline: '2024-06-30',
      overdue: true,
      daysOverdue: 123,
    });
  });

  test('an open action with no readable deadline is neither overdue nor due soon', () => {
    expect(classify({ row: 4, deadline: { kind: 'placeholder', text: 'TBC' } })).toMatchObject({
      open: true,
      overdue: false,
      dueSoon: false,
      effectiveDeadline: null,
    });
  });

  test('a sign-off on the previous meeting date is not "since"; one on the as-of date is', () => {
    expect(classify({ row: 4, deadline: '2024-12-31', signoff: since }).signedOffSince).toBe(false);
    expect(classify({ row: 4, deadline: '2024-12-31', signoff: asOf }).signedOffSince).toBe(true);
    expect(classify({ row: 4, deadline: '2024-12-31', signoff: '2024-11-01' }).signedOffSince).toBe(false);
  });

  test('nothing is signed off since when there is no previous meeting date', () => {
    expect(classify({ row: 4, deadline: '2024-12-31', signoff: '2024-08-14' }, null).signedOffSince).toBe(false);
  });

  test('text in the sign-off cell closes the action; a placeholder does not', () => {
    expect(classify({ row: 4, deadline: '2024-01-31', signoff: { kind: 'unreadable', text: 'Implemented' } })).toMatchObject({
      open: false,
      overdue: false,
      signoffDate: null,
    });
    expect(classify({ row: 4, deadline: '2024-01-31', signoff: { kind: 'placeholder', text: 'TBC' } })).toMatchObject({
      open: true,
      overdue: true,
    });
  });

  test('counts days overdue across a leap day', () => {
    const action = classifyAction(actionRow({ row: 4, deadline: '2024-02-28' }), '2024-03-01', null);
    expect(action.daysOverdue).toBe(2);
  });
});

describe('classifyActions', () => {
  test('keeps the rows in order and keeps what the reader found', () => {
    const rows = [actionRow({ row: 4, audit: 'Payroll' }), actionRow({ row: 5, audit: 'Estates' })];
    const classified = classifyActions(rows, asOf, since);
    expect(classified.map((action) => [action.audit, action.ref.address])).toEqual([
      ['Payroll', 'Actions!A5'],
      ['Estates', 'Actions!A6'],
    ]);
  });
});

describe('dispositions from the status and the closing date', () => {
  const disposition = (spec: Omit<Parameters<typeof actionRow>[0], 'row'>) => {
    const action = classifyAction(actionRow({ row: 4, deadline: '2024-06-30', ...spec }), asOf, since);
    return [action.disposition, action.open, action.overdue, action.signedOffSince];
  };

  test.each([
    // Regression: actions closed by their status with no date were reported overdue.
    ['Superseded, no date', { status: 'Superseded' }, ['closed-without-implementation', false, false, false]],
    ['Risk accepted, no date', { status: 'Risk accepted' }, ['closed-without-implementation', false, false, false]],
    ['Complete, no date', { status: 'Complete' }, ['implemented', false, false, false]],
    ['Implemented with a date since the meeting', { status: 'Implemented', signoff: '2024-08-01' }, ['implemented', false, false, true]],
    [
      'awaiting verification with a date: not overdue, not signed off',
      { status: 'Awaiting verification', signoff: '2024-08-01' },
      ['awaiting-verification', false, false, false],
    ],
    ['In progress and past its deadline', { status: 'In progress' }, ['open', true, true, false]],
    ['In progress with a closing date: the date closes it', { status: 'In progress', signoff: '2024-08-01' }, ['implemented', false, false, true]],
    ['a status not understood: the date decides', { status: 'With finance' }, ['open', true, true, false]],
    ['no status column: the date decides', {}, ['open', true, true, false]],
    // Words typed in the closing-date column are read as a status: a tracker with no status column often does this.
    [
      '"Superseded" where the closing date goes',
      { signoff: { kind: 'unreadable', text: 'Superseded' } },
      ['closed-without-implementation', false, false, false],
    ],
    ['"Ongoing" where the closing date goes: still open', { signoff: { kind: 'unreadable', text: 'Ongoing' } }, ['open', true, true, false]],
    ['any other text there: signed off, as before', { signoff: { kind: 'unreadable', text: 'See note' } }, ['implemented', false, false, false]],
  ] as [string, Omit<Parameters<typeof actionRow>[0], 'row'>, unknown[]][])('%s', (_name, spec, expected) => {
    expect(disposition(spec)).toEqual(expected);
  });
});

describe('deadlineHistory', () => {
  const history = (spec: Omit<Parameters<typeof actionRow>[0], 'row'>) => deadlineHistory(actionRow({ row: 4, ...spec }));

  test('the right-most revised date holding a date is in force (regression: the first revised date was used)', () => {
    expect(history({ deadline: '2023-09-30', revised: '2023-12-31', revised2: '2024-03-31' })).toEqual({
      original: '2023-09-30',
      effective: '2024-03-31',
      revisions: 2,
    });
  });

  test('a blank or "TBC" later column falls back to the date before it', () => {
    expect(history({ deadline: '2023-10-31', revised: '2024-01-31', revised2: { kind: 'placeholder', text: 'TBC' } })).toEqual({
      original: '2023-10-31',
      effective: '2024-01-31',
      revisions: 1,
    });
    expect(history({ deadline: '2023-10-31', revised: '' })).toEqual({ original: '2023-10-31', effective: '2023-10-31', revisions: 0 });
  });

  test('a revised column repeating the date before it is not a revision', () => {
    expect(history({ deadline: '2024-03-31', revised: '2024-03-31' })).toEqual({ original: '2024-03-31', effective: '2024-03-31', revisions: 0 });
  });

  test('a deadline cell that names its own revision counts it, with the date it replaced as the original', () => {
    expect(history({ deadline: { kind: 'date', date: '2016-10-31', earlier: '2015-03-31' } })).toEqual({
      original: '2015-03-31',
      effective: '2016-10-31',
      revisions: 1,
    });
    expect(history({ deadline: { kind: 'date', date: '2025-03-31', earlier: null } })).toEqual({
      original: null,
      effective: '2025-03-31',
      revisions: 1,
    });
  });

  test('a revision only, with no original date: the original is not known', () => {
    expect(history({ deadline: '', revised: '2024-06-30' })).toEqual({ original: null, effective: '2024-06-30', revisions: 1 });
  });

  test('a formula never calculated makes the deadline unknown until a later column gives a date', () => {
    expect(history({ deadline: '2024-03-31', revised: { kind: 'uncalculated' } })).toEqual({ original: '2024-03-31', effective: null, revisions: 0 });
    expect(history({ deadline: { kind: 'uncalculated' }, revised: '2024-06-30' })).toEqual({ original: null, effective: '2024-06-30', revisions: 1 });
  });

  test('days added are counted from the original to the deadline in force', () => {
    const action = classifyAction(actionRow({ row: 4, deadline: '2023-09-30', revised: '2024-03-31' }), asOf, since);
    expect([action.originalDeadline, action.effectiveDeadline, action.revisionCount, action.daysAdded]).toEqual(['2023-09-30', '2024-03-31', 1, 183]);
  });
});
