import { exampleHeaders, listWithAnd, listWithOr, matchHeader, matchHeaderRanked, normaliseHeader } from './headers';

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
    ['Rec', 'recommendation'],
    ['Rec no', 'recommendation'],
    ['Rec. No.', 'recommendation'],
    ['Ref', 'recommendation'],
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
  ])('%j is %s', (text, field) => {
    expect(matchHeader(text, 'actions')).toBe(field);
  });
  test('"Status" belongs to the plan, not the actions', () => {
    expect(matchHeader('Status', 'actions')).toBeNull();
    expect(matchHeader('Status', 'plan')).toBe('status');
  });
  test('ordinary cell text and long prose are not headers', () => {
    expect(matchHeader('Firearms and Tasers', 'actions')).toBeNull();
    expect(matchHeader('Medium', 'actions')).toBeNull();
    expect(matchHeader('', 'actions')).toBeNull();
    expect(matchHeader('Risk '.repeat(20), 'actions')).toBeNull();
  });
  test('"Rec no" outranks "Recommendation" so the label column wins over prose', () => {
    const recNo = matchHeaderRanked('Rec no', 'actions');
    const prose = matchHeaderRanked('Recommendation', 'actions');
    expect(recNo?.field).toBe('recommendation');
    expect(prose?.field).toBe('recommendation');
    expect(recNo!.rank).toBeLessThan(prose!.rank);
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
    expect(listWithAnd(['Audit Name', 'Recommendation', 'Risk'])).toBe('Audit Name, Recommendation and Risk');
    expect(listWithOr(['Status'])).toBe('Status');
  });
  test('every example header is itself recognised', () => {
    const plan = ['audit', 'plannedStart', 'status', 'opinion'] as const;
    const actions = ['audit', 'recommendation', 'risk', 'deadline', 'revisedDeadline', 'signoff'] as const;
    for (const field of plan) for (const text of exampleHeaders(field)) expect(matchHeader(text, 'plan')).toBe(field);
    for (const field of actions) for (const text of exampleHeaders(field)) expect(matchHeader(text, 'actions')).toBe(field);
  });
});
