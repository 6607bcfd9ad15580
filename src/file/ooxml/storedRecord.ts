/**
 * The add-in's stored record in a file: the "JAC Data" sheet's columns of text (core's dataSheet.ts), or,
 * in a file written by an earlier version of the file shell, its "JAC Settings" sheet (settings as JSON in B2, the
 * conditional formats it added in B3), read once and replaced by "JAC Data" at the next write.
 */
import { EMPTY_STORED_DATA, PAPER_AREAS, readDataSheet, type StoredData } from '../../core/dataSheet';
import type { CellValue } from '../../core/types';
import type { SheetContent } from './readSheet';

/** Columns A to H (the entries and both papers' areas) of each row from A1 down, as the data sheet's codec reads them. */
export function dataSheetValues(content: SheetContent): CellValue[][] {
  const values: CellValue[][] = [];
  for (let r = 0; r < content.rows.length; r++) {
    const row = content.rows[r];
    values.push(Array.from({ length: DATA_SHEET_WIDTH }, (_, c) => row?.values[c] ?? ''));
  }
  return values;
}

const DATA_SHEET_WIDTH = PAPER_AREAS[1].column + 2;

export function readStoredRecord(content: SheetContent): StoredData {
  return readDataSheet(dataSheetValues(content));
}

/** What the legacy sheet held: the record, and the exact formulas of the conditional formats it added. */
export interface LegacyRecord {
  stored: StoredData;
  highlightFormulas: string[];
}

export function readLegacyRecord(content: SheetContent): LegacyRecord {
  const cell = (row: number) => content.rows[row]?.values[1];
  const settings = parse(cell(1));
  const highlights = parse(cell(2));
  const owned = Array.isArray(highlights) ? highlights.filter(isLegacyHighlight) : [];
  return {
    stored: {
      ...EMPTY_STORED_DATA,
      settings: isRecord(settings) ? settings : null,
      owned: { highlights: owned.map((h) => ({ sheet: h.sheet, range: h.ref })), validation: [] },
    },
    highlightFormulas: owned.flatMap((h) => h.formulae),
  };
}

interface LegacyHighlight {
  sheet: string;
  ref: string;
  formulae: string[];
}

function isLegacyHighlight(value: unknown): value is LegacyHighlight {
  if (!isRecord(value)) return false;
  return (
    typeof value.sheet === 'string' &&
    typeof value.ref === 'string' &&
    Array.isArray(value.formulae) &&
    value.formulae.every((f) => typeof f === 'string')
  );
}

function parse(value: CellValue | undefined): unknown {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
