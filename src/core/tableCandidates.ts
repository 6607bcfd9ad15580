/**
 * Header-row candidates: every place on every sheet that looks like the top of an audit plan or an action tracker
 * (Excel tables and plain ranges), where its data ends, and which candidate wins. locateTables.ts turns the winner
 * into a LocatedTable and reports what is missing.
 */
import { cellText } from './cellText';
import { FIELD_SPECS, tableNeeds, type Field } from './fields';
import { type FieldSpec } from './fieldSpec';
import { matchHeaderRanked, normaliseHeader, type HeaderMatch } from './headers';
import { cellValue, isBlankValue, lastSheetColumn, lastSheetRow } from './sheetGrid';
import { subHeaderTexts } from './subHeaders';
import type { ExcelTableInfo, SheetCells, TableKind, TableMapping } from './types';

export type { Field } from './fields';

/** Fields whose header says which kind of table it heads (fields.ts `marksTable`). */
const MARKS: Record<TableKind, ReadonlySet<Field>> = {
  plan: new Set((FIELD_SPECS.plan as readonly FieldSpec[]).filter((spec) => spec.marksTable).map((spec) => spec.id as Field)),
  actions: new Set((FIELD_SPECS.actions as readonly FieldSpec[]).filter((spec) => spec.marksTable).map((spec) => spec.id as Field)),
};
/** Fields that may repeat (revised deadlines). */
const REPEATS: ReadonlySet<Field> = new Set(
  [...FIELD_SPECS.plan, ...FIELD_SPECS.actions].filter((spec: FieldSpec) => spec.repeats).map((spec) => spec.id as Field),
);
/** The fields a row needs to be a table of this kind at all: the plan's audit; any field that identifies an action. */
const ANCHORS: Record<TableKind, readonly Field[]> = {
  plan: ['audit'],
  actions: tableNeeds('actions').find((need) => need.fields.includes('audit'))?.fields as Field[],
};

/**
 * The fields an action tracker cannot be read without besides the one that names its actions: a deadline, or a way of
 * saying an action is closed. A list of things with an Id and a Category (a data sheet, a list of assets) has the
 * naming and a grade, but is not a tracker without one of these.
 */
const LIFECYCLE: readonly Field[] = tableNeeds('actions')
  .filter((need) => need.severity === 'error' && !need.fields.includes('audit'))
  .flatMap((need) => need.fields as Field[]);

type CellMatch = HeaderMatch<Field>;

/** Header recognition for one kind, with the user's header-text overrides tried first. */
export type Matcher = (text: string) => CellMatch | null;

export interface Candidate {
  kind: TableKind;
  sheet: SheetCells;
  sheetIndex: number;
  tableName: string | null;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Set for Excel tables; plain ranges work it out once all header rows on the sheet are known. */
  lastRow: number | null;
  columns: Partial<Record<Field, number>>;
  headers: Partial<Record<Field, string>>;
  repeated?: Partial<Record<Field, number[]>>;
  repeatedHeaders?: Partial<Record<Field, string[]>>;
  /** The header has a second row (subHeaders.ts): the data starts a row further down. */
  subHeader?: true;
}

/** The longest text makeMatcher can match (a user's own header; the field table's wordings stop at 60). */
const LONGEST_HEADER = 80;

export function makeMatcher(kind: TableKind, mapping: TableMapping | undefined): Matcher {
  const overrides = new Map<string, Field>();
  for (const [field, text] of Object.entries(mapping?.columns ?? {})) {
    if (typeof text === 'string' && normaliseHeader(text) !== '') overrides.set(normaliseHeader(text), field as Field);
  }
  const cache = new Map<string, CellMatch | null>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      const override = text.length <= LONGEST_HEADER ? overrides.get(normaliseHeader(text)) : undefined;
      hit = override ? { field: override, rank: -1, revision: null } : matchHeaderRanked(text, kind);
      cache.set(text, hit);
    }
    return hit;
  };
}

/**
 * Best column per field within [first, last] of a header row: lowest rank, then leftmost. A field that repeats
 * keeps every column it matches, ordered by the number its header gives (Second revised date after Revised date)
 * and otherwise left to right; its first is also its `columns` entry. `texts` replaces the header of the columns it
 * has (a two-row header's joined words).
 */
export function assignColumns(sheet: SheetCells, row: number, first: number, last: number, match: Matcher, texts?: ReadonlyMap<number, string>) {
  const columns: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const ranks: Partial<Record<Field, number>> = {};
  const repeats = new Map<Field, { column: number; order: number }[]>();
  const headerAt = (column: number) => texts?.get(column) ?? cellValue(sheet, row, column);
  for (let column = first; column <= last; column += 1) {
    const value = headerAt(column);
    if (typeof value !== 'string') continue;
    const hit = match(value);
    if (!hit) continue;
    if (REPEATS.has(hit.field)) {
      const list = repeats.get(hit.field) ?? [];
      // An unnumbered revision counts as the first; ties keep their left-to-right order.
      list.push({ column, order: hit.revision ?? 1 });
      repeats.set(hit.field, list);
      continue;
    }
    const known = ranks[hit.field];
    if (known === undefined || hit.rank < known) {
      columns[hit.field] = column;
      headers[hit.field] = cellText(value);
      ranks[hit.field] = hit.rank;
    }
  }
  if (repeats.size === 0) return { columns, headers };
  const repeated: Partial<Record<Field, number[]>> = {};
  const repeatedHeaders: Partial<Record<Field, string[]>> = {};
  for (const [field, list] of repeats) {
    const ordered = list.sort((a, b) => a.order - b.order || a.column - b.column).map((entry) => entry.column);
    repeated[field] = ordered;
    repeatedHeaders[field] = ordered.map((column) => cellText(headerAt(column)));
    columns[field] = ordered[0];
    headers[field] = repeatedHeaders[field][0];
  }
  return { columns, headers, repeated, repeatedHeaders };
}

function countSpecific(columns: Partial<Record<Field, number>>, specific: ReadonlySet<Field>): number {
  return Object.keys(columns).filter((field) => specific.has(field as Field)).length;
}

function anchored(kind: TableKind, columns: Partial<Record<Field, number>>): boolean {
  return ANCHORS[kind].some((field) => columns[field] !== undefined);
}

/** Decides whether a header segment is a plan or an actions header, by the set of headers it has. */
function classifySegment(
  sheet: SheetCells,
  row: number,
  first: number,
  last: number,
  matchers: Record<TableKind, Matcher>,
): ({ kind: TableKind } & ReturnType<typeof assignColumns>) | null {
  const plan = assignColumns(sheet, row, first, last, matchers.plan);
  const actions = assignColumns(sheet, row, first, last, matchers.actions);
  const planScore = anchored('plan', plan.columns) ? countSpecific(plan.columns, MARKS.plan) : 0;
  const actionScore =
    anchored('actions', actions.columns) && LIFECYCLE.some((field) => actions.columns[field] !== undefined)
      ? countSpecific(actions.columns, MARKS.actions)
      : 0;
  if (planScore === 0 && actionScore === 0) return null;
  if (actionScore > planScore) return { kind: 'actions', ...actions };
  if (planScore > actionScore) return { kind: 'plan', ...plan };
  // A tie ("Audit | Status | Deadline"): a date an action is due by marks an action tracker.
  return actions.columns.deadline !== undefined || actions.columns.signoff !== undefined
    ? { kind: 'actions', ...actions }
    : { kind: 'plan', ...plan };
}

/**
 * Splits a row into header segments: runs of non-blank cells separated by blank columns, split again where a second
 * audit-name header starts (two tables side by side with no gap). A run with no audit header joins the run on its
 * left when only one blank column separates them (a table with one untitled column), or when the row below fills
 * the gap (a two-row header: "Audit days" above "Planned | Actual | Variation", its merged cells blank here).
 * Runs that have no naming header (audit, or for a tracker its reference or recommendation) are dropped.
 */
function segmentsOf(
  sheet: SheetCells,
  row: number,
  isAudit: (text: string) => boolean,
  isAnchor: (text: string) => boolean,
): Array<[number, number]> {
  interface Run {
    first: number;
    last: number;
    audit: boolean;
    anchor: boolean;
  }
  const raw: Run[] = [];
  const lastColumn = lastSheetColumn(sheet);
  let current: Run | null = null;
  for (let column = sheet.originColumn; column <= lastColumn; column += 1) {
    const value = cellValue(sheet, row, column);
    if (isBlankValue(value)) {
      current = null;
      continue;
    }
    const audit = typeof value === 'string' && isAudit(value);
    const anchor = audit || (typeof value === 'string' && isAnchor(value));
    if (current === null || (audit && current.audit)) {
      current = { first: column, last: column, audit, anchor };
      raw.push(current);
    } else {
      current.last = column;
      current.audit = current.audit || audit;
      current.anchor = current.anchor || anchor;
    }
  }
  const gapFilledBelow = (from: number, to: number) => {
    for (let column = from; column <= to; column += 1) if (isBlankValue(cellValue(sheet, row + 1, column))) return false;
    return true;
  };
  const merged: Run[] = [];
  for (const run of raw) {
    const previous = merged[merged.length - 1];
    const joins = previous && previous.anchor && !run.audit && (run.first - previous.last === 2 || gapFilledBelow(previous.last + 1, run.first - 1));
    if (joins) {
      previous.last = run.last;
      previous.anchor = previous.anchor || run.anchor;
    } else {
      merged.push({ ...run });
    }
  }
  return merged.filter((run) => run.anchor).map((run) => [run.first, run.last]);
}

/**
 * Whether a cell's text heads a column of either table, remembered per text: every text cell of every row is asked
 * (a table's header may sit anywhere), so one lookup per cell rather than one per matcher, and none for prose.
 */
function headerTextTest(matchers: Record<TableKind, Matcher>): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    if (text.length > LONGEST_HEADER) return false;
    let isHeader = known.get(text);
    if (isHeader === undefined) {
      isHeader = matchers.plan(text) !== null || matchers.actions(text) !== null;
      known.set(text, isHeader);
    }
    return isHeader;
  };
}

function rowHasTwoHeaderCells(sheet: SheetCells, row: number, isHeader: (text: string) => boolean): boolean {
  const values = sheet.values[row - sheet.originRow];
  if (values === undefined) return false;
  let hits = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'string' || value === '' || !isHeader(value)) continue;
    hits += 1;
    if (hits >= 2) return true;
  }
  return false;
}

export function plainCandidates(sheet: SheetCells, sheetIndex: number, matchers: Record<TableKind, Matcher>): Candidate[] {
  const isAudit = (text: string) => matchers.plan(text)?.field === 'audit' || matchers.actions(text)?.field === 'audit';
  const isAnchor = (text: string) => {
    const field = matchers.actions(text)?.field;
    return field !== undefined && ANCHORS.actions.includes(field);
  };
  const isHeader = headerTextTest(matchers);
  const found: Candidate[] = [];
  const last = lastSheetRow(sheet);
  for (let row = sheet.originRow; row <= last; row += 1) {
    if (!rowHasTwoHeaderCells(sheet, row, isHeader)) continue;
    for (const [first, lastColumn] of segmentsOf(sheet, row, isAudit, isAnchor)) {
      const classified = classifySegment(sheet, row, first, lastColumn, matchers);
      if (!classified) continue;
      found.push({
        sheet,
        sheetIndex,
        tableName: null,
        headerRow: row,
        firstColumn: first,
        lastColumn,
        lastRow: null,
        ...withSubHeader(sheet, row, first, lastColumn, classified, matchers),
      });
    }
  }
  return found;
}

/**
 * A plain range's columns read again with the second row of a two-row header, when the row below is one. Excel
 * tables have one header row (their cells cannot be merged), so only plain ranges are asked.
 */
function withSubHeader(
  sheet: SheetCells,
  row: number,
  first: number,
  last: number,
  classified: { kind: TableKind } & ReturnType<typeof assignColumns>,
  matchers: Record<TableKind, Matcher>,
): { kind: TableKind; subHeader?: true } & ReturnType<typeof assignColumns> {
  const match = matchers[classified.kind];
  const anchors = ANCHORS[classified.kind].map((field) => classified.columns[field]).filter((column) => column !== undefined);
  const texts = subHeaderTexts(sheet, row, first, last, anchors, (text) => match(text) !== null);
  if (texts === null) return classified;
  return { kind: classified.kind, subHeader: true, ...assignColumns(sheet, row, first, last, match, texts) };
}

export function excelTableCandidate(
  sheet: SheetCells,
  sheetIndex: number,
  table: ExcelTableInfo,
  matchers: Record<TableKind, Matcher>,
  forced?: TableKind,
): Candidate | null {
  const base = {
    sheet,
    sheetIndex,
    tableName: table.name,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    lastColumn: table.lastColumn,
    lastRow: table.lastRow,
  };
  if (forced) {
    return { ...base, kind: forced, ...assignColumns(sheet, table.headerRow, table.firstColumn, table.lastColumn, matchers[forced]) };
  }
  const classified = classifySegment(sheet, table.headerRow, table.firstColumn, table.lastColumn, matchers);
  return classified ? { ...base, ...classified } : null;
}

export function rowBlankWithin(sheet: SheetCells, row: number, first: number, last: number): boolean {
  for (let column = first; column <= last; column += 1) if (!isBlankValue(cellValue(sheet, row, column))) return false;
  return true;
}

/** A line under a table that annotates it rather than belonging to it. */
const NOTE = /^(source|sources|note|notes|nb|key|updated|last updated|prepared by|as at|\*)\b/i;

/**
 * A plain range's data runs from below its header to just above the next header row that shares a column, or to the
 * end of the used range. Trailing blank rows are dropped, and so is a lone one-cell line after a blank row when it is
 * the title of the next table (there is a header below) or a note ("Source: internal audit"), which would otherwise
 * read as an audit. A lone name at the end of the table is kept: it may be a new audit with nothing filled in yet.
 * Blank rows inside the data stay inside: the readers skip them.
 */
export function plainLastRow(candidate: Candidate, all: Candidate[]): number {
  const { sheet, headerRow, firstColumn, lastColumn } = candidate;
  let end = lastSheetRow(sheet);
  let cutByHeader = false;
  for (const other of all) {
    if (other.sheet !== sheet || other.headerRow <= headerRow) continue;
    if (other.lastColumn < firstColumn || other.firstColumn > lastColumn) continue;
    if (other.headerRow - 1 < end) {
      end = other.headerRow - 1;
      cutByHeader = true;
    }
  }
  const width = lastColumn - firstColumn + 1;
  for (;;) {
    while (end > headerRow && rowBlankWithin(sheet, end, firstColumn, lastColumn)) end -= 1;
    if (end <= headerRow + 1 || width < 2 || !rowBlankWithin(sheet, end - 1, firstColumn, lastColumn)) return end;
    const lone = loneText(sheet, end, firstColumn, lastColumn);
    if (lone === null || !(cutByHeader || NOTE.test(lone))) return end;
    end -= 1;
  }
}

/** The text of a row's only filled cell within the columns, or null when it has none or several. */
function loneText(sheet: SheetCells, row: number, first: number, last: number): string | null {
  let found: string | null = null;
  for (let column = first; column <= last; column += 1) {
    const value = cellValue(sheet, row, column);
    if (isBlankValue(value)) continue;
    if (found !== null) return null;
    found = cellText(value);
  }
  return found;
}

/** Needs met first (each required need, then each recommended one), then how many fields were found. */
function score(candidate: Candidate): number {
  const present = Object.keys(candidate.columns).length;
  let met = 0;
  for (const need of NEEDS[candidate.kind]) {
    if (need.fields.some((field) => candidate.columns[field as Field] !== undefined)) met += need.severity === 'error' ? 100 : 10;
  }
  return met + present;
}

const NEEDS = { plan: tableNeeds('plan'), actions: tableNeeds('actions') };

export function pickBest(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (
      best === null ||
      score(candidate) > score(best) ||
      (score(candidate) === score(best) &&
        (candidate.sheetIndex < best.sheetIndex || (candidate.sheetIndex === best.sheetIndex && candidate.headerRow < best.headerRow)))
    ) {
      best = candidate;
    }
  }
  return best;
}
