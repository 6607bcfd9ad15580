import { GRADES_OFFERED, GRADE_WORDS, priorityOrder, readPriority, scaleWords, UNGRADED_RANK } from './priorities';

describe('readPriority keeps the organisation’s word and ranks it on its own scale', () => {
  test.each([
    ['High', 'High', 1],
    [' medium ', 'Medium', 2],
    ['LOW', 'Low', 3],
    ['high\u00a0', 'High', 1],
    ['Med', 'Medium', 2],
    ['Hi', 'High', 1],
    ['Lo', 'Low', 3],
    ['Critical', 'Critical', 0],
    ['Very High', 'Critical', 0],
    ['Moderate', 'Medium', 2],
    ['Minor', 'Low', 3],
    ['Advisory', 'Advisory', 4],
    // Mazars: Fundamental / Significant / Housekeeping, Significant being the middle grade.
    ['Fundamental', 'Fundamental', 1],
    ['Significant', 'Significant', 2],
    ['Housekeeping', 'Housekeeping', 3],
    ['Merits attention', 'Merits attention', 3],
    // Bromsgrove: Fundamental / Important / Desirable.
    ['Important', 'Important', 2],
    ['Desirable', 'Desirable', 3],
    // TIAA: Urgent / Important / Routine.
    ['Urgent', 'Urgent', 1],
    ['Routine', 'Routine', 3],
    // SWAP: Priority 1 / 2 / 3, written many ways.
    ['Priority 1', 'Priority 1', 1],
    ['Priority-2', 'Priority 2', 2],
    ['priority3', 'Priority 3', 3],
    ['P1', 'Priority 1', 1],
    ['p2', 'Priority 2', 2],
    ['priority one', 'Priority 1', 1],
    ['Priority Two', 'Priority 2', 2],
    ['1', 'Priority 1', 1],
    ['Grade 2', 'Grade 2', 2],
    // City of London: Red / Amber / Green; Bromley's Orange.
    ['Red', 'Red', 1],
    ['Amber', 'Amber', 2],
    ['Green', 'Green', 3],
    ['Orange', 'Amber', 2],
    ['High risk', 'High', 1],
    ['Medium priority', 'Medium', 2],
    // A named grade wins over a bare number.
    ['1 - High', 'High', 1],
    ['High (Priority 1)', 'High', 1],
    ['3 - Low', 'Low', 3],
  ])('%j is %j, rank %i', (text, word, rank) => {
    expect(readPriority(text)).toEqual({ word, rank });
  });

  test.each([[''], ['   '], ['Meduim'], ['Banana'], ['toString'], ['__proto__'], ['7']])('%j is not a grade', (text) => {
    expect(readPriority(text)).toBeNull();
  });

  test('the user’s own word comes first and keeps its spelling', () => {
    const extra = new Map([['gold', { word: 'Gold', rank: 1 }]]);
    expect(readPriority('GOLD', extra)).toEqual({ word: 'Gold', rank: 1 });
    expect(readPriority('High', extra)).toEqual({ word: 'High', rank: 1 });
  });

  test('every suggested spelling is itself read as a grade', () => {
    for (const word of GRADES_OFFERED) expect(readPriority(word)).not.toBeNull();
  });
});

const rankOf = (word: string) => readPriority(word)?.rank ?? UNGRADED_RANK;

describe('scaleWords', () => {
  test('offers every grade of the scale a tracker uses, even those no action has', () => {
    expect(scaleWords(['Significant'], rankOf)).toEqual(['Fundamental', 'Significant', 'Housekeeping']);
    expect(scaleWords(['Desirable', 'Fundamental'], rankOf)).toEqual(['Fundamental', 'Important', 'Desirable']);
    expect(scaleWords(['Important', 'Urgent'], rankOf)).toEqual(['Urgent', 'Important', 'Routine']);
    expect(scaleWords(['Amber'], rankOf)).toEqual(['Red', 'Amber', 'Green']);
  });

  test('lists two providers’ scales one after the other, each highest first (Leicestershire PCC)', () => {
    expect(scaleWords(['Low', 'High', 'Advisory', 'Housekeeping', 'Significant'], rankOf)).toEqual([
      'High',
      'Medium',
      'Low',
      'Advisory',
      'Fundamental',
      'Significant',
      'Housekeeping',
    ]);
  });

  test('a stray word from another scale is listed on its own, not with its whole scale', () => {
    expect(scaleWords(['High', 'Low', 'Priority 2'], rankOf)).toEqual(['High', 'Medium', 'Low', 'Priority 2']);
  });

  test('falls back to High, Medium and Low when the tracker uses no grade', () => {
    expect(scaleWords([], rankOf)).toEqual(['High', 'Medium', 'Low']);
  });

  test('ranks are indexes into the grade words', () => {
    expect(GRADE_WORDS).toEqual(['Critical', 'High', 'Medium', 'Low', 'Advisory']);
    expect(UNGRADED_RANK).toBe(5);
  });
});

describe('priorityOrder', () => {
  const used = new Map([
    ['Housekeeping', 3],
    ['Medium', 2],
    ['Fundamental', 1],
    ['Low', 3],
  ]);

  test('lists a tracker’s grades as its tables show them: each scale in turn, highest first', () => {
    expect(priorityOrder(used).words).toEqual(['High', 'Medium', 'Low', 'Fundamental', 'Significant', 'Housekeeping']);
  });

  test('puts any label of no scale ("Not graded") after every grade, keeping the order given among such labels', () => {
    const labels = ['Not graded', 'Housekeeping', 'Other', 'Fundamental', 'Medium'];
    expect([...labels].sort(priorityOrder(used).compare)).toEqual(['Medium', 'Fundamental', 'Housekeeping', 'Not graded', 'Other']);
  });
});
