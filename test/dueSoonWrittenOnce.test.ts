/**
 * The due-soon window has one home, core/dueSoon.ts: no other source writes its number again (in a field name, a
 * column header, the narrative, the pane or the highlight formula), so changing DUE_SOON_DAYS changes them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths';

const SRC = join(ROOT, 'src');
const WRITTEN_AGAIN = /within (?:the next )?\d+ days|TODAY\(\)\s*\+\s*\d|dueWithin\d/i;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

test('no source file but core/dueSoon.ts writes the due-soon window as a number', () => {
  const offenders = sourceFiles(SRC)
    .filter((file) => relative(SRC, file) !== join('core', 'dueSoon.ts'))
    .filter((file) => WRITTEN_AGAIN.test(readFileSync(file, 'utf8')))
    .map((file) => relative(SRC, file));
  expect(offenders).toEqual([]);
});

test('the search finds the ways the number used to be written again, so it can fail', () => {
  expect(WRITTEN_AGAIN.test(readFileSync(join(SRC, 'core', 'dueSoon.ts'), 'utf8'))).toBe(true);
  expect(WRITTEN_AGAIN.test('dueWithin30Days: boolean')).toBe(true);
  expect(WRITTEN_AGAIN.test('label="due within 30 days"')).toBe(true);
  expect(WRITTEN_AGAIN.test('$D5<=TODAY()+30')).toBe(true);
});
