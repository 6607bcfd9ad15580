/**
 * Header-row candidates: every place on every sheet that looks like the top of an audit plan or an action tracker
 * (Excel tables and plain ranges), where its data ends, and which candidate wins. locateTables.ts turns the winner
 * into a LocatedTable and reports what is missing.
 */
import { cellText } from './cellText';
import { matchHeaderRanked, normaliseHeader } from './headers';
import { cellValue, isBlankValue, lastSheetColumn, lastSheetRow } from './sheetGrid';
import type { ActionField, ExcelTableInfo, PlanField, SheetCells, TableKind, TableMapping } from './types';

export type Field = PlanField | ActionField;

const PLAN_SPECIFIC: ReadonlySet<Field> = new Set<Field>(['plannedStart', 'status', 'opinion']);
const ACTION_SPECIFIC: ReadonlySet<Field> = new Set<Field>(['recommendation', 'risk', 'deadline', 'revisedDeadline', 'signoff']);

export const REQUIRED_FIELDS: { plan: readonly PlanField[]; actions: readonly ActionField[] } = {
  plan: ['audit', 'status'],
  actions: ['audit', 'recommendation', 'risk', 'deadline', 'signoff'],
};

interface CellMatch {
  field: Field;
  rank: number;
}

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
}

export function makeMatcher(kind: TableKind, mapping: TableMapping | undefined): Matcher {
  const overrides = new Map<string, Field>();
  for (const [field, text] of Object.entries(mapping?.columns ?? {})) {
    if (typeof text === 'string' && normaliseHeader(text) !== '') overrides.set(normaliseHeader(text), field as Field);
  }
  const cache = new Map<string, CellMatch | null>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      const override = text.length <= 80 ? overrides.get(normaliseHeader(text)) : undefined;
      hit = override ? { field: override, rank: -1 } : matchHeaderRanked(text, kind);
      cache.set(text, hit);
    }
    return hit;
  };
}

/** Best column per field within [first, last] of a header row: lowest rank, then leftmost. */
export function assignColumns(sheet: SheetCells, row: number, first: number, last: number, match: Matcher) {
  const columns: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const ranks: Partial<Record<Field, number>> = {};
  for (let column = first; column <= last; column += 1) {
    const value = cellValue(sheet, row, column);
    if (typeof value !== 'string') continue;
    const hit = match(value);
    if (!hit) continue;
    const known = ranks[hit.field];
    if (known === undefined || hit.rank < known) {
      columns[hit.field] = column;
      headers[hit.field] = cellText(value);
      ranks[hit.field] = hit.rank;
    }
  }
  return { columns, headers };
}

function countSpecific(columns: Partial<Record<Field, number>>, specific: ReadonlySet<Field>): number {
  return Object.keys(columns).filter((field) => specific.has(field as Field)).length;
}

/** Decides whether a header segment is a plan or an actions header, by the set of headers it has. */
function classifySegment(
  sheet: SheetCells,
  row: number,
  first: number,
  last: number,
  matchers: Record<TableKind, Matcher>,
): { kind: TableKind; columns: Partial<Record<Field, number>>; headers: Partial<Record<Field, string>> } | null {
  const plan = assignColumns(sheet, row, first, last, matchers.plan);
  const actions = assignColumns(sheet, row, first, last, matchers.actions);
  const planScore = plan.columns.audit === undefined ? 0 : countSpecific(plan.columns, PLAN_SPECIFIC);
  const actionScore = actions.columns.audit === undefined ? 0 : countSpecific(actions.columns, ACTION_SPECIFIC);
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
 * left when only one blank column separates them (a table with one untitled column).
 */
function segmentsOf(sheet: SheetCells, row: number, isAudit: (text: string) => boolean): Array<[number, number]> {
  const raw: Array<{ first: number; last: number; audit: boolean }> = [];
  const lastColumn = lastSheetColumn(sheet);
  let current: { first: number; last: number; audit: boolean } | null = null;
  for (let column = sheet.originColumn; column <= lastColumn; column += 1) {
    const value = cellValue(sheet, row, column);
    if (isBlankValue(value)) {
      current = null;
      continue;
    }
    const audit = typeof value === 'string' && isAudit(value);
    if (current === null || (audit && current.audit)) {
      current = { first: column, last: column, audit };
      raw.push(current);
    } else {
      current.last = column;
      current.audit = current.audit || audit;
    }
  }
  const merged: Array<{ first: number; last: number; audit: boolean }> = [];
  for (const run of raw) {
    const previous = merged[merged.length - 1];
    if (!run.audit && previous && previous.audit && run.first - previous.last === 2) previous.last = run.last;
    else merged.push({ ...run });
  }
  return merged.filter((run) => run.audit).map((run) => [run.first, run.last]);
}

function rowHasTwoHeaderCells(sheet: SheetCells, row: number, matchers: Record<TableKind, Matcher>): boolean {
  const values = sheet.values[row - sheet.originRow] ?? [];
  let hits = 0;
  for (const value of values) {
    if (typeof value !== 'string' || value === '') continue;
    if (matchers.plan(value) || matchers.actions(value)) {
      hits += 1;
      if (hits >= 2) return true;
    }
  }
  return false;
}

export function plainCandidates(sheet: SheetCells, sheetIndex: number, matchers: Record<TableKind, Matcher>): Candidate[] {
  const isAudit = (text: string) => matchers.plan(text)?.field === 'audit' || matchers.actions(text)?.field === 'audit';
  const found: Candidate[] = [];
  const last = lastSheetRow(sheet);
  for (let row = sheet.originRow; row <= last; row += 1) {
    if (!rowHasTwoHeaderCells(sheet, row, matchers)) continue;
    for (const [first, lastColumn] of segmentsOf(sheet, row, isAudit)) {
      const classified = classifySegment(sheet, row, first, lastColumn, matchers);
      if (!classified) continue;
      found.push({ sheet, sheetIndex, tableName: null, headerRow: row, firstColumn: first, lastColumn, lastRow: null, ...classified });
    }
  }
  return found;
}

export function excelTableCandidate(
  sheet: SheetCells,
  sheetIndex: number,
  table: ExcelTableInfo,
  matchers: Record<TableKind, Matcher>,
  forced?: TableKind,
): Candidate | null {
  const base = { sheet, sheetIndex, tableName: table.name, headerRow: table.headerRow, firstColumn: table.firstColumn, lastColumn: table.lastColumn, lastRow: table.lastRow };
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

function score(candidate: Candidate): number {
  const required = REQUIRED_FIELDS[candidate.kind] as readonly Field[];
  const present = Object.keys(candidate.columns).length;
  return required.filter((field) => candidate.columns[field] !== undefined).length * 100 + present;
}

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
