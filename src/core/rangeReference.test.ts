import { rangeReference } from './rangeReference';

describe('rangeReference', () => {
  it('quotes the summary sheet and fixes both corners', () => {
    expect(rangeReference('JAC Summary', { top: 49, left: 1, bottom: 51, right: 1 })).toBe("'JAC Summary'!$B$50:$B$52");
  });

  it('gives one cell as one corner', () => {
    expect(rangeReference('JAC Summary', { top: 3, left: 2, bottom: 3, right: 2 })).toBe("'JAC Summary'!$C$4");
  });

  it('leaves a plain sheet name unquoted', () => {
    expect(rangeReference('Summary', { top: 0, left: 0, bottom: 9, right: 27 })).toBe('Summary!$A$1:$AB$10');
  });
});
