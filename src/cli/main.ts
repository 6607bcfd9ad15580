import { analyseWorkbook, resolveSettings } from '../core/analyseWorkbook';
import { formatUkDate } from '../core/dates';
import { toJsonReport } from '../core/jsonReport';
import { SUMMARY_SHEET_NAME } from '../core/footprint';
import { layoutSummary } from '../core/layoutSummary';
import type { Analysis, JacSettings } from '../core/types';
import { HostError } from '../host/WorkbookHost';
import { loadWorkbook, saveWorkbook } from '../file/loadWorkbook';
import { readWorkbookCells } from '../file/readWorkbookCells';
import { readSavedSettings } from '../file/settingsSheet';
import { shareEmptyStyles } from '../file/shareEmptyStyles';
import { writeResults } from '../file/writeResults';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { parseArgs, USAGE } from './parseArgs';
import { fileProblem, oneLine, UsageError } from './errors';
import { nodeIo, userPath, type CliIo } from './io';
import { readSettingsFile } from './settingsFile';
import { textReport } from './textReport';

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
  const fileSettings = options.settings ? await readSettingsFile(options.settings, io) : null;
  const bytes = await readInput(workbookPath, io);
  const workbook = await loadWorkbook(bytes).catch((error: unknown) => {
    throw error instanceof HostError ? new UsageError(`${workbookPath}: ${error.message}`) : error;
  });

  // Saved in the workbook by the add-in < the settings file < the command line's own options.
  const settings: JacSettings = resolveSettings({
    ...(readSavedSettings(workbook) ?? {}),
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

  const analysis = analyseWorkbook(readWorkbookCells(workbook), { settings, today });
  // A workbook with one of the two tables is reported on (its finding says which was not found); with neither
  // there is nothing to report.
  if (analysis.plan.table === null && analysis.actions.table === null) {
    const missing = analysis.findings.filter((f) => f.rule === 'missing-table');
    throw new UsageError(`${workbookPath}: ${missing.map((f) => f.message).join(' ')}`);
  }

  io.stdout(options.json ? `${JSON.stringify(toJsonReport(analysis), null, 2)}\n` : textReport(analysis));

  if (options.out) {
    await writeCopy(options.out, workbook, analysis, settings, io);
    // With --json, stdout carries only the JSON object.
    (options.json ? io.stderr : io.stdout)(`Wrote ${options.out} with the sheet "${SUMMARY_SHEET_NAME}".\n`);
  }
  return EXIT_OK;
}

async function readInput(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(fileProblem(file, error, 'workbook'));
  }
}

async function writeCopy(
  out: string,
  workbook: Awaited<ReturnType<typeof loadWorkbook>>,
  analysis: Analysis,
  settings: JacSettings,
  io: CliIo,
): Promise<void> {
  writeResults(workbook, {
    layout: layoutSummary(analysis.summary),
    tables: { plan: analysis.plan.table, actions: analysis.actions.table },
    dataValidation: settings.dataValidation,
    lastRefresh: { asOf: analysis.asOf, tablesFound: { plan: analysis.plan.table !== null, actions: analysis.actions.table !== null } },
    ...(analysis.words ? { words: analysis.words } : {}),
  });
  // The copy is written once and dropped, so its unstyled cells can share one frozen style (see shareEmptyStyles).
  shareEmptyStyles(workbook);
  const bytes = await saveWorkbook(workbook);
  try {
    await io.writeFile(out, bytes);
  } catch (error) {
    throw new UsageError(fileProblem(out, error, 'output'));
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
