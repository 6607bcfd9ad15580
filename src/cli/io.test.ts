import * as path from 'path';
import { userPath } from './io';

describe('userPath', () => {
  it('takes relative paths from where npm run summary was typed, not the package folder', () => {
    expect(userPath('tracker.xlsx', { npm_lifecycle_event: 'summary', INIT_CWD: '/home/finance/papers' })).toBe('/home/finance/papers/tracker.xlsx');
    expect(userPath('/data/tracker.xlsx', { npm_lifecycle_event: 'summary', INIT_CWD: '/home/finance' })).toBe('/data/tracker.xlsx');
  });

  it('uses the current folder otherwise, even inside another npm script', () => {
    expect(userPath('tracker.xlsx', { npm_lifecycle_event: 'test', INIT_CWD: '/elsewhere' })).toBe(path.resolve('tracker.xlsx'));
    expect(userPath('tracker.xlsx', {})).toBe(path.resolve('tracker.xlsx'));
  });
});
