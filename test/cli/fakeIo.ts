import { promises as fs } from 'fs';
import * as path from 'path';
import type { CliIo } from '../../src/cli/io';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLE = path.join(ROOT, 'assets/sample/jac-tracker-sample.xlsx');
export const MESSY = path.join(ROOT, 'test/fixtures/messy-tracker.xlsx');

/** Runs the command line in-process: real files to read, written files kept in memory, output captured. */
export function fakeIo(files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (file) => {
      const fake = files[file];
      if (fake !== undefined) return typeof fake === 'string' ? new TextEncoder().encode(fake) : fake;
      return new Uint8Array(await fs.readFile(file));
    },
    writeFile: async (file, bytes) => {
      written.set(file, bytes);
    },
    today: () => '2024-09-30',
    samplePath: SAMPLE,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
