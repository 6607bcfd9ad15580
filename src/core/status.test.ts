import { readStatus, opinionInStatus, readOpinion } from './status';
import { userWords } from './userWords';

describe('readStatus on the seed plan', () => {
  test.each([
    ['Finalised- Substantial assurance', 'final', 'Substantial'],
    ['Finalised- Reasonable assurance', 'final', 'Reasonable'],
    ['Draft report issued', 'draft', null],
    ['Scope and timing agreed', 'planning', null],
    ['Commissioned outside IA plan - planning', 'planning', null],
  ])('reads %j as stage %j with opinion %j', (status, stage, opinion) => {
    expect(readStatus(status, '')).toEqual({ stage, opinion, recognised: true, suggestion: null });
  });
});

describe('readStatus on other organisations’ wording', () => {
  test.each([
    ['Final report issued 14/03/2024', 'final'],
    ['Deferred to the 2025/26 plan', 'deferred'],
    ['Terms of reference agreed; fieldwork starts 3 June', 'planning'],
    ['Report in quality review', 'draft'],
    ['Fieldwork in progress', 'fieldwork'],
    ['In progress', 'fieldwork'],
    ['Not started', 'not-started'],
    ['Not yet started', 'not-started'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Removed from plan', 'cancelled'],
    ['Withdrawn at management request', 'cancelled'],
    ['Replaced by advisory work', 'cancelled'],
    ['Auditor allocated', 'not-started'],
    ['Briefing', 'planning'],
    ['Complete', 'final'],
    ['Completed', 'final'],
    ['Draft report issued - management responses awaited', 'draft'],
    ['Draft report issued; final due March', 'draft'],
    ['Fieldwork complete', 'fieldwork'],
    ['Postponed', 'deferred'],
    ['Carried forward to 2025/26', 'deferred'],
    ['c/f to next year', 'deferred'],
    ['Planning', 'planning'],
    ['Scoping', 'planning'],
    ['TOR issued', 'planning'],
    ['Planned', 'not-started'],
    ['TBC', 'not-started'],
    ['Awaiting management responses', 'draft'],
    ['FINALISED', 'final'],
    ['Finalized', 'final'],
    ['  fieldwork\u00a0underway ', 'fieldwork'],
    ['Planning in progress', 'planning'],
    ['Scoping underway', 'planning'],
    ['Reporting in progress', 'draft'],
    ['Work in progress', 'fieldwork'],
    ['On hold', 'deferred'],
    ['Fieldwork scheduled for January', 'planning'],
    ['Fieldwork planned w/c 3 June', 'planning'],
    // Published papers: Lewisham, Lancashire Fire, BDO for the Scottish Police Authority, North Norfolk.
    ['Scheduled', 'not-started'],
    ['Scheduled for Q3', 'not-started'],
    ['ToR agreed', 'planning'],
    ['ToR stage', 'planning'],
    ['Scope agreed', 'planning'],
    ['Progressing', 'fieldwork'],
    ['Progressing: Scope agreed and testing started', 'fieldwork'],
    ['Ongoing', 'fieldwork'],
    ['Reporting', 'draft'],
    ['Draft Report shared with client', 'draft'],
    ['Draft report issued 1 November 2011', 'draft'],
    ['Final', 'final'],
    ['Final report issued 28 July 2011', 'final'],
    ['Complete Final report issued 4 November 2011', 'final'],
    ['Deferred to 2012/13', 'deferred'],
    ['Audit deferred to 2012/13', 'deferred'],
    ['Removed from plan', 'cancelled'],
    ['Follow up', 'fieldwork'],
    ['Follow-up', 'fieldwork'],
    ['Audit fieldwork starts 14 November 2011', 'planning'],
    ['Audit planning in progress', 'planning'],
    ['Brief issued 25 July 2011. Audit fieldwork in progress.', 'fieldwork'],
    ['Audit Brief issued and fieldwork scheduled to start 17 September 2012.', 'planning'],
    ['Audit Fieldwork completed. Draft Report imminent.', 'draft'],
    ['Audit in review process', 'draft'],
    ['Initial draft report reviewed 25 January 2011', 'draft'],
    ['Following discussion with management, this audit has been deferred to Quarter 1 of 2012/13.', 'deferred'],
  ])('reads %j as stage %j', (status, stage) => {
    const reading = readStatus(status, '');
    expect(reading.stage).toBe(stage);
    expect(reading.recognised).toBe(true);
    expect(reading.suggestion).toBeNull();
  });

  test('reads the user’s own words before its patterns', () => {
    const words = userWords([{ table: 'plan', field: 'status', word: 'With client', means: 'draft' }]);
    expect(readStatus('WITH CLIENT', '', words)).toEqual({ stage: 'draft', opinion: null, recognised: true, suggestion: null });
    expect(readStatus('With client', '').stage).toBe('other');
  });

  test('treats a blank status as not started, not as a problem', () => {
    expect(readStatus('', '')).toEqual({ stage: 'not-started', opinion: null, recognised: true, suggestion: null });
  });

  test('reads an opinion on its own as a final report', () => {
    expect(readStatus('Limited assurance', '')).toEqual({
      stage: 'final',
      opinion: 'Limited',
      recognised: true,
      suggestion: null,
    });
  });
});

describe('readStatus with opinions', () => {
  test.each([
    ['Final report - Good assurance', 'Good'],
    ['Finalised - Adequate assurance', 'Adequate'],
    ['Final - Partial assurance', 'Partial'],
    ['Final - Nil assurance', 'Nil'],
    ['Finalised - No assurance', 'No'],
    ['Finalised - Minimal assurance', 'Minimal'],
    ['Final - FULL ASSURANCE', 'Full'],
    ['Final - substantial assurance', 'Substantial'],
    ['Final report issued - overall assurance: limited', 'Limited'],
    ['Finalised (Reasonable)', 'Reasonable'],
  ])('keeps the organisation’s word from %j as %j', (status, opinion) => {
    expect(readStatus(status, '')).toMatchObject({ stage: 'final', opinion });
  });

  test('an opinion column wins over the status text', () => {
    expect(readStatus('Finalised- Substantial assurance', 'limited assurance').opinion).toBe('Limited');
  });

  test('falls back to the status text when the opinion column is blank or unreadable', () => {
    expect(readStatus('Finalised- Substantial assurance', '').opinion).toBe('Substantial');
    expect(readStatus('Finalised- Substantial assurance', 'Substantail').opinion).toBe('Substantial');
  });

  test('gives no opinion when none is written', () => {
    expect(readStatus('Final report issued 14/03/2024', '').opinion).toBeNull();
    expect(readStatus('No longer required', '')).toMatchObject({ stage: 'cancelled', opinion: null });
  });
});

describe('readStatus on text it does not understand', () => {
  test('reads Finalsed as the final stage it means, and suggests Finalised', () => {
    expect(readStatus('Finalsed', '')).toEqual({
      stage: 'final',
      opinion: null,
      recognised: true,
      suggestion: 'Finalised',
    });
  });

  test('puts the misspelt word right and keeps the rest of the text (regression: "Finalsed - Reasonable assurance" was read as final without a word)', () => {
    expect(readStatus('Finalsed- Substantial assurance', '')).toEqual({
      stage: 'final',
      opinion: 'Substantial',
      recognised: true,
      suggestion: 'Finalised- Substantial assurance',
    });
    expect(readStatus('Finalsed - Reasonable assurance', '')).toEqual({
      stage: 'final',
      opinion: 'Reasonable',
      recognised: true,
      suggestion: 'Finalised - Reasonable assurance',
    });
    expect(readStatus('Drfat report isued', '').suggestion).toBe('Draft report issued');
  });

  test('suggests nothing when no known word is close', () => {
    expect(readStatus('Awaiting the auditors', '')).toEqual({
      stage: 'other',
      opinion: null,
      recognised: false,
      suggestion: null,
    });
  });

  test.each([['toString'], ['__proto__'], ['constructor']])('does not trip over %j', (text) => {
    expect(readStatus(text, text)).toEqual({ stage: 'other', opinion: null, recognised: false, suggestion: null });
  });
});

describe('readOpinion', () => {
  test.each([
    ['Substantial', 'Substantial'],
    ['substantial assurance', 'Substantial'],
    ['Limited Assurance', 'Limited'],
    ['REASONABLE', 'Reasonable'],
    ['No', 'No'],
    ['No assurance', 'No'],
    ['Good', 'Good'],
    ['Substantial (green)', 'Substantial'],
    // Effective / Some / Major Improvement Required / Unsatisfactory.
    ['Effective', 'Effective'],
    ['Some improvement needed', 'Some Improvement Required'],
    ['Major Improvements Required', 'Major Improvement Required'],
    // The NHS providers' long forms (regression: unrecognised, and "Partial …" read as "Improvements Required").
    ['High assurance', 'High'],
    ['Significant assurance with minor improvement opportunities', 'Significant'],
    ['Partial assurance with improvements required', 'Partial'],
  ])('reads %j as %j', (text, opinion) => {
    expect(readOpinion(text)).toEqual({ opinion, recognised: true, suggestion: null, statedNone: false });
  });

  test('reads a blank cell as no opinion yet, which is not a problem', () => {
    expect(readOpinion('')).toEqual({ opinion: null, recognised: true, suggestion: null, statedNone: false });
  });

  test.each([
    ['N/A'],
    ['TBC'],
    ['none'],
    ['Opinion not provided'],
    ['n/a'],
    ['Advisory'],
    ['Not applicable - advisory'],
    ['Consultancy work'],
    ['Follow up'],
  ])('reads %j as saying no opinion is given', (text) => {
    expect(readOpinion(text)).toEqual({ opinion: null, recognised: true, suggestion: null, statedNone: true });
  });

  test('suggests the closest opinion word for a misspelling', () => {
    expect(readOpinion('Substantail')).toEqual({ opinion: null, recognised: false, suggestion: 'Substantial', statedNone: false });
    expect(readOpinion('Reasonble assurance')).toEqual({ opinion: null, recognised: false, suggestion: 'Reasonable', statedNone: false });
  });

  test.each([
    ['Well Controlled', 'Well Controlled'],
    ['Controlled', 'Controlled'],
    ['Controlled, but needs improvement', 'Controlled, but needs improvement'],
    ['Inadequately Controlled', 'Inadequately Controlled'],
    ['High Standard', 'High Standard'],
    ['Good Standard', 'Good Standard'],
    ['Improvements Required', 'Improvements Required'],
    ['Amber-Green', 'Amber-Green'],
    ['Amber/Red', 'Amber-Red'],
    ['Green', 'Green'],
    ['Red', 'Red'],
    ['Moderate', 'Moderate'],
    ['Nil', 'Nil'],
    ['Minimal', 'Minimal'],
    ['Partial', 'Partial'],
    ['Adequate', 'Adequate'],
    ['˜ Substantial', 'Substantial'],
  ])('reads every scale in published papers: %j is %j', (text, opinion) => {
    expect(readOpinion(text).opinion).toBe(opinion);
  });
});

describe('opinionInStatus', () => {
  test('flags a word before "assurance" that is not an opinion', () => {
    expect(opinionInStatus('Finalised - Substantail assurance')).toEqual({
      opinion: null,
      recognised: false,
      suggestion: 'Substantial',
      statedNone: false,
    });
  });

  test('is content when no opinion is written', () => {
    expect(opinionInStatus('Draft report issued')).toEqual({ opinion: null, recognised: true, suggestion: null, statedNone: false });
  });

  test('finds a multi-word opinion inside the status', () => {
    expect(opinionInStatus('Final - Amber-Green').opinion).toBe('Amber-Green');
    expect(opinionInStatus('Final report: Controlled, but needs improvement').opinion).toBe('Controlled, but needs improvement');
  });
});
