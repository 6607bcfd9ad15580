import { readActionStatus } from './actionStatus';
import type { Disposition } from './types';

describe('readActionStatus reads what a status says happened to the action', () => {
  test.each<[string, Disposition]>([
    // Open: the list and Symbiant's Outstanding / Partly Implemented.
    ['Not started', 'open'],
    ['In progress', 'open'],
    ['Partially implemented', 'open'],
    ['Partly Implemented', 'open'],
    ['Not implemented', 'open'],
    ['Outstanding', 'open'],
    ['Open', 'open'],
    ['Ongoing', 'open'],
    ['Overdue', 'open'],
    ['Red', 'open'],
    ['Amber', 'open'],
    ['Partially implemented - revised date agreed', 'open'],
    // Agreed or put off, as the whole status: the action is still to do.
    ['Agreed', 'open'],
    ['Accepted', 'open'],
    ['Deferred', 'open'],
    ['On hold', 'open'],
    ['Not yet commenced', 'open'],
    // Implemented.
    ['Implemented', 'implemented'],
    ['Fully implemented', 'implemented'],
    ['Complete', 'implemented'],
    ['Completed', 'implemented'],
    ['Closed', 'implemented'],
    ['Verified', 'implemented'],
    ['Closed - verified', 'implemented'],
    ['Implemented - March 2024', 'implemented'],
    ['100%', 'implemented'],
    ['100% complete', 'implemented'],
    ['Complete - accepted by audit', 'implemented'],
    // Management says done, internal audit has not confirmed: reported apart.
    ['Awaiting verification', 'awaiting-verification'],
    ['Not verified', 'awaiting-verification'],
    ['Implemented - awaiting verification', 'awaiting-verification'],
    ['Implemented (not yet verified)', 'awaiting-verification'],
    ['Complete - to be verified by audit', 'awaiting-verification'],
    // Done by management's account, the evidence with internal audit or awaited (regression: read as implemented).
    ['Complete - awaiting evidence', 'awaiting-verification'],
    ['Evidence submitted to internal audit', 'awaiting-verification'],
    ['Implemented - pending audit review', 'awaiting-verification'],
    ['Awaiting IA review', 'awaiting-verification'],
    // Closed without implementation.
    ['Superseded', 'closed-without-implementation'],
    ['Not adopted', 'closed-without-implementation'],
    ['Risk accepted', 'closed-without-implementation'],
    ['Management accepts the risk', 'closed-without-implementation'],
    ['Withdrawn', 'closed-without-implementation'],
    ['No longer applicable', 'closed-without-implementation'],
    ['Closed - superseded by the 2024 review', 'closed-without-implementation'],
    ['N/A', 'closed-without-implementation'],
    ['Not agreed', 'closed-without-implementation'],
  ])('%j is %s', (text, disposition) => {
    expect(readActionStatus(text)).toEqual({ disposition, recognised: true, suggestion: null });
  });

  test('a percentage complete (Reading BC): 100% is done, anything less is open', () => {
    expect(readActionStatus('75%').disposition).toBe('open');
    expect(readActionStatus('0%').disposition).toBe('open');
    expect(readActionStatus(1, '0%').disposition).toBe('implemented');
    expect(readActionStatus(0.75, '0%').disposition).toBe('open');
    expect(readActionStatus(100).disposition).toBe('implemented');
    expect(readActionStatus(50, 'General').disposition).toBe('open');
    expect(readActionStatus(150)).toEqual({ disposition: null, recognised: false, suggestion: null });
  });

  test('"Green" is left to the user: on some trackers it means complete, on others only well advanced', () => {
    expect(readActionStatus('Green')).toEqual({ disposition: null, recognised: false, suggestion: null });
    expect(readActionStatus('Green', undefined, new Map([['green', 'implemented']]))).toEqual({
      disposition: 'implemented',
      recognised: true,
      suggestion: null,
    });
  });

  test('a misspelt status is read as meant, with the wording put right', () => {
    expect(readActionStatus('Implemnted')).toEqual({ disposition: 'implemented', recognised: true, suggestion: 'Implemented' });
    expect(readActionStatus('Superceded')).toEqual({ disposition: 'closed-without-implementation', recognised: true, suggestion: 'Superseded' });
    expect(readActionStatus('Partialy implemented')).toEqual({ disposition: 'open', recognised: true, suggestion: 'Partially implemented' });
  });

  test('an unknown status is unread, with the closest known status when there is one', () => {
    expect(readActionStatus('With finance')).toEqual({ disposition: null, recognised: false, suggestion: null });
    expect(readActionStatus('Not startd yet')).toMatchObject({ disposition: 'open' });
    expect(readActionStatus('__proto__')).toEqual({ disposition: null, recognised: false, suggestion: null });
  });

  test('a blank cell says nothing, which is not a problem', () => {
    expect(readActionStatus('')).toEqual({ disposition: null, recognised: true, suggestion: null });
    expect(readActionStatus('  ')).toEqual({ disposition: null, recognised: true, suggestion: null });
    expect(readActionStatus(null)).toEqual({ disposition: null, recognised: true, suggestion: null });
  });
});

describe('statuses NHS trusts’ trackers use', () => {
  test.each<[string, Disposition]>([
    ['Not yet due', 'open'],
    ['Not due yet', 'open'],
    ['Complete - awaiting IA verification', 'awaiting-verification'],
  ])('%j is read as %s', (status, disposition) => {
    expect(readActionStatus(status)).toEqual({ disposition, recognised: true, suggestion: null });
  });
});
