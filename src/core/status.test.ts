import { interpretStatus, opinionInStatus, readOpinion } from './status';

describe('interpretStatus on the seed plan', () => {
  test.each([
    ['Finalised- Substantial assurance', 'final', 'Substantial'],
    ['Finalised- Reasonable assurance', 'final', 'Reasonable'],
    ['Draft report issued', 'draft', null],
    ['Scope and timing agreed', 'planning', null],
    ['Commissioned outside IA plan - planning', 'planning', null],
  ])('reads %j as stage %j with opinion %j', (status, stage, opinion) => {
    expect(interpretStatus(status, '')).toEqual({ stage, opinion, recognised: true, suggestion: null });
  });
});

describe('interpretStatus on other organisations’ wording', () => {
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
  ])('reads %j as stage %j', (status, stage) => {
    const reading = interpretStatus(status, '');
    expect(reading.stage).toBe(stage);
    expect(reading.recognised).toBe(true);
  });

  test('treats a blank status as not started, not as a problem', () => {
    expect(interpretStatus('', '')).toEqual({ stage: 'not-started', opinion: null, recognised: true, suggestion: null });
  });

  test('reads an opinion on its own as a final report', () => {
    expect(interpretStatus('Limited assurance', '')).toEqual({
      stage: 'final',
      opinion: 'Limited',
      recognised: true,
      suggestion: null,
    });
  });
});

describe('interpretStatus with opinions', () => {
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
    expect(interpretStatus(status, '')).toMatchObject({ stage: 'final', opinion });
  });

  test('an opinion column wins over the status text', () => {
    expect(interpretStatus('Finalised- Substantial assurance', 'limited assurance').opinion).toBe('Limited');
  });

  test('falls back to the status text when the opinion column is blank or unreadable', () => {
    expect(interpretStatus('Finalised- Substantial assurance', '').opinion).toBe('Substantial');
    expect(interpretStatus('Finalised- Substantial assurance', 'Substantail').opinion).toBe('Substantial');
  });

  test('gives no opinion when none is written', () => {
    expect(interpretStatus('Final report issued 14/03/2024', '').opinion).toBeNull();
    expect(interpretStatus('No longer required', '')).toMatchObject({ stage: 'cancelled', opinion: null });
  });
});

describe('interpretStatus on text it does not understand', () => {
  test('suggests Finalised for Finalsed', () => {
    expect(interpretStatus('Finalsed', '')).toEqual({
      stage: 'other',
      opinion: null,
      recognised: false,
      suggestion: 'Finalised',
    });
  });

  test('puts the misspelt word right and keeps the rest of the text', () => {
    expect(interpretStatus('Finalsed- Substantial assurance', '')).toEqual({
      stage: 'final',
      opinion: 'Substantial',
      recognised: true,
      suggestion: null,
    });
    expect(interpretStatus('Drfat report isued', '').suggestion).toBe('Draft report issued');
  });

  test('suggests nothing when no known word is close', () => {
    expect(interpretStatus('Awaiting the auditors', '')).toEqual({
      stage: 'other',
      opinion: null,
      recognised: false,
      suggestion: null,
    });
  });

  test.each([['toString'], ['__proto__'], ['constructor']])('does not trip over %j', (text) => {
    expect(interpretStatus(text, text)).toEqual({ stage: 'other', opinion: null, recognised: false, suggestion: null });
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
  ])('reads %j as %j', (text, opinion) => {
    expect(readOpinion(text)).toEqual({ opinion, recognised: true, suggestion: null });
  });

  test.each([[''], ['N/A'], ['TBC'], ['none']])('reads %j as no opinion yet, which is not a problem', (text) => {
    expect(readOpinion(text)).toEqual({ opinion: null, recognised: true, suggestion: null });
  });

  test('suggests the closest opinion word for a misspelling', () => {
    expect(readOpinion('Substantail')).toEqual({ opinion: null, recognised: false, suggestion: 'Substantial' });
    expect(readOpinion('Reasonble assurance')).toEqual({ opinion: null, recognised: false, suggestion: 'Reasonable' });
  });
});

describe('opinionInStatus', () => {
  test('flags a word before "assurance" that is not an opinion', () => {
    expect(opinionInStatus('Finalised - Substantail assurance')).toEqual({
      opinion: null,
      recognised: false,
      suggestion: 'Substantial',
    });
  });

  test('is content when no opinion is written', () => {
    expect(opinionInStatus('Draft report issued')).toEqual({ opinion: null, recognised: true, suggestion: null });
  });
});
