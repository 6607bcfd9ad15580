/**
 * Finds the audit plan and the action tracker wherever they are: Excel tables first, then plain ranges whose header
 * row may sit below a title or blank rows, on any sheet, two to a sheet (side by side or stacked). The user's
 * TableMapping overrides any part of what is detected. What cannot be found becomes a Finding, never an exception.
 */
import { cellAddress, columnIndex } from './address';
import { cellText } from './cellText';
import { fieldLabel, fieldSpec, tableNeeds, type Need } from './fields';
import { exampleHeaders, normaliseHeader } from './headers';
import { cellValue, findSheet, lastSheetColumn, lastSheetRow } from './sheetGrid';
import {
  assignColumns,
  excelTableCandidate,
  makeMatcher,
  pickBest,
  plainCandidates,
  plainLastRow,
  rowBlankWithin,
  type Candidate,
  type Field,
  type Matcher,
} from './tableCandidates';
import { listWithAnd, listWithOr } from './wording';
import type { ActionField, Finding, JacSettings, LocatedTable, PlanField, SheetCells, TableKind, TableMapping, WorkbookCells } from './types';

const NEEDS: Record<TableKind, Need[]> = { plan: tableNeeds('plan'), actions: tableNeeds('actions') };
const TABLE_NAMES: Record<TableKind, string> = { plan: 'audit plan', actions: 'actions' };

/** A need as a header a person would add: "Deadline", or for a group "Status (or Signoff Date)". */
function needWords(kind: TableKind, need: Need): string {
  const [first, ...others] = need.fields.map((field) => fieldLabel(kind, field));
  return others.length === 0 ? first : `${first} (or ${listWithOr(others)})`;
}

/**
 * What the missing-table message says was looked for: every need, in the field table's order.
 * @example lookedFor('actions') // 'Audit Name (or Reference or Recommendation), Risk, Deadline and Signoff Date (or Status)'
 */
export function lookedFor(kind: TableKind): string {
  return listWithAnd(NEEDS[kind].map((need) => needWords(kind, need)));
}

export interface LocatedTables {
  plan: LocatedTable<PlanField> | null;
  actions: LocatedTable<ActionField> | null;
  findings: Finding[];
}

function finding(
  check: 'missing-table' | 'missing-column',
  severity: 'error' | 'warning',
  sheet: string | null,
  row: number,
  column: number,
  message: string,
  suggestion: string,
): Finding {
  if (sheet === null) return { severity, check, cell: 'A1', sheet: '', row: 0, column: 0, message, suggestion };
  return { severity, check, cell: cellAddress(sheet, row, column), sheet, row, column, message, suggestion };
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
  /** The user named the table or sheet: its absence is their setting gone wrong, not a workbook with one table. */
  named?: boolean;
}

function locateKind(
  kind: TableKind,
  workbook: WorkbookCells,
  mapping: TableMapping | undefined,
  all: Candidate[],
  matchers: Record<TableKind, Matcher>,
): KindResult {
  const findings: Finding[] = [];
  const label = TABLE_NAMES[kind];
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
      findings.push(
        finding(
          'missing-table',
          'error',
          firstSheet,
          0,
          0,
          `No ${label} table found: there is no Excel table named '${mapping.table}' in this workbook.`,
          `Check the table's name (Table Design > Table Name), or clear the table in Settings so the add-in finds it.`,
        ),
      );
      return { table: null, findings, named: true };
    }
  } else {
    let pool = all.filter((candidate) => candidate.kind === kind);
    let where = 'on every sheet';
    let sheetName = firstSheet;
    if (mapping?.sheet) {
      const sheet = findSheet(workbook, mapping.sheet);
      if (!sheet) {
        findings.push(
          finding(
            'missing-table',
            'error',
            firstSheet,
            0,
            0,
            `No ${label} table found: there is no sheet named '${mapping.sheet}' in this workbook.`,
            `Choose one of the workbook's sheets for the ${label} table in Settings.`,
          ),
        );
        return { table: null, findings, named: true };
      }
      pool = pool.filter((candidate) => candidate.sheet === sheet);
      where = `on ${describeSheet(sheet.name)}`;
      sheetName = sheet.name;
    }
    const fromTables = pool.filter((candidate) => candidate.tableName !== null);
    chosen = pickBest(fromTables.length > 0 ? fromTables : pool);
    if (!chosen) chosen = letterMappedCandidate(kind, workbook, mapping, matchers);
    if (!chosen) {
      findings.push(
        finding(
          'missing-table',
          'error',
          sheetName,
          0,
          0,
          `No ${label} table found: looked ${where} for a header row with ${lookedFor(kind)}.`,
          `Add a header row with these headings above the ${kind === 'plan' ? 'audits' : 'actions'}, or choose the table in Settings.`,
        ),
      );
      return { table: null, findings, named: mapping?.sheet !== undefined };
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
    firstRow: picked.headerRow + (picked.subHeader ? 2 : 1),
    lastRow,
    firstColumn: picked.firstColumn,
    lastColumn: picked.lastColumn,
    columns: picked.columns,
    headers: picked.headers,
    ...(picked.repeated ? { repeated: picked.repeated } : {}),
    ...(picked.repeatedHeaders ? { repeatedHeaders: picked.repeatedHeaders } : {}),
  };
  findings.push(...missingColumnFindings(table, label));
  return { table, findings };
}

/** When the user named every needed column by letter, the first filled row of the chosen sheet is the header. */
function letterMappedCandidate(
  kind: TableKind,
  workbook: WorkbookCells,
  mapping: TableMapping | undefined,
  matchers: Record<TableKind, Matcher>,
): Candidate | null {
  const auditColumn = mapping?.columns?.audit;
  if (!auditColumn || columnIndex(auditColumn) === null) return null;
  const sheet = mapping?.sheet ? findSheet(workbook, mapping.sheet) : (workbook.sheets[0] ?? null);
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
    for (const [from, to] of [
      [order[0], order[1]],
      [order[2], order[3]],
    ]) {
      for (let c = from; c <= to && column === null; c += 1) {
        const value = cellValue(sheet, headerRow, c);
        if (typeof value === 'string' && normaliseHeader(value) === target) column = c;
      }
    }
    if (column === null) column = columnIndex(wanted);
    if (column === null) {
      findings.push(
        finding(
          'missing-column',
          'error',
          sheet.name,
          headerRow,
          candidate.firstColumn,
          `The ${label} table on ${describeSheet(sheet.name)} has no column headed '${wanted}', which Settings names for ${fieldLabel(candidate.kind, field)}.`,
          `Choose the ${fieldLabel(candidate.kind, field)} column again in Settings, or rename the header to match.`,
        ),
      );
      continue;
    }
    candidate.columns[field] = column;
    candidate.headers[field] = cellText(cellValue(sheet, headerRow, column)) || wanted.trim().toUpperCase();
    // A chosen column of a field that repeats replaces the ones found: the user has said which it is.
    if (fieldSpec(candidate.kind, field)?.repeats) {
      candidate.repeated = { ...candidate.repeated, [field]: [column] };
      candidate.repeatedHeaders = { ...candidate.repeatedHeaders, [field]: [candidate.headers[field]] };
    }
    candidate.firstColumn = Math.min(candidate.firstColumn, column);
    candidate.lastColumn = Math.max(candidate.lastColumn, column);
  }
}

function missingColumnFindings(table: LocatedTable<Field>, label: string): Finding[] {
  const out: Finding[] = [];
  const kind = table.kind;
  const where = `The ${label} table on ${describeSheet(table.sheet)}`;
  // Errors first, as they always were listed; then the recommended columns.
  const needs = [...NEEDS[kind]].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const need of needs) {
    if (need.fields.some((field) => table.columns[field as Field] !== undefined)) continue;
    const consequence = need.consequence ? ` ${need.consequence}` : '';
    let message: string;
    let suggestion: string;
    if (need.what === null) {
      const name = fieldLabel(kind, need.fields[0]);
      message = `${where} has no ${name} column: looked in row ${table.headerRow + 1} for a header such as ${listWithOr(exampleHeaders(need.fields[0] as Field, kind))}.${consequence}`;
      suggestion = `Add a ${name} column to the header row, or choose the column in Settings.`;
    } else {
      const names = need.fields.map((field) => fieldLabel(kind, field));
      const examples = need.fields.map((field) => exampleHeaders(field as Field, kind)[0]);
      message = `${where} has no column ${need.what}: looked in row ${table.headerRow + 1} for a header such as ${listWithOr(examples)}.${consequence}`;
      suggestion = `Add a ${listWithOr(names)} column to the header row, or choose one in Settings.`;
    }
    out.push(finding('missing-column', need.severity, table.sheet, table.headerRow, table.firstColumn, message, suggestion));
  }
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
  // A workbook may rightly hold one table (many organisations keep the plan in Word): the other's absence is then
  // said as a warning, and the summary shows what the table found supports. Not when the last refresh of this
  // workbook found that table (its stored record says so): then it has gone, which is an error to put right.
  const lastFound = workbook.stored?.lastRefresh?.tablesFound;
  if ((plan.table === null) !== (actions.table === null)) {
    for (const [kind, result] of [
      ['plan', plan],
      ['actions', actions],
    ] as const) {
      if (result.table !== null || result.named || lastFound?.[kind]) continue;
      result.findings = result.findings.map((f) => (f.check === 'missing-table' ? { ...f, severity: 'warning' as const } : f));
    }
  }
  return {
    plan: plan.table as LocatedTable<PlanField> | null,
    actions: actions.table as LocatedTable<ActionField> | null,
    findings: [...plan.findings, ...actions.findings],
  };
}
