/**
 * Finds the audit plan and the action tracker wherever they are: Excel tables first, then plain ranges whose header
 * row may sit below a title or blank rows, on any sheet, two to a sheet (side by side or stacked). The user's
 * TableMapping overrides any part of what is detected. What cannot be found becomes a Finding, never an exception.
 */
import { cellAddress, columnIndex } from './address';
import { cellText } from './cellText';
import { exampleHeaders, FIELD_LABELS, listWithAnd, listWithOr, matchHeaderRanked, normaliseHeader } from './headers';
import { cellValue, findSheet, isBlankValue, lastSheetColumn, lastSheetRow } from './sheetGrid';
import type {
  ActionField,
  ExcelTableInfo,
  Finding,
  JacSettings,
  LocatedTable,
  PlanField,
  SheetCells,
  TableKind,
  TableMapping,
  WorkbookCells,
} from './types';

type Field = PlanField | ActionField;

const PLAN_SPECIFIC: ReadonlySet<Field> = new Set<Field>(['plannedStart', 'status', 'opinion']);
const ACTION_SPECIFIC: ReadonlySet<Field> = new Set<Field>(['recommendation', 'risk', 'deadline', 'revisedDeadline', 'signoff']);

export const REQUIRED_FIELDS: { plan: readonly PlanField[]; actions: readonly ActionField[] } = {
  plan: ['audit', 'status'],
  actions: ['audit', 'recommendation', 'risk', 'deadline', 'signoff'],
};
/** Missing one of these is a warning: the table still works, but a check is lost. */
const RECOMMENDED_FIELDS: { plan: readonly PlanField[]; actions: readonly ActionField[] } = {
  plan: ['plannedStart'],
  actions: [],
};
/** What the missing-table message says was looked for. */
const LOOKED_FOR: Record<TableKind, readonly Field[]> = {
  plan: ['audit', 'plannedStart', 'status'],
  actions: ['audit', 'recommendation', 'risk', 'deadline', 'signoff'],
};
const TABLE_NAMES: Record<TableKind, string> = { plan: 'audit plan', actions: 'actions' };

export interface LocatedTables {
  plan: LocatedTable<PlanField> | null;
  actions: LocatedTable<ActionField> | null;
  findings: Finding[];
}

interface CellMatch {
  field: Field;
  rank: number;
}

/** Header recognition for one kind, with the user's header-text overrides tried first. */
type Matcher = (text: string) => CellMatch | null;

interface Candidate {
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

function makeMatcher(kind: TableKind, mapping: TableMapping | undefined): Matcher {
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
function assignColumns(sheet: SheetCells, row: number, first: number, last: number, match: Matcher) {
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

function plainCandidates(sheet: SheetCells, sheetIndex: number, matchers: Record<TableKind, Matcher>): Candidate[] {
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

function excelTableCandidate(
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

function rowBlankWithin(sheet: SheetCells, row: number, first: number, last: number): boolean {
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
function plainLastRow(candidate: Candidate, all: Candidate[]): number {
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

function pickBest(candidates: Candidate[]): Candidate | null {
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

function finding(rule: 'missing-table' | 'missing-column', severity: 'error' | 'warning', sheet: string | null, row: number, column: number, message: string, suggestion: string): Finding {
  if (sheet === null) return { severity, rule, cell: 'A1', sheet: '', row: 0, column: 0, message, suggestion };
  return { severity, rule, cell: cellAddress(sheet, row, column), sheet, row, column, message, suggestion };
}

function describeSheet(name: string): string {
  return `sheet '${name}'`;
}

/** Finds the first non-blank row of a sheet: the header when the user gave every column as a letter. */
function firstFilledRow(sheet: SheetCells): number | null {
  for (let row = sheet.originRow; row <= lastSheetRow(sheet); row += 1) {
    if (!rowBlankWithin(sheet, row, sheet.originColumn, lastSheetColumn(sheet))) return row;
  }
  return null;
}

interface KindResult {
  table: LocatedTable<Field> | null;
  findings: Finding[];
}

function locateKind(kind: TableKind, workbook: WorkbookCells, mapping: TableMapping | undefined, all: Candidate[], matchers: Record<TableKind, Matcher>): KindResult {
  const findings: Finding[] = [];
  const label = TABLE_NAMES[kind];
  const lookedFor = listWithAnd(LOOKED_FOR[kind].map((field) => FIELD_LABELS[field]));
  const firstSheet = workbook.sheets[0]?.name ?? null;
  let chosen: Candidate | null = null;

  if (mapping?.table) {
    const wanted = mapping.table.trim().toLowerCase();
    for (let sheetIndex = 0; sheetIndex < workbook.sheets.length && !chosen; sheetIndex += 1) {
      const sheet = workbook.sheets[sheetIndex];
      const table = sheet.tables.find((t) => t.name.trim().toLowerCase() === wanted);
      if (table) chosen = excelTableCandidate(sheet, sheetIndex, table, matchers, kind);
    }
    if (!chosen) {
      findings.push(finding('missing-table', 'error', firstSheet, 0, 0,
        `No ${label} table found: there is no Excel table named '${mapping.table}' in this workbook.`,
        `Check the table's name (Table Design > Table Name), or clear the table in Settings so the add-in finds it.`));
      return { table: null, findings };
    }
  } else {
    let pool = all.filter((candidate) => candidate.kind === kind);
    let where = 'on every sheet';
    let sheetName = firstSheet;
    if (mapping?.sheet) {
      const sheet = findSheet(workbook, mapping.sheet);
      if (!sheet) {
        findings.push(finding('missing-table', 'error', firstSheet, 0, 0,
          `No ${label} table found: there is no sheet named '${mapping.sheet}' in this workbook.`,
          `Choose one of the workbook's sheets for the ${label} table in Settings.`));
        return { table: null, findings };
      }
      pool = pool.filter((candidate) => candidate.sheet === sheet);
      where = `on ${describeSheet(sheet.name)}`;
      sheetName = sheet.name;
    }
    const fromTables = pool.filter((candidate) => candidate.tableName !== null);
    chosen = pickBest(fromTables.length > 0 ? fromTables : pool);
    if (!chosen) chosen = letterMappedCandidate(kind, workbook, mapping, matchers);
    if (!chosen) {
      findings.push(finding('missing-table', 'error', sheetName, 0, 0,
        `No ${label} table found: looked ${where} for a header row with ${lookedFor}.`,
        `Add a header row with these headings above the ${kind === 'plan' ? 'audits' : 'actions'}, or choose the table in Settings.`));
      return { table: null, findings };
    }
  }

  const picked: Candidate = chosen;
  applyColumnOverrides(picked, mapping, findings, label);
  const lastRow = picked.lastRow ?? plainLastRow(picked, all);
  const table: LocatedTable<Field> = {
    kind,
    sheet: picked.sheet.name,
    tableName: picked.tableName,
    headerRow: picked.headerRow,
    firstRow: picked.headerRow + 1,
    lastRow,
    firstColumn: picked.firstColumn,
    lastColumn: picked.lastColumn,
    columns: picked.columns,
    headers: picked.headers,
  };
  findings.push(...missingColumnFindings(table, label));
  return { table, findings };
}

/** When the user named every needed column by letter, the first filled row of the chosen sheet is the header. */
function letterMappedCandidate(kind: TableKind, workbook: WorkbookCells, mapping: TableMapping | undefined, matchers: Record<TableKind, Matcher>): Candidate | null {
  const auditColumn = mapping?.columns?.audit;
  if (!auditColumn || columnIndex(auditColumn) === null) return null;
  const sheet = mapping?.sheet ? findSheet(workbook, mapping.sheet) : workbook.sheets[0] ?? null;
  if (!sheet) return null;
  const headerRow = firstFilledRow(sheet);
  if (headerRow === null) return null;
  const firstColumn = sheet.originColumn;
  const lastColumn = lastSheetColumn(sheet);
  return {
    kind,
    sheet,
    sheetIndex: workbook.sheets.indexOf(sheet),
    tableName: null,
    headerRow,
    firstColumn,
    lastColumn,
    lastRow: null,
    ...assignColumns(sheet, headerRow, firstColumn, lastColumn, matchers[kind]),
  };
}

/**
 * Each column the user chose in Settings, by header text (matched loosely) or by letter ("D"). Header text is tried
 * first, so a header that happens to look like a column reference ("Ref") still means the header.
 */
function applyColumnOverrides(candidate: Candidate, mapping: TableMapping | undefined, findings: Finding[], label: string): void {
  for (const [key, wanted] of Object.entries(mapping?.columns ?? {})) {
    if (typeof wanted !== 'string' || wanted.trim() === '') continue;
    const field = key as Field;
    const target = normaliseHeader(wanted);
    let column: number | null = null;
    const { sheet, headerRow } = candidate;
    // The table's own header cells first, then the rest of the header row (a column set apart by a blank one).
    const order = [candidate.firstColumn, candidate.lastColumn, sheet.originColumn, lastSheetColumn(sheet)];
    for (const [from, to] of [[order[0], order[1]], [order[2], order[3]]]) {
      for (let c = from; c <= to && column === null; c += 1) {
        const value = cellValue(sheet, headerRow, c);
        if (typeof value === 'string' && normaliseHeader(value) === target) column = c;
      }
    }
    if (column === null) column = columnIndex(wanted);
    if (column === null) {
      findings.push(finding('missing-column', 'error', sheet.name, headerRow, candidate.firstColumn,
        `The ${label} table on ${describeSheet(sheet.name)} has no column headed '${wanted}', which Settings names for ${FIELD_LABELS[field]}.`,
        `Choose the ${FIELD_LABELS[field]} column again in Settings, or rename the header to match.`));
      continue;
    }
    candidate.columns[field] = column;
    candidate.headers[field] = cellText(cellValue(sheet, headerRow, column)) || wanted.trim().toUpperCase();
    candidate.firstColumn = Math.min(candidate.firstColumn, column);
    candidate.lastColumn = Math.max(candidate.lastColumn, column);
  }
}

function missingColumnFindings(table: LocatedTable<Field>, label: string): Finding[] {
  const out: Finding[] = [];
  const kind = table.kind;
  const check = (fields: readonly Field[], severity: 'error' | 'warning') => {
    for (const field of fields) {
      if (table.columns[field] !== undefined) continue;
      const name = FIELD_LABELS[field];
      const consequence = severity === 'warning' ? ' Planned starts that have passed cannot be checked.' : '';
      out.push(finding('missing-column', severity, table.sheet, table.headerRow, table.firstColumn,
        `The ${label} table on ${describeSheet(table.sheet)} has no ${name} column: looked in row ${table.headerRow + 1} for a header such as ${listWithOr(exampleHeaders(field))}.${consequence}`,
        `Add a ${name} column to the header row, or choose the column in Settings.`));
    }
  };
  check(REQUIRED_FIELDS[kind] as readonly Field[], 'error');
  check(RECOMMENDED_FIELDS[kind] as readonly Field[], 'warning');
  return out;
}

/**
 * @example locateTables(seedWorkbook, {}).actions -> { sheet: 'Audit Actions', headerRow: 0, firstRow: 1, lastRow: 7, ... }
 */
export function locateTables(workbook: WorkbookCells, settings: Partial<Pick<JacSettings, 'plan' | 'actions'>>): LocatedTables {
  const matchers: Record<TableKind, Matcher> = {
    plan: makeMatcher('plan', settings.plan),
    actions: makeMatcher('actions', settings.actions),
  };
  const all: Candidate[] = [];
  workbook.sheets.forEach((sheet, sheetIndex) => {
    for (const table of sheet.tables) {
      const candidate = excelTableCandidate(sheet, sheetIndex, table, matchers);
      if (candidate) all.push(candidate);
    }
    all.push(...plainCandidates(sheet, sheetIndex, matchers));
  });
  const plan = locateKind('plan', workbook, settings.plan, all, matchers);
  const actions = locateKind('actions', workbook, settings.actions, all, matchers);
  return {
    plan: plan.table as LocatedTable<PlanField> | null,
    actions: actions.table as LocatedTable<ActionField> | null,
    findings: [...plan.findings, ...actions.findings],
  };
}
