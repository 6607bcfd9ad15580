/**
 * Guards issue 12's "due soon" clean-up: the number of days was once written again in the field name
 * (dueWithin30Days), the column header, the narrative, the pane and the highlight formula. Now only core/dueSoon.ts
 * may say it; everything else takes it from DUE_SOON_DAYS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
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
