import { closestWord, correctWords, editDistance, PLAN_STATUSES_OFFERED } from './vocabulary';

const RISK_WORDS = ['Critical', 'High', 'Medium', 'Low', 'Advisory'];

describe('editDistance', () => {
  test('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('meduim', 'medium')).toBe(1);
  });

  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('finalsed', 'finalised')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestWord', () => {
  test('suggests Medium for Meduim', () => {
    expect(closestWord('Meduim', RISK_WORDS)).toBe('Medium');
  });

  test('suggests Finalised for Finalsed', () => {
    expect(closestWord('Finalsed', ['Finalised', 'Draft', 'Deferred'])).toBe('Finalised');
  });

  test('ignores case and spacing', () => {
    expect(closestWord('  hgih ', RISK_WORDS)).toBe('High');
  });

  test('suggests nothing when no word is close', () => {
    expect(closestWord('Banana', RISK_WORDS)).toBeNull();
    expect(closestWord('', RISK_WORDS)).toBeNull();
    expect(closestWord('xyz', RISK_WORDS)).toBeNull();
  });

  test('allows only one edit in a short word', () => {
    expect(closestWord('Lo', RISK_WORDS)).toBe('Low');
    expect(closestWord('Hi', RISK_WORDS)).toBeNull();
  });
});

describe('in-cell lists', () => {
  test('the status list fits in an Excel list source (under 255 characters)', () => {
    expect(PLAN_STATUSES_OFFERED.join(',').length).toBeLessThan(255);
    expect(PLAN_STATUSES_OFFERED.join(',').length).toBe(227);
  });

  test('no list word contains a comma, which Excel would split', () => {
    for (const word of PLAN_STATUSES_OFFERED) expect(word).not.toContain(',');
  });
});

describe('correctWords', () => {
  test('puts a misspelt word right and keeps the rest of the text as written', () => {
    expect(correctWords('Finalsed - Reasonable assurance', ['Finalised'])).toBe('Finalised - Reasonable assurance');
    expect(correctWords('FINALSED', ['Finalised'])).toBe('FINALISED');
    expect(correctWords('draft reprot issued', ['Report'])).toBe('draft report issued');
  });

  test('leaves other forms of a known word alone: they are English, not slips', () => {
    expect(correctWords('Draft reports issued', ['Report', 'Issued'])).toBe('Draft reports issued');
    expect(correctWords('Initial draft report reviewed 25 January 2011', ['Review', 'Draft', 'Report'])).toBe(
      'Initial draft report reviewed 25 January 2011',
    );
    expect(correctWords('Issues raised', ['Issued'])).toBe('Issues raised');
    expect(correctWords('Fieldwork planned', ['Planning'])).toBe('Fieldwork planned');
  });
});
