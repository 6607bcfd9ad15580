#!/usr/bin/env node
'use strict';
/**
 * The installed `jac-summary` command: runs the compiled command line (lib/cli/jac-summary.js), building it first
 * if it is missing or older than its sources (scripts/cliBuild.js), with the real process.
 */
const { ensureCli } = require('../scripts/cliBuild.js');

let main;
try {
  ({ main } = require(ensureCli()));
} catch (error) {
  process.stderr.write(`jac-summary: internal error: ${error.message} (run npm ci in the package's folder)\n`);
  process.exit(1);
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
