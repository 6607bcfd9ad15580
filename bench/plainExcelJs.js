'use strict';
/**
 * The command line's baseline as a process of its own: plain ExcelJS reading a workbook and writing it again, with
 * the same deflate level the file shell uses for the parts it writes (level 1).
 *
 *   node bench/plainExcelJs.js IN.xlsx OUT.xlsx
 */
const fs = require('node:fs');
const ExcelJS = require('exceljs');

async function run() {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(input));
  fs.writeFileSync(output, await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }));
}

run().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
