import { measureSyncCalls } from './officeRefresh';

describe('measureSyncCalls', () => {
  it('counts the syncs of a whole refresh: 3 for a small tracker', async () => {
    expect(await measureSyncCalls(10)).toBe(3);
  });
});
