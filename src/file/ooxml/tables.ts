/** A worksheet's Excel tables (ListObjects), from its table parts, as Office.js reports them. */
import type { ExcelTableInfo } from '../../core/types';
import { Tok, XmlReader } from '../xml/XmlReader';
import type { Package } from './Package';
import { parseRef } from './readSheet';
import { readRelationships } from './relationships';

export function readTables(pkg: Package, sheetPart: string, tableRelIds: readonly string[]): ExcelTableInfo[] {
  if (tableRelIds.length === 0) return [];
  const relationships = readRelationships(pkg, sheetPart);
  const tables: ExcelTableInfo[] = [];
  for (const id of tableRelIds) {
    const part = relationships.find((r) => r.id === id)?.part;
    if (!part || !pkg.has(part)) continue;
    const table = readTable(pkg.text(part));
    if (table) tables.push(table);
  }
  return tables;
}

function readTable(xml: string): ExcelTableInfo | null {
  const reader = new XmlReader(xml);
  while (reader.next() !== Tok.End) {
    if (reader.kind !== Tok.Open || reader.local !== 'table') continue;
    const rect = parseRef(reader.attr('ref') ?? '');
    if (!rect) return null;
    // Both default to the usual: one header row, no totals row (LibreOffice and openpyxl often leave them out).
    const headerRows = Number(reader.attr('headerRowCount') ?? 1);
    const totalsRows = Number(reader.attr('totalsRowCount') ?? 0);
    const headerRow = headerRows > 0 ? rect.top : rect.top - 1;
    return {
      name: reader.attr('displayName') || reader.attr('name') || '',
      headerRow: Math.max(0, headerRow),
      firstColumn: rect.left,
      lastColumn: rect.right,
      lastRow: Math.max(headerRow, rect.bottom - (totalsRows > 0 ? totalsRows : 0)),
    };
  }
  return null;
}
