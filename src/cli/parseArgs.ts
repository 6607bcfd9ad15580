import { formatUkDate, parseDateOption } from '../core/ukDates';
import type { IsoDate } from '../core/types';

export interface CliOptions {
  /** The workbook to read; null means the bundled sample. */
  workbook: string | null;
  asOf: IsoDate | null;
  since: IsoDate | null;
  json: boolean;
  out: string | null;
  /** Write the committee paper's section here as a Word document. */
  docx: string | null;
  /** Record this paper in the --out copy (only with --out), so the next paper shows what moved since. */
  record: boolean;
  settings: string | null;
  help: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; message: string };

export const USAGE = `Usage: jac-summary [WORKBOOK.xlsx] [options]

Reads the internal audit plan and audit action tracker from an Excel workbook and prints the tables of a
Joint Audit Committee paper, with every data problem found. Without a workbook it uses the bundled sample.

Options:
  --as-of DATE          the paper's date (default: today); DATE is YYYY-MM-DD or dd/mm/yyyy
  --since DATE          the previous meeting: actions signed off after it are listed
  --json                print one JSON object instead of the report
  --out OUT.xlsx        write a copy of the workbook with the summary sheet and overdue highlighting
  --docx PAPER.docx     write the committee paper's section (heading, dates, tables, narrative) for Word
  --record              with --out: record this paper in the copy, so the next paper shows what moved since
  --settings FILE.json  table and column choices, as the add-in saves them
  -h, --help            show this help

Exit codes: 0 the report was produced (data findings do not change this), 2 bad options, an unreadable file
or no tables found, 1 an internal error.`;

const VALUE_OPTIONS = new Set(['--as-of', '--since', '--out', '--docx', '--settings']);

/**
 * Reads the command line's arguments. Every problem comes back as one sentence naming the option, never a throw.
 * Options take their value as the next argument or after "=" (`--as-of=2024-09-30`).
 * @example parseArgs(['tracker.xlsx', '--as-of', '30/09/2024']).options.asOf === '2024-09-30'
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const options: CliOptions = {
    workbook: null,
    asOf: null,
    since: null,
    json: false,
    out: null,
    docx: null,
    record: false,
    settings: null,
    help: false,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (options.workbook !== null) {
        return { ok: false, message: `Only one workbook can be read at a time, but both ${options.workbook} and ${arg} were given.` };
      }
      options.workbook = arg;
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--help' || name === '-h') {
      options.help = true;
      continue;
    }
    if (name === '--json') {
      options.json = true;
      continue;
    }
    if (name === '--record') {
      options.record = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) {
      return { ok: false, message: `Unknown option ${name}. Run jac-summary --help to see the options.` };
    }
    let value: string | undefined;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      if (value !== undefined && value.startsWith('--')) value = undefined;
      else i++;
    }
    if (value === undefined || value === '') {
      const what = name === '--as-of' || name === '--since' ? 'a date (YYYY-MM-DD or dd/mm/yyyy)' : 'a file name';
      return { ok: false, message: `${name} needs ${what}.` };
    }
    switch (name) {
      case '--as-of':
      case '--since': {
        const date = parseDateOption(value);
        if (!date) {
          return { ok: false, message: `${name} ${value} is not a date: use YYYY-MM-DD or dd/mm/yyyy, e.g. 30/09/2024.` };
        }
        if (name === '--as-of') options.asOf = date;
        else options.since = date;
        break;
      }
      case '--out':
        options.out = value;
        break;
      case '--docx':
        options.docx = value;
        break;
      case '--settings':
        options.settings = value;
        break;
    }
  }
  if (options.record && !options.out) {
    return { ok: false, message: '--record needs --out OUT.xlsx: the paper is recorded in the copy written there, never in the workbook read.' };
  }
  if (options.asOf && options.since && options.since > options.asOf) {
    return {
      ok: false,
      message: `--since ${formatUkDate(options.since)} is after --as-of ${formatUkDate(options.asOf)}: the previous meeting must come before the paper's date.`,
    };
  }
  return { ok: true, options };
}
