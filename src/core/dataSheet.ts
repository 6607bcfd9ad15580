/**
 * The stored record on the add-in's very hidden data sheet ("JAC Data", footprint.ts): the one store every shell
 * reads and writes. Settings, what the add-in wrote into the user's sheets, what the last refresh found, and the
 * recorded papers live here, so they travel with the workbook through any tool that keeps sheets, and settings
 * saved in Excel are the settings `jac-summary` uses on the same file.
 *
 * On the sheet it is a grid of text. The record's small entries and the recorded papers are kept apart, because
 * every refresh writes the entries while the papers (about 460 KB each for a 20,000-action tracker) change only
 * when a paper is recorded:
 *
 *   columns A:B, the entries: A1 the note below, B1 the format's version; then one entry per key, its key in
 *     column A and its JSON in column B, continued in column B of the rows below (column A blank) when it is
 *     longer than a cell holds (Excel's limit is 32,767 characters). The entry "papers" says where the papers are:
 *     {"columns":"D:E"} or {"columns":"G:H"};
 *   columns D:E or G:H, the papers' area: a heading in its first row, then one "paper" entry per recorded paper,
 *     laid out as the entries are. There are two areas so that a shell writing papers in several requests writes
 *     them where the entries do not point, and points there only once they are all written: a failure part-way
 *     leaves the papers the record points at whole. The other area is then cleared.
 *
 * The first layout (version 1) kept the papers as "paper" entries in columns A:B; a sheet without a "papers" entry
 * is read that way, and the next write moves them into an area.
 *
 * Every cell is text. No part starts with "=", "+", "-" or "@", so even a shell that wrote values without a text
 * format could not turn a part into a formula.
 */
import type { CellValue, IsoDate } from './types';

export const DATA_SHEET_NOTE =
  'Kept by the JAC audit tracker add-in: settings, its own rules and recorded papers. Change them in the add-in, not here.';
export const DATA_SHEET_VERSION = '2';
/** The heading of a papers' area, for whoever unhides the sheet. */
export const PAPERS_HEADING = 'Recorded papers: in use when the entry "papers" in column A names these columns';

/** The papers' two areas: the first column of each (0-based), and their letters as the "papers" entry names them. */
export const PAPER_AREAS = [
  { column: 3, columns: 'D:E' },
  { column: 6, columns: 'G:H' },
] as const;
export type PaperArea = 0 | 1;

/** Characters per cell: under Excel's 32,767 with room to move a split off a risky character. */
export const PART_LENGTH = 30000;

/** Ranges the add-in gave its conditional formats, so the next refresh knows where to look for them. */
export interface OwnedHighlight {
  sheet: string;
  /** A1 without the sheet. */
  range: string;
}

/**
 * A column the add-in gave in-cell validation. The table and the column's header say which column it is, as rows
 * inserted above it move its address; the range is where it was when written.
 */
export interface OwnedValidation {
  sheet: string;
  /** The Excel table's name, or null for a plain range. */
  table: string | null;
  /** The column's header text. */
  header: string;
  /** A1 without the sheet, as written. */
  range: string;
}

export interface OwnedRecord {
  highlights: OwnedHighlight[];
  validation: OwnedValidation[];
}

/** What the last written refresh found: a table found then and missing now blocks the next refresh. */
export interface LastRefresh {
  asOf: IsoDate;
  tablesFound: { plan: boolean; actions: boolean };
}

export interface StoredData {
  /** The settings as saved; resolveSettings completes and checks them. Null when none were saved. */
  settings: Record<string, unknown> | null;
  owned: OwnedRecord;
  lastRefresh: LastRefresh | null;
  /** Recorded papers as stored, oldest first; their own reader checks each one. */
  papers: unknown[];
}

export const EMPTY_OWNED: OwnedRecord = { highlights: [], validation: [] };
export const EMPTY_STORED_DATA: StoredData = { settings: null, owned: EMPTY_OWNED, lastRefresh: null, papers: [] };

const KEYS = { settings: 'settings', owned: 'owned', lastRefresh: 'last refresh', papers: 'papers', paper: 'paper' } as const;

/**
 * The whole data sheet's cells for a record, as a shell that writes the sheet in one piece lays it out: the entries
 * in columns A:B and, when there are papers, the papers' first area in D:E. Rows are as wide as their last cell.
 *
 * @example dataSheetRows({ ...EMPTY_STORED_DATA, settings: { since: '2024-07-24' } })[1] // ['settings', '{"since":"2024-07-24"}']
 */
export function dataSheetRows(data: StoredData): string[][] {
  if (data.papers.length === 0) return entryRows(data, null);
  const entries = entryRows(data, 0);
  const papers = paperRows(data.papers);
  return Array.from({ length: Math.max(entries.length, papers.length) }, (_, r) => {
    const [key, text] = papers[r] ?? [];
    return key === undefined ? entries[r] : [...(entries[r] ?? ['', '']), '', key, text];
  });
}

/** Columns A:B: the note, then the record's small entries, with the "papers" entry when the papers are in `papersAt`. */
export function entryRows(data: StoredData, papersAt: PaperArea | null): string[][] {
  const rows: string[][] = [[DATA_SHEET_NOTE, DATA_SHEET_VERSION]];
  const add = (key: string, value: unknown) => rows.push(...entry(key, value));
  if (data.settings !== null) add(KEYS.settings, data.settings);
  add(KEYS.owned, data.owned);
  if (data.lastRefresh !== null) add(KEYS.lastRefresh, data.lastRefresh);
  if (papersAt !== null) add(KEYS.papers, { columns: PAPER_AREAS[papersAt].columns });
  return rows;
}

/** A papers' area, two columns wide: its heading, then one "paper" entry per paper. */
export function paperRows(papers: readonly unknown[]): string[][] {
  return [[PAPERS_HEADING, ''], ...papers.flatMap((paper) => entry(KEYS.paper, paper))];
}

function entry(key: string, value: unknown): string[][] {
  return splitText(JSON.stringify(value)).map((part, index) => [index === 0 ? key : '', part]);
}

/**
 * The record on a data sheet, from its cells from A1 as any shell reads them (blank cells "" or null): the entries
 * in columns A:B and the papers from the area their "papers" entry names, or, with no such entry (the first layout),
 * from "paper" entries in A:B. Whatever cannot be read (a sheet edited by hand, a later version's entries) is left
 * out rather than failing: an unreadable record costs the add-in its memory, never the user's refresh.
 */
export function readDataSheet(values: readonly (readonly CellValue[])[] | null | undefined): StoredData {
  if (!values || values.length === 0) return EMPTY_STORED_DATA;
  const data: StoredData = { settings: null, owned: EMPTY_OWNED, lastRefresh: null, papers: [] };
  const inEntries: unknown[] = [];
  for (const [key, value] of entriesIn(values, 0)) {
    if (key === KEYS.settings && isRecord(value)) data.settings = value;
    else if (key === KEYS.owned) data.owned = readOwned(value);
    else if (key === KEYS.lastRefresh) data.lastRefresh = readLastRefresh(value) ?? data.lastRefresh;
    else if (key === KEYS.paper) inEntries.push(value);
  }
  const area = papersArea(values);
  data.papers =
    area === null
      ? inEntries
      : entriesIn(values, PAPER_AREAS[area].column)
          .filter(([key]) => key === KEYS.paper)
          .map(([, value]) => value);
  return data;
}

/**
 * The papers' area the record points at, or null when it points at none: no papers, or papers still kept among
 * the entries as the first layout kept them (a shell writing the entries alone must then move them).
 */
export function papersArea(values: readonly (readonly CellValue[])[] | null | undefined): PaperArea | null {
  let area: PaperArea | null = null;
  for (const [key, value] of entriesIn(values ?? [], 0)) {
    if (key !== KEYS.papers) continue;
    const index = PAPER_AREAS.findIndex((candidate) => isRecord(value) && value.columns === candidate.columns);
    area = index === 0 || index === 1 ? index : null;
  }
  return area;
}

/** The readable entries of the two columns from `column`, below the first row, as [key, parsed JSON]. */
function entriesIn(values: readonly (readonly CellValue[])[], column: number): [string, unknown][] {
  const entries: { key: string; text: string }[] = [];
  for (let r = 1; r < values.length; r += 1) {
    const key = text(values[r]?.[column]);
    const part = text(values[r]?.[column + 1]);
    if (key !== '') entries.push({ key, text: part });
    else if (entries.length > 0) entries[entries.length - 1].text += part;
  }
  return entries.flatMap(({ key, text: json }): [string, unknown][] => {
    const value = parse(json);
    return value === undefined ? [] : [[key, value]];
  });
}

/** Cuts text into parts of at most PART_LENGTH characters, never starting a part with a character Excel reads as a formula. */
export function splitText(whole: string): string[] {
  const parts: string[] = [];
  let start = 0;
  while (whole.length - start > PART_LENGTH) {
    let end = start + PART_LENGTH;
    // Moving the cut back keeps the risky character at the end of this part; a run of them longer than a part
    // cannot come from JSON.stringify of an object.
    while (end > start + 1 && RISKY_START.test(whole[end])) end -= 1;
    parts.push(whole.slice(start, end));
    start = end;
  }
  parts.push(whole.slice(start));
  return parts;
}

const RISKY_START = /[=+\-@]/;

function text(value: CellValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function parse(json: string): unknown {
  if (json === '') return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function readOwned(value: unknown): OwnedRecord {
  if (!isRecord(value)) return EMPTY_OWNED;
  const list = (items: unknown) => (Array.isArray(items) ? items.filter(isRecord) : []);
  return {
    highlights: list(value.highlights)
      .filter((item) => isText(item.sheet) && isText(item.range))
      .map((item) => ({ sheet: item.sheet as string, range: item.range as string })),
    validation: list(value.validation)
      .filter((item) => isText(item.sheet) && isText(item.range) && isText(item.header) && (item.table === null || isText(item.table)))
      .map((item) => ({
        sheet: item.sheet as string,
        table: item.table as string | null,
        header: item.header as string,
        range: item.range as string,
      })),
  };
}

function readLastRefresh(value: unknown): LastRefresh | null {
  if (!isRecord(value) || !isText(value.asOf) || !isRecord(value.tablesFound)) return null;
  const { plan, actions } = value.tablesFound;
  if (typeof plan !== 'boolean' || typeof actions !== 'boolean') return null;
  return { asOf: value.asOf, tablesFound: { plan, actions } };
}
