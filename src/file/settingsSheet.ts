import type ExcelJS from 'exceljs';
import type { JacSettings } from '../core/types';
import { SETTINGS_SHEET_NAME } from './ownedSheets';

/** A conditional format the add-in added, recorded so the next refresh removes exactly it and nothing of the user's. */
export interface OwnedHighlight {
  sheet: string;
  /** The range the rule applies to, A1 without sheet. */
  ref: string;
  formulae: string[];
}

/** What the settings sheet holds. Each row is a key in column A and its JSON in column B. */
interface Stored {
  settings: Partial<JacSettings> | null;
  highlights: OwnedHighlight[];
}

const NOTE = 'Saved by the JAC summary add-in. Edit the settings in the add-in, not here.';
const SETTINGS_ROW = 2;
const HIGHLIGHTS_ROW = 3;

/** The settings saved in the workbook, or null when there are none or they cannot be read. */
export function readSavedSettings(workbook: ExcelJS.Workbook): Partial<JacSettings> | null {
  return readStored(workbook).settings;
}

export function writeSavedSettings(workbook: ExcelJS.Workbook, settings: JacSettings): void {
  writeStored(workbook, { ...readStored(workbook), settings });
}

export function readOwnedHighlights(workbook: ExcelJS.Workbook): OwnedHighlight[] {
  return readStored(workbook).highlights;
}

export function writeOwnedHighlights(workbook: ExcelJS.Workbook, highlights: OwnedHighlight[]): void {
  writeStored(workbook, { ...readStored(workbook), highlights });
}

function readStored(workbook: ExcelJS.Workbook): Stored {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET_NAME);
  if (!sheet) return { settings: null, highlights: [] };
  const settings = parseJson(sheet.getCell(SETTINGS_ROW, 2).value);
  const highlights = parseJson(sheet.getCell(HIGHLIGHTS_ROW, 2).value);
  return {
    settings: isObject(settings) ? (settings as Partial<JacSettings>) : null,
    highlights: Array.isArray(highlights) ? highlights.filter(isOwnedHighlight) : [],
  };
}

function writeStored(workbook: ExcelJS.Workbook, stored: Stored): void {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET_NAME) ?? workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: 'veryHidden' });
  sheet.state = 'veryHidden';
  sheet.getCell(1, 1).value = NOTE;
  sheet.getCell(SETTINGS_ROW, 1).value = 'settings';
  sheet.getCell(SETTINGS_ROW, 2).value = stored.settings ? JSON.stringify(stored.settings) : '';
  sheet.getCell(HIGHLIGHTS_ROW, 1).value = 'highlights';
  sheet.getCell(HIGHLIGHTS_ROW, 2).value = JSON.stringify(stored.highlights);
}

function parseJson(value: ExcelJS.CellValue): unknown {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    // Someone edited the sheet by hand: treat it as nothing saved rather than failing the refresh.
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOwnedHighlight(value: unknown): value is OwnedHighlight {
  if (!isObject(value)) return false;
  return (
    typeof value.sheet === 'string' &&
    typeof value.ref === 'string' &&
    Array.isArray(value.formulae) &&
    value.formulae.every((f) => typeof f === 'string')
  );
}
