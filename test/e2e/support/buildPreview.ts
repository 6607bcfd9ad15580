/**
 * Builds the preview once for the browser tests, exactly as `npm run preview` does (production webpack, --env
 * preview). A build newer than every source it is made from is reused, so a second run starts at once; anything
 * older is rebuilt, because testing a stale page would pass or fail for the wrong reasons.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PREVIEW_DIR = path.join(ROOT, 'dist', 'preview');
const BUILT_PAGE = path.join(PREVIEW_DIR, 'index.html');

/** Everything the preview bundle is made of. */
const SOURCES = ['src', 'assets', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

export function previewBuildIsCurrent(): boolean {
  if (!existsSync(BUILT_PAGE)) return false;
  const built = statSync(BUILT_PAGE).mtimeMs;
  return SOURCES.every((source) => newestChange(path.join(ROOT, source)) < built);
}

export function buildPreview(): void {
  if (previewBuildIsCurrent()) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--env', 'preview'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  if (!existsSync(BUILT_PAGE)) throw new Error(`The preview build finished without ${BUILT_PAGE}.`);
}
