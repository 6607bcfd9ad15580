'use strict';
/**
 * The command line as compiled JavaScript: src/cli/main.ts and everything it imports bundled by esbuild into
 * lib/cli/jac-summary.js, so `jac-summary` starts without compiling TypeScript each time.
 *
 * Built when missing or when any file it was built from has changed since (esbuild's own list of its inputs is kept
 * beside it), so `npm ci && npm run summary` on a fresh clone, and a developer's edit, both need no extra step.
 * `.npmrc` turns install scripts off, so this cannot wait for a `prepare` script.
 *
 *   node scripts/cliBuild.js        build if stale, print where
 *   require('./cliBuild').ensureCli() -> the bundle's path
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'lib', 'cli');
const BUNDLE = path.join(OUT_DIR, 'jac-summary.js');
const INPUTS = path.join(OUT_DIR, 'inputs.json');

/** True when the bundle exists and nothing it was built from (nor this script) is newer. */
function isCurrent() {
  let built;
  let inputs;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  for (const input of [...inputs, 'scripts/cliBuild.js', 'package-lock.json']) {
    let changed;
    try {
      changed = fs.statSync(path.join(ROOT, input)).mtimeMs;
    } catch {
      // A source that has gone (a file renamed) means the bundle is of older code; an installed copy without its
      // sources (no src/ at all) keeps the bundle it came with.
      if (fs.existsSync(path.join(ROOT, 'src'))) return false;
      continue;
    }
    if (changed > built) return false;
  }
  return true;
}

function build() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  fs.writeFileSync(INPUTS, `${JSON.stringify(inputs, null, 1)}\n`);
}

/** The compiled command line's path, building it first when it is missing or stale. */
function ensureCli() {
  if (!isCurrent()) {
    try {
      build();
    } catch (error) {
      // Without esbuild (an installed copy without dev tools) a bundle that is there still runs.
      if (!fs.existsSync(BUNDLE)) throw new Error(`The command line is not built and cannot be: ${error.message}`);
    }
  }
  return BUNDLE;
}

module.exports = { ensureCli, BUNDLE };

if (require.main === module) process.stdout.write(`${path.relative(ROOT, ensureCli())}\n`);
