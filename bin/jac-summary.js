#!/usr/bin/env node
'use strict';
/**
 * The installed `jac-summary` command. The command line is TypeScript run by tsx (as `npm run summary` does), so
 * this plain-JS entry registers tsx's CommonJS loader and then runs src/cli/main.ts with the real process.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS entry point */
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
