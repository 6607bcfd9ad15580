import {
  closestWord,
  editDistance,
  normaliseRisk,
  RISK_LIST,
  RISK_SUGGESTIONS,
  RISK_WORDS,
  riskRank,
  STATUS_LIST,
} from './vocabulary';

describe('normaliseRisk', () => {
  test.each([
    ['High', 'High'],
    ['Medium', 'Medium'],
    ['Low', 'Low'],
    [' medium ', 'Medium'],
    ['LOW', 'Low'],
    ['high\u00a0', 'High'],
    ['Med', 'Medium'],
    ['Critical', 'Critical'],
    ['Very High', 'Critical'],
    ['Significant', 'High'],
    ['Moderate', 'Medium'],
    ['Minor', 'Low'],
    ['Priority 1', 'High'],
    ['Priority-2', 'Medium'],
    ['priority3', 'Low'],
    ['P1', 'High'],
    ['p2', 'Medium'],
    ['P3', 'Low'],
    ['Red', 'High'],
    ['Amber', 'Medium'],
    ['Green', 'Low'],
    ['Urgent', 'High'],
    ['Important', 'Medium'],
    ['Routine', 'Low'],
    ['Merits attention', 'Low'],
    ['High risk', 'High'],
    ['1 - High', 'High'],
    ['High (Priority 1)', 'High'],
    ['Advisory', 'Advisory'],
    ['Housekeeping', 'Advisory'],
  ])('reads %j as %j', (text, expected) => {
    expect(normaliseRisk(text)).toBe(expected);
  });

  test.each([[''], ['   '], ['Meduim'], ['Banana'], ['1'], ['toString'], ['__proto__']])(
    'returns null for %j, which is not a risk word',
    (text) => {
      expect(normaliseRisk(text)).toBeNull();
    },
  );
});

describe('riskRank', () => {
  test('ranks risks highest first, unknown and missing last', () => {
    const risks = ['Low', null, 'High', 'Advisory', 'Medium', 'Critical', 'Whatever'];
    const sorted = [...risks].sort((a, b) => riskRank(a) - riskRank(b));
    expect(sorted).toEqual(['Critical', 'High', 'Medium', 'Low', 'Advisory', null, 'Whatever']);
  });

  test('every risk word a synonym maps to is a ranked word', () => {
    for (const word of RISK_SUGGESTIONS) {
      expect(RISK_WORDS).toContain(normaliseRisk(word));
    }
  });
});

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
    expect(STATUS_LIST.join(',').length).toBeLessThan(255);
    expect(STATUS_LIST.join(',').length).toBe(227);
  });

  test('no list word contains a comma, which Excel would split', () => {
    for (const word of [...STATUS_LIST, ...RISK_LIST]) expect(word).not.toContain(',');
  });
});
