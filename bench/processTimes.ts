/**
 * Timing whole processes (node started, the work done, node gone) and, inside fresh processes, how long one
 * require takes: the two ways the bench compares the command line with ExcelJS.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');

/** Wall-clock milliseconds for one run of `node args...` from the package's folder. */
export function timeProcess(args: string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds a fresh node process spends in `require(module)`, measured by that process. */
export function timeRequire(module: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(module)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `a` and `b` alternately, `runs` times each after one warm-up of each, and gives both medians. */
export function interleaved(runs: number, a: () => number, b: () => number): [number, number] {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return [median(as), median(bs)];
}
