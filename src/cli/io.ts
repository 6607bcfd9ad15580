import { promises as fs } from 'fs';
import * as path from 'path';
import type { IsoDate } from '../core/types';
import { localToday } from '../host/localDate';

/** Everything the command line touches outside itself, so tests run it in-process with fakes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, bytes: Uint8Array): Promise<void>;
  /** The date the paper is "as of" when --as-of is not given. */
  today(): IsoDate;
  /** The bundled sample workbook, used when no workbook is named. */
  samplePath: string;
}

/** The sample ships with the package: found from this file, not the current directory, so it works from anywhere. */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, '../../assets/sample/jac-tracker-sample.xlsx');

/**
 * `npm run summary -- tracker.xlsx` runs in the package's folder, not where the person typed it; npm keeps that
 * folder in INIT_CWD. Relative paths are taken from there, so the command means what it says from any folder.
 */
export function userPath(file: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.npm_lifecycle_event === 'summary' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
  return path.resolve(base, file);
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (file) => new Uint8Array(await fs.readFile(userPath(file))),
  writeFile: (file, bytes) => fs.writeFile(userPath(file), bytes),
  today: () => localToday(),
  samplePath: SAMPLE_WORKBOOK,
};
