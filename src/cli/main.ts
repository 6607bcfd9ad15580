import { resolveSettings } from '../core/resolveSettings';
import { formatUkDate } from '../core/ukDates';
import { toJsonReport } from '../core/jsonReport';
import { SUMMARY_SHEET_NAME } from '../core/footprint';
import type { JacSettings } from '../core/types';
import { CHOOSE_TABLES_POINTER } from '../host/blocking';
import { refreshSummary } from '../host/refresh';
import { HostError } from '../host/WorkbookHost';
import { FileHost } from '../file/FileHost';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { parseArgs, USAGE } from './parseArgs';
import { fileProblem, oneLine, UsageError } from './errors';
import { nodeIo, userPath, type CliIo } from './io';
import { outputProblem } from './outputName';
import { readSettingsFile } from './settingsFile';
import { textReport } from './textReport';
import { paperDocxRequest, writePaperDocx } from './writePaperDocx';

/** Where a blocked refresh points a command-line user: a settings file, not the pane's settings. */
const CLI_TABLES_POINTER = 'Name the sheet or table in a --settings file, such as {"actions": {"sheet": "Audit Actions"}}.';

/**
 * jac-summary: read a workbook, run the engine, print the report (or JSON) and optionally write a copy with the
 * summary sheet. Returns the exit code; never throws and never prints a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof HostError) {
      io.stderr(`jac-summary: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`jac-summary: internal error: ${oneLine(message)} (set JAC_DEBUG=1 for details)\n`);
    if (process.env.JAC_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new UsageError(parsed.message);
  const options = parsed.options;
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }

  const workbookPath = options.workbook ?? io.samplePath;
  if (options.out && userPath(options.out) === userPath(workbookPath)) {
    throw new UsageError(`--out ${options.out} is the workbook being read: name a new file, so the original stays as it is.`);
  }
  const paper = paperDocxRequest(options, workbookPath);
  const fileSettings = options.settings ? await readSettingsFile(options.settings, io) : null;
  const bytes = await readInput(workbookPath, io);
  const host = await FileHost.open(bytes).catch((error: unknown) => {
    throw error instanceof HostError ? new UsageError(`${workbookPath}: ${error.message}`) : error;
  });
  if (options.out) {
    const problem = outputProblem(options.out, host.file.workbook);
    if (problem) throw new UsageError(problem);
  }

  // Saved in the workbook by the add-in < the settings file < the command line's own options.
  const settings: JacSettings = resolveSettings({
    ...((await host.loadSettings()) ?? {}),
    ...(fileSettings ?? {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.since ? { since: options.since } : {}),
  });
  const today = io.today();
  const asOf = settings.asOf ?? today;
  if (settings.since && settings.since > asOf) {
    throw new UsageError(
      `The previous meeting (${formatUkDate(settings.since)}) is after the paper's date (${formatUkDate(asOf)}): check --since and --as-of.`,
    );
  }

  // The same refresh as the pane and the ribbon: the summary is written into the in-memory copy, saved only with --out.
  // --record (only with --out) records this paper in the same write, so the next paper shows what moved since.
  const outcome = await refreshSummary(host, settings, today, undefined, { record: options.record }).catch((error: unknown) => {
    throw error instanceof HostError ? new UsageError(`${workbookPath}: ${error.message}`) : error;
  });
  if (outcome.kind === 'blocked') {
    throw new UsageError(`${workbookPath}: ${outcome.message.replace(CHOOSE_TABLES_POINTER, CLI_TABLES_POINTER)}`);
  }

  io.stdout(options.json ? `${JSON.stringify(toJsonReport(outcome.analysis), null, 2)}\n` : textReport(outcome.analysis));
  // With --json, stdout carries only the JSON object.
  const notice = options.json ? io.stderr : io.stdout;
  for (const note of outcome.notes) notice(`Note: ${note}\n`);

  if (options.out) {
    const copy = await host.save();
    try {
      await io.writeFile(options.out, copy);
    } catch (error) {
      throw new UsageError(fileProblem(options.out, error, 'output'));
    }
    const recorded = outcome.recorded ? ` and recorded the paper of ${formatUkDate(outcome.analysis.asOf)}` : '';
    notice(`Wrote ${options.out} with the sheet "${SUMMARY_SHEET_NAME}"${recorded}.\n`);
  }
  if (paper) await writePaperDocx(paper, outcome.analysis.summary, io);
  return EXIT_OK;
}

async function readInput(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(fileProblem(file, error, 'workbook'));
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
