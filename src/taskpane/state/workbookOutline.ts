import { cellText } from '../../core/cellText';
import { isOwnedSheet } from '../../core/footprint';
import type { Analysis, LocatedTable, SheetCells, WorkbookCells } from '../../core/types';
import type { DetectedTable, WorkbookOutline } from './paneState';

/**
 * What the settings offer: every sheet and Excel table as a candidate for the plan or the actions, and the tables
 * the engine settled on with their header texts, so a user can see what was detected and remap a column.
 */
export function workbookOutline(cells: WorkbookCells, analysis: Pick<Analysis, 'plan' | 'actions'>): WorkbookOutline {
  // The add-in's own sheets (the summary, its data sheet) are never a candidate input, whatever their case.
  const userSheets = cells.sheets.filter((sheet) => !isOwnedSheet(sheet.name));
  return {
    sheets: userSheets.map((sheet) => sheet.name),
    tables: userSheets.flatMap((sheet) => sheet.tables.map((table) => ({ name: table.name, sheet: sheet.name }))),
    plan: detected(cells, analysis.plan.table),
    actions: detected(cells, analysis.actions.table),
  };
}

function detected<F extends string>(cells: WorkbookCells, table: LocatedTable<F> | null): DetectedTable<F> | null {
  if (!table) return null;
  const sheet = cells.sheets.find((candidate) => candidate.name === table.sheet);
  const found: DetectedTable<F> = { table, headerTexts: sheet ? headerTexts(sheet, table) : [] };
  const repeated = Object.entries(table.repeated ?? {}) as [F, number[]][];
  if (sheet && repeated.some(([, columns]) => columns.length > 1)) {
    const headerRow = sheet.values[table.headerRow - sheet.originRow] ?? [];
    found.repeatedHeaders = {};
    for (const [field, columns] of repeated) {
      found.repeatedHeaders[field] = columns.map((column) => cellText(headerRow[column - sheet.originColumn] ?? ''));
    }
  }
  return found;
}

function headerTexts(sheet: SheetCells, table: LocatedTable): string[] {
  const row = sheet.values[table.headerRow - sheet.originRow] ?? [];
  const texts: string[] = [];
  for (let column = table.firstColumn; column <= table.lastColumn; column += 1) {
    const text = cellText(row[column - sheet.originColumn] ?? '');
    if (text !== '' && !texts.includes(text)) texts.push(text);
  }
  return texts;
}
