/** The repository's root, for tests that read its files (fixtures, the sample workbook, the sources). */
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');
