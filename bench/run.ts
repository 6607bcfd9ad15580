/**
 * npm run bench: how fast the engine and the command line are, on a generated tracker of 20,000 actions and 300
 * audits (test/fixtures/generateWorkbook.ts), and how many context.sync calls an Excel refresh makes.
 *
 * Both speed targets are judged on wall-clock time, with this process's CPU time printed beside it where it is
 * measured in process:
 * - Wall clock is what the person waits for. CPU time (process.cpuUsage) also counts V8's garbage-collector helper
 *   threads, which run in parallel with the main thread: on this 2-core machine a run that takes 80 ms on the clock
 *   can report 120 ms of CPU. Judging on CPU would count work nobody waits for. CPU is still printed, because a
 *   rise in it is where more garbage shows first.
 * - Medians of several runs, and runs interleaved with their baseline, so that other jobs on a shared machine hit
 *   both sides alike.
 *
 * - Engine: analyseWorkbook on the cells, in this process, median of several runs after warm-up. Target under 100 ms.
 * - Engine compared with a recorded paper: the same, with the tracker recorded at the previous meeting on the data
 *   sheet, so the movement is worked out too; and the size of that record (Excel on the web refuses over 5 MB).
 * - Live re-check: recheckRows after one deadline cell is edited, against the whole analysis it replaces while the
 *   user types (the pane re-checks 300 ms after the last key, and findings are promised within a second). It is
 *   checked against analyseWorkbook on the edited cells first, so the bench never times a wrong answer.
 * - Command line: jac-summary --out (read the file, analyse, print the report, write the copy) against
 *   plain ExcelJS reading and writing the same file (bench/plainExcelJs.js, deflate level 1 as the file shell
 *   writes its parts), measured two ways in the same run: in process (both in this process, Node's start-up left
 *   out) and as whole processes (the installed bin/jac-summary.js, compiled JavaScript, against node running the
 *   baseline script). Target at most 0.8x.
 * - Start-up: the installed jac-summary printing its help against node loading ExcelJS, as whole
 *   processes, and in process as the time a fresh node spends requiring the compiled command line against
 *   requiring ExcelJS. Target at most 1.3x.
 * - Office.js: context.sync calls per refresh for 10 and 10,000 actions, from bench/officeRefresh.ts: the number
 *   must not grow with the rows, nor with recording a paper or keeping one on the data sheet.
 *
 * Exit code 0 even when a target is missed (the table says MISSED): timings on a shared machine are noisy, and a
 * bench that fails builds on noise gets ignored. Pass --strict to exit 1 on a missed target.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ensureCli } from '../scripts/cliBuild';
import { analyseWorkbook, resolveSettings } from '../src/core/analyseWorkbook';
import { EMPTY_STORED_DATA } from '../src/core/dataSheet';
import { recordPaper } from '../src/core/movement/recordedPapers';
import { patchCells } from '../src/core/patchCells';
import { recheckRows } from '../src/core/recheckRows';
import type { Analysis, JacSettings, WorkbookCells } from '../src/core/types';
import { main } from '../src/cli/main';
import { cellsToWorkbook, SAVE_OPTIONS, workbookBytes } from '../src/file/cellsToWorkbook';
import { generateWorkbook } from '../test/fixtures/generateWorkbook';
import { measureRecordingSyncs, measureSyncCalls, SYNC_BUDGET_NOTE } from './officeRefresh';
import { interleaved, median, timeProcess, timeRequire } from './processTimes';

const AUDITS = 300;
const ACTIONS = 20_000;
const AS_OF = '2024-09-30';
const SINCE = '2024-07-24';
const ENGINE_RUNS = 9;
const FILE_RUNS = 5;
const START_RUNS = 9;
/** The command line's targets, as ratios: against plain ExcelJS, and its start-up against node loading ExcelJS. */
const FILE_TARGET = 0.8;
const START_TARGET = 1.3;

interface Row {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** This process's CPU milliseconds (user + system), including the garbage collector's parallel threads. */
  cpu: number;
}

async function timeOnce(fn: () => unknown | Promise<unknown>): Promise<Timing> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function timeRuns(runs: number, warmUp: number, fn: () => unknown | Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < warmUp; i++) await fn();
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await timeOnce(fn));
  return { wall: median(timings.map((t) => t.wall)), cpu: median(timings.map((t) => t.cpu)) };
}

async function benchEngine(cells: WorkbookCells): Promise<Row[]> {
  const settings = resolveSettings({ asOf: AS_OF, since: SINCE });
  const timing = await timeRuns(ENGINE_RUNS, 3, () => analyseWorkbook(cells, { settings, today: AS_OF }));
  const rows = AUDITS + ACTIONS;
  const analysis = analyseWorkbook(cells, { settings, today: AS_OF });
  const summary = analysis.summary;
  const live = await benchLiveRecheck(cells, analysis, settings);
  const compared = await benchComparison(cells, settings);
  const tableRows = (id: string) => {
    const block = summary.blocks.find((b) => b.id === id);
    return block?.kind === 'table' ? block.rows.length : 0;
  };
  return [
    {
      measure: `Engine: analyse ${ACTIONS.toLocaleString('en-GB')} actions + ${AUDITS} audits (median of ${ENGINE_RUNS})`,
      value: `${timing.wall.toFixed(1)} ms (CPU ${timing.cpu.toFixed(1)} ms)`,
      target: '< 100 ms (wall clock)',
      met: timing.wall < 100,
    },
    {
      measure: `Live re-check of one edited row (${ACTIONS.toLocaleString('en-GB')} actions)`,
      value: `median ${live.wall.toFixed(1)} ms (CPU ${live.cpu.toFixed(1)} ms) vs whole analysis ${timing.wall.toFixed(1)} ms`,
      target: '< 100 ms (wall clock)',
      met: live.wall < 100,
    },
    {
      measure: 'Engine, compared with a recorded paper of the same tracker (movement)',
      value: `${compared.timing.wall.toFixed(1)} ms (CPU ${compared.timing.cpu.toFixed(1)} ms)`,
      target: '< 100 ms (wall clock)',
      met: compared.timing.wall < 100,
    },
    { measure: 'Recorded paper: characters on the data sheet', value: compared.size.toLocaleString('en-GB'), target: '', met: null },
    {
      measure: 'Engine: rows per second (wall clock)',
      value: Math.round((rows / timing.wall) * 1000).toLocaleString('en-GB'),
      target: '',
      met: null,
    },
    {
      measure: 'Summary: rows listed (overdue + signed off since)',
      value: `${tableRows('overdue').toLocaleString('en-GB')} + ${tableRows('signed-off-since').toLocaleString('en-GB')}`,
      target: '',
      met: null,
    },
  ];
}

/**
 * analyseWorkbook when the workbook holds a recorded paper of the same tracker from the meeting before (every
 * refresh then compares with it), and the size of that record as the data sheet stores it.
 */
async function benchComparison(cells: WorkbookCells, settings: JacSettings): Promise<{ timing: Timing; size: number }> {
  const earlier = analyseWorkbook(cells, { settings: resolveSettings({ asOf: SINCE }), today: SINCE });
  const papers = JSON.parse(JSON.stringify(recordPaper([], earlier.paper))) as unknown[];
  const withPaper: WorkbookCells = { ...cells, stored: { ...EMPTY_STORED_DATA, papers } };
  if (analyseWorkbook(withPaper, { settings, today: AS_OF }).paper.movement === null) {
    throw new Error('The recorded paper was not found to compare with.');
  }
  const timing = await timeRuns(ENGINE_RUNS, 3, () => analyseWorkbook(withPaper, { settings, today: AS_OF }));
  return { timing, size: JSON.stringify(papers[0]).length };
}

/** recheckRows for one deadline typed into the middle of the tracker, as live checking runs it after an edit. */
async function benchLiveRecheck(cells: WorkbookCells, previous: Analysis, settings: JacSettings): Promise<Timing> {
  const row = Math.floor(ACTIONS / 2);
  const deadlineColumn = previous.actions.table?.columns.deadline;
  if (deadlineColumn === undefined) throw new Error('The generated tracker has no deadline column.');
  const sheet = previous.actions.table!.sheet;
  const edited = patchCells(cells, { sheet, top: row, left: deadlineColumn, values: [['30/02/2024']] });
  const changes = [{ sheet, top: row, bottom: row, left: deadlineColumn, right: deadlineColumn }];
  const options = { settings, today: AS_OF };
  const fast = recheckRows(previous, edited, changes, options);
  if (JSON.stringify(fast) !== JSON.stringify(analyseWorkbook(edited, options).findings)) {
    throw new Error('recheckRows did not give the whole analysis’s findings for a deadline edit.');
  }
  return timeRuns(ENGINE_RUNS, 3, () => recheckRows(previous, edited, changes, options));
}

async function benchFile(cells: WorkbookCells): Promise<Row[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jac-bench-'));
  try {
    const input = path.join(dir, 'generated.xlsx');
    await fs.writeFile(input, await workbookBytes(cellsToWorkbook(cells)));
    const size = (await fs.stat(input)).size;

    const plainOut = path.join(dir, 'plain.xlsx');
    const plain = async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await fs.readFile(input)) as unknown as ArrayBuffer);
      await fs.writeFile(plainOut, new Uint8Array(await workbook.xlsx.writeBuffer(SAVE_OPTIONS)));
    };
    const cliOut = path.join(dir, 'cli.xlsx');
    const silent = { stdout: () => {}, stderr: (text: string) => process.stderr.write(text) };
    const cli = async () => {
      const code = await main([input, '--as-of', AS_OF, '--since', SINCE, '--out', cliOut], {
        ...silent,
        readFile: async (file) => new Uint8Array(await fs.readFile(file)),
        writeFile: (file, bytes) => fs.writeFile(file, bytes),
        today: () => AS_OF,
        samplePath: input,
      });
      if (code !== 0) throw new Error(`jac-summary exited with ${code}`);
    };
    // Interleave the two so that machine load drifting during the run hits both alike.
    const plainTimes: Timing[] = [];
    const cliTimes: Timing[] = [];
    await plain();
    await cli();
    for (let i = 0; i < FILE_RUNS; i++) {
      plainTimes.push(await timeOnce(plain));
      cliTimes.push(await timeOnce(cli));
    }
    const med = (list: Timing[], key: keyof Timing) => median(list.map((t) => t[key]));
    const wallRatio = med(cliTimes, 'wall') / med(plainTimes, 'wall');
    const cpuRatio = med(cliTimes, 'cpu') / med(plainTimes, 'cpu');
    const both = (list: Timing[]) => `${med(list, 'wall').toFixed(0)} ms (CPU ${med(list, 'cpu').toFixed(0)} ms)`;

    const bin = path.join('bin', 'jac-summary.js');
    const [wholePlain, wholeCli] = interleaved(
      FILE_RUNS,
      () => timeProcess([path.join('bench', 'plainExcelJs.js'), input, plainOut]),
      () => timeProcess([bin, input, '--as-of', AS_OF, '--since', SINCE, '--out', cliOut]),
    );
    const wholeRatio = wholeCli / wholePlain;
    return [
      { measure: `File: generated .xlsx (${(size / 1024).toFixed(0)} KB)`, value: '', target: '', met: null },
      { measure: `File: plain ExcelJS read + write, in process (median of ${FILE_RUNS})`, value: both(plainTimes), target: '', met: null },
      { measure: `File: jac-summary --out, in process (median of ${FILE_RUNS})`, value: both(cliTimes), target: '', met: null },
      {
        measure: 'File: jac-summary / plain ExcelJS, in process, wall clock',
        value: `${wallRatio.toFixed(2)}x`,
        target: `<= ${FILE_TARGET}x`,
        met: wallRatio <= FILE_TARGET,
      },
      { measure: 'File: jac-summary / plain ExcelJS, in process, CPU time', value: `${cpuRatio.toFixed(2)}x`, target: '', met: null },
      {
        measure: `File: whole processes, plain ExcelJS vs bin/jac-summary.js (median of ${FILE_RUNS})`,
        value: `${wholePlain.toFixed(0)} ms vs ${wholeCli.toFixed(0)} ms`,
        target: '',
        met: null,
      },
      {
        measure: 'File: jac-summary / plain ExcelJS, whole processes',
        value: `${wholeRatio.toFixed(2)}x`,
        target: `<= ${FILE_TARGET}x`,
        met: wholeRatio <= FILE_TARGET,
      },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Start-up of the installed command against node loading ExcelJS, as whole processes and as require time. */
function benchStartup(): Row[] {
  const bundle = ensureCli();
  const [wholeExcelJs, wholeCli] = interleaved(
    START_RUNS,
    () => timeProcess(['-e', "require('exceljs')"]),
    () => timeProcess([path.join('bin', 'jac-summary.js'), '--help']),
  );
  const [requireExcelJs, requireCli] = interleaved(
    START_RUNS,
    () => timeRequire('exceljs'),
    () => timeRequire(bundle),
  );
  const whole = wholeCli / wholeExcelJs;
  const inProcess = requireCli / requireExcelJs;
  return [
    {
      measure: `Start-up: node loading ExcelJS vs jac-summary --help, whole processes (median of ${START_RUNS})`,
      value: `${wholeExcelJs.toFixed(0)} ms vs ${wholeCli.toFixed(0)} ms`,
      target: '',
      met: null,
    },
    {
      measure: 'Start-up: jac-summary / node loading ExcelJS, whole processes',
      value: `${whole.toFixed(2)}x`,
      target: `<= ${START_TARGET}x`,
      met: whole <= START_TARGET,
    },
    {
      measure: `Start-up: require time, ExcelJS vs the compiled command line (median of ${START_RUNS})`,
      value: `${requireExcelJs.toFixed(0)} ms vs ${requireCli.toFixed(0)} ms`,
      target: '',
      met: null,
    },
    {
      measure: 'Start-up: jac-summary / ExcelJS, require time in process',
      value: `${inProcess.toFixed(2)}x`,
      target: `<= ${START_TARGET}x`,
      met: inProcess <= START_TARGET,
    },
  ];
}

/** context.sync calls for a refresh of a small and a large tracker against the Office.js mock. */
async function benchSyncCalls(): Promise<{ rows: Row[]; line: string }> {
  const small = await measureSyncCalls(10);
  const large = await measureSyncCalls(10_000);
  const papers = await measureRecordingSyncs(10_000);
  const same = papers.recording === large && papers.afterwards === large;
  return {
    rows: [
      {
        measure: 'Office.js: context.sync calls per refresh (10 / 10,000 actions)',
        value: `${small} / ${large}`,
        target: 'same for both',
        met: small === large,
      },
      {
        measure: 'Office.js: recording a paper / the refresh after it (10,000 actions)',
        value: `${papers.recording} / ${papers.afterwards}`,
        target: `${large} each`,
        met: same,
      },
    ],
    line: `context.sync calls per refresh: ${small} (10 actions), ${large} (10000 actions); recording a paper ${papers.recording}, the refresh after it ${papers.afterwards}. ${SYNC_BUDGET_NOTE}`,
  };
}

function printTable(rows: Row[]): void {
  const headers = ['Measure', 'Result', 'Target', ''];
  const cells = rows.map((r) => [r.measure, r.value, r.target, r.met === null ? '' : r.met ? 'met' : 'MISSED']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (texts: string[]) =>
    texts
      .map((t, i) => (i === 1 ? t.padStart(widths[i]) : t.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${line(headers)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}\n`);
}

async function run(): Promise<void> {
  const strict = process.argv.includes('--strict');
  process.stdout.write(`Generating ${ACTIONS.toLocaleString('en-GB')} actions and ${AUDITS} audits...\n`);
  const cells = generateWorkbook({ audits: AUDITS, actions: ACTIONS, seed: 1 });
  const rows = [...(await benchEngine(cells)), ...(await benchFile(cells)), ...benchStartup()];
  const sync = await benchSyncCalls();
  rows.push(...sync.rows);
  process.stdout.write('\n');
  printTable(rows);
  process.stdout.write(`\n${sync.line}\n`);
  const missed = rows.filter((r) => r.met === false);
  if (missed.length > 0) {
    process.stdout.write(`\nMissed: ${missed.map((r) => r.measure).join('; ')}\n`);
    if (strict) process.exitCode = 1;
  }
}

void run().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
