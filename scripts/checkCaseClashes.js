#!/usr/bin/env node
/**
 * Fails when two modules in one folder differ only by letter case ("sheetGrid.ts" and "SheetGrid.tsx"). On the
 * case-insensitive file systems of macOS and Windows, where most Office developers work, TypeScript and webpack can
 * then resolve the same import to different files. Extensions are ignored: an import names the module, not the file.
 */
const { execFileSync } = require('child_process');

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'test', 'bench', 'scripts'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const seen = new Map();
const clashes = [];
for (const file of files) {
  const module = file.replace(/\.(d\.ts|tsx?|jsx?|mjs|cjs)$/, '');
  const key = module.toLowerCase();
  const other = seen.get(key);
  if (other !== undefined && other !== module) clashes.push(`${other} and ${module}`);
  else seen.set(key, module);
}
if (clashes.length > 0) {
  console.error(`Modules whose names differ only by case (they break on macOS and Windows): ${clashes.join('; ')}. Rename one.`);
  process.exit(1);
}
