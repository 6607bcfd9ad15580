import { measureRecordingSyncs, measureSyncCalls, measureSyncPhases } from './officeRefresh';

describe('measureSyncCalls', () => {
  it('counts the syncs of a whole refresh: 4 for a small tracker, two to read and two to write', async () => {
    expect(await measureSyncCalls(10)).toBe(4);
    expect(await measureSyncPhases(10)).toEqual({ read: 2, write: 2, total: 4 });
  });

  it('counts 4 for recording a paper and 4 for the refresh after it, whose data sheet now holds the paper', async () => {
    expect(await measureRecordingSyncs(10)).toEqual({ recording: 4, afterwards: 4 });
  });
});
