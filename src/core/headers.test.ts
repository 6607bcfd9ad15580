import { ACTION_FIELDS, FIELD_SPECS } from './fields';
import { type FieldSpec } from './fieldSpec';
import { exampleHeaders, matchHeader, matchHeaderRanked, normaliseHeader } from './headers';
import { listWithOr } from './wording';

describe('normaliseHeader', () => {
  test('ignores case, spacing and punctuation', () => {
    expect(normaliseHeader('Sign-off  Date:')).toBe('signoffdate');
    expect(normaliseHeader(' SIGNOFF DATE ')).toBe('signoffdate');
    expect(normaliseHeader('Rec. No.')).toBe('recno');
    expect(normaliseHeader('Health & Safety')).toBe('healthandsafety');
    expect(normaliseHeader('Audit\u00a0')).toBe('audit');
  });
});

describe('matchHeader for the plan', () => {
  test.each([
    ['Audit ', 'audit'],
    ['Audit Name', 'audit'],
    ['Audit title', 'audit'],
    ['Audit area', 'audit'],
    ['Review', 'audit'],
    ['Planned start', 'plannedStart'],
    ['Start date', 'plannedStart'],
    ['Quarter', 'plannedStart'],
    ['Scheduling', 'plannedStart'],
    ['Timing', 'plannedStart'],
    ['Status', 'status'],
    ['Stage', 'status'],
    ['Progress', 'status'],
    ['Assurance', 'opinion'],
    ['Opinion', 'opinion'],
    ['Assurance level', 'opinion'],
    ['Level of assurance', 'opinion'],
  ])('%j is %s', (text, field) => {
    expect(matchHeader(text, 'plan')).toBe(field);
  });
  test('action-only headers are not plan headers', () => {
    expect(matchHeader('Deadline', 'plan')).toBeNull();
    expect(matchHeader('Risk', 'plan')).toBeNull();
  });
});

describe('matchHeader for actions', () => {
  test.each([
    ['Audit Name', 'audit'],
    ['Recommendation', 'recommendation'],
    ['Rec', 'ref'],
    ['Rec no', 'ref'],
    ['Rec. No.', 'ref'],
    ['Ref', 'ref'],
    ['Risk', 'risk'],
    ['Priority', 'risk'],
    ['Grade', 'risk'],
    ['Risk (H/M/L)', 'risk'],
    ['Deadline', 'deadline'],
    ['Due date', 'deadline'],
    ['Target date', 'deadline'],
    ['Implementation date', 'deadline'],
    ['Deadline (original)', 'deadline'],
    ['Revised deadline', 'revisedDeadline'],
    ['Revised target date', 'revisedDeadline'],
    ['Extended to', 'revisedDeadline'],
    ['Signoff Date', 'signoff'],
    ['Sign-off date', 'signoff'],
    ['Sign off date', 'signoff'],
    ['Date implemented', 'signoff'],
    ['Completed', 'signoff'],
    ['Closed', 'signoff'],
    // Two wordings joined by a slash: the first known one.
    ['Responsible Officer / Owner', 'owner'],
    ['Date Implemented/Closed', 'signoff'],
    ['Finding/Risk', 'recommendation'],
    // One column for whichever date is in force is the deadline, not a revision.
    ['Original/Revised date', 'deadline'],
    ['Revised (or original) target date', 'deadline'],
    // Wordings of published trackers.
    ['Target Date for Implementation', 'deadline'],
    ['Date action due', 'deadline'],
    ['Management action agreed', 'recommendation'],
    ['RAG', 'status'],
    ['Officer update', 'response'],
  ])('%j is %s', (text, field) => {
    expect(matchHeader(text, 'actions')).toBe(field);
  });
  test('"Status" heads a column of both tables; only the plan counts it towards the kind of table', () => {
    expect(matchHeader('Status', 'actions')).toBe('status');
    expect(matchHeader('Status', 'plan')).toBe('status');
  });
  test('ordinary cell text and long prose are not headers', () => {
    expect(matchHeader('Firearms and Tasers', 'actions')).toBeNull();
    expect(matchHeader('Medium', 'actions')).toBeNull();
    expect(matchHeader('', 'actions')).toBeNull();
    expect(matchHeader('Risk '.repeat(20), 'actions')).toBeNull();
  });
  test('"Rec no" is the reference and "Recommendation" the text, so a tracker with both keeps both', () => {
    expect(matchHeaderRanked('Rec no', 'actions')?.field).toBe('ref');
    expect(matchHeaderRanked('Recommendation', 'actions')?.field).toBe('recommendation');
    expect(matchHeaderRanked('Rec ref', 'actions')!.rank).toBeLessThan(matchHeaderRanked('No', 'actions')!.rank);
  });

  test.each([
    // Every wording REAL-WORLD.md lists for trackers.
    ['Recommendation no', 'ref'],
    ['Finding', 'recommendation'],
    ['Agreed action', 'recommendation'],
    ['Management action', 'recommendation'],
    ['Rating', 'risk'],
    ['Risk rating', 'risk'],
    ['Category', 'risk'],
    ['Responsible officer', 'owner'],
    ['Person responsible', 'owner'],
    ['Action owner', 'owner'],
    ['Lead officer', 'owner'],
    ['Owner', 'owner'],
    ['Implementation date', 'deadline'],
    ['Agreed date', 'deadline'],
    ['Original target date', 'deadline'],
    ['New target date', 'revisedDeadline'],
    ['Adjusted date due', 'revisedDeadline'],
    ['Date completed', 'signoff'],
    ['Verified date', 'signoff'],
    ['Progress', 'status'],
    ['Current status', 'status'],
    ['% complete', 'status'],
    ['Percentage complete', 'status'],
    ['Management response', 'response'],
    ['Initial management comment/response', 'response'],
    ['Management update', 'response'],
    ['Comments', 'response'],
  ])('tracker header %j is %s', (text, field) => {
    expect(matchHeader(text, 'actions')).toBe(field);
  });

  test.each([
    ['1st agreed date', 'deadline', null],
    ['2nd agreed date', 'revisedDeadline', 1],
    ['3rd agreed date', 'revisedDeadline', 2],
    ['Revised target date', 'revisedDeadline', null],
    ['Second revised date', 'revisedDeadline', 2],
    ['Revised deadline 2', 'revisedDeadline', 2],
    ['Revised date (3)', 'revisedDeadline', 3],
    ['Third revised target date', 'revisedDeadline', 3],
  ])('numbered deadline %j is %s, revision %p', (text, field, revision) => {
    expect(matchHeaderRanked(text, 'actions')).toMatchObject({ field, revision });
  });
  test('spreadsheet text such as __proto__ and toString matches nothing', () => {
    expect(matchHeader('__proto__', 'actions')).toBeNull();
    expect(matchHeader('toString', 'plan')).toBeNull();
    expect(matchHeader('constructor', 'plan')).toBeNull();
  });
});

describe('exampleHeaders and lists', () => {
  test('give familiar headers for messages', () => {
    expect(listWithOr(exampleHeaders('risk'))).toBe('Risk, Priority or Grade');
  });
  test('every example header is itself recognised', () => {
    const plan = ['audit', 'plannedStart', 'status', 'opinion'] as const;
    for (const field of plan) for (const text of exampleHeaders(field, 'plan')) expect(matchHeader(text, 'plan')).toBe(field);
    for (const field of ACTION_FIELDS) for (const text of exampleHeaders(field, 'actions')) expect(matchHeader(text, 'actions')).toBe(field);
  });

  test('no wording is listed for two fields of one table, so a header never means two things', () => {
    for (const kind of ['plan', 'actions'] as const) {
      const owners = new Map<string, string>();
      for (const spec of FIELD_SPECS[kind] as readonly FieldSpec[]) {
        for (const header of spec.headers) {
          const key = normaliseHeader(header);
          expect([kind, header, owners.get(key) ?? spec.id]).toEqual([kind, header, spec.id]);
          owners.set(key, spec.id);
        }
      }
    }
  });
});
