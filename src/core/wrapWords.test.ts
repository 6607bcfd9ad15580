import { wrapWords } from './wrapWords';

describe('wrapWords', () => {
  it('breaks between words so no line passes the width', () => {
    expect(wrapWords('Final report issued to the committee', 12)).toEqual(['Final report', 'issued to', 'the', 'committee']);
  });

  it('gives a word longer than the width a line of its own, and no lines for blank text', () => {
    expect(wrapWords('Counter-fraud arrangements', 8)).toEqual(['Counter-fraud', 'arrangements']);
    expect(wrapWords('   ', 8)).toEqual([]);
  });
});
