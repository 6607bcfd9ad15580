import type { SummaryModel } from '../core/types';
import type { CliOptions } from './parseArgs';
import { fileProblem, UsageError } from './errors';
import { userPath, type CliIo } from './io';

export interface PaperDocxRequest {
  /** Where `--docx` asked for the paper. */
  docx: string;
  /** With `--json`, stdout carries only the JSON object, so the confirmation goes to stderr. */
  json: boolean;
}

/**
 * What `--docx` asked for, checked before anything is read or written: the paper may not overwrite the workbook
 * being read or the `--out` copy.
 */
export function paperDocxRequest(options: Pick<CliOptions, 'docx' | 'out' | 'json'>, workbook: string): PaperDocxRequest | null {
  if (!options.docx) return null;
  const target = userPath(options.docx);
  if (target === userPath(workbook)) {
    throw new UsageError(`--docx ${options.docx} is the workbook being read: name a new file, so the original stays as it is.`);
  }
  if (options.out && target === userPath(options.out)) {
    throw new UsageError(`--docx ${options.docx} is also the --out file: give the paper and the workbook copy different names.`);
  }
  return { docx: options.docx, json: options.json };
}

/**
 * `jac-summary --docx PAPER.docx`: the committee paper's section as a Word document (src/paper/paperDocx.ts), from
 * the same summary the report prints and `--out` writes, then one line saying so.
 */
export async function writePaperDocx(request: PaperDocxRequest, summary: SummaryModel, io: CliIo): Promise<void> {
  // Required only when asked for: the docx library would add about 40 ms to every other run's start. A require,
  // not import(): tsx (bin/jac-summary.js) runs the command as CommonJS, and its import() cannot find a .ts file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { paperDocx } = require('../paper/paperDocx') as typeof import('../paper/paperDocx');
  const bytes = await paperDocx(summary);
  try {
    await io.writeFile(request.docx, bytes);
  } catch (error) {
    throw new UsageError(fileProblem(request.docx, error, 'output'));
  }
  (request.json ? io.stderr : io.stdout)(`Wrote ${request.docx} with the committee paper's tables for Word.\n`);
}
