import type ExcelJS from 'exceljs';
import { a1Range, parseA1Range, type Rect } from './a1Range';
import { SETTINGS_SHEET_NAME } from './ownedSheets';

/**
 * One rule in the file shell's terms: an in-cell list of known words, or "must be a date". Built from core's
 * dataValidationRules by `fromCoreRules`.
 */
export interface ValidationSpec {
  sheet: string;
  /** A1 range without sheet. */
  range: string;
  /** The words to offer; null for a date rule. */
  list: string[] | null;
  /** What Excel says when someone types something else: a warning they may ignore, never a stop. */
  message: string;
}

/**
 * Every rule the add-in writes carries this error title. It is how a later refresh tells the add-in's rules from
 * the user's own: only rules with exactly this title are ever removed or replaced.
 */
export const VALIDATION_TITLE = 'JAC summary check';

/** Excel refuses in-cell lists written inline when they pass 255 characters; longer ones go on the settings sheet. */
const INLINE_LIST_LIMIT = 255;
const LIST_FIRST_ROW = 10;

/**
 * Replace the add-in's data validation with `specs`. Cells that already have the user's own validation are left
 * alone (their rule wins), and the user's values are never touched: a warning rule only speaks up on the next edit.
 */
export function applyDataValidation(workbook: ExcelJS.Workbook, specs: ValidationSpec[]): void {
  for (const worksheet of workbook.worksheets) removeOwnRules(worksheet);
  const lists = workbook.getWorksheet(SETTINGS_SHEET_NAME);
  if (lists) clearLists(lists);

  let nextListColumn = 1;
  for (const spec of specs) {
    const worksheet = workbook.getWorksheet(spec.sheet);
    const rect = parseA1Range(spec.range);
    if (!worksheet || !rect) continue;
    let formula: string | Date;
    if (spec.list) {
      const inline = `"${spec.list.join(',')}"`;
      if (inline.length <= INLINE_LIST_LIMIT && spec.list.every((word) => !/[,"]/.test(word))) {
        formula = inline;
      } else {
        formula = writeList(workbook, nextListColumn++, spec.list);
      }
    } else {
      // Any real date from 1 January 1900 on; a text "date" such as 30/02/2024 then draws the warning.
      formula = new Date(Date.UTC(1900, 0, 1));
    }
    const validation: ExcelJS.DataValidation = spec.list
      ? { type: 'list', allowBlank: true, formulae: [formula] }
      : { type: 'date', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [formula] };
    Object.assign(validation, {
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: VALIDATION_TITLE,
      error: spec.message,
    });
    addWhereFree(worksheet, rect, validation);
  }
}

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

function modelOf(worksheet: ExcelJS.Worksheet): ValidationModel {
  return (worksheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
}

function removeOwnRules(worksheet: ExcelJS.Worksheet): void {
  const model = modelOf(worksheet);
  for (const [address, validation] of Object.entries(model)) {
    if (validation?.errorTitle === VALIDATION_TITLE) delete model[address];
  }
}

/** Adds the rule to every cell of `rect` that has no validation of the user's, as one range where possible. */
function addWhereFree(worksheet: ExcelJS.Worksheet, rect: Rect, validation: ExcelJS.DataValidation): void {
  const model = modelOf(worksheet);
  const taken = new Set<string>();
  for (const [address, existing] of Object.entries(model)) {
    if (!existing) continue;
    const covered = parseA1Range(address);
    if (!covered) continue;
    for (let r = Math.max(covered.top, rect.top); r <= Math.min(covered.bottom, rect.bottom); r++) {
      for (let c = Math.max(covered.left, rect.left); c <= Math.min(covered.right, rect.right); c++) taken.add(`${r},${c}`);
    }
  }
  if (taken.size === 0) {
    model[a1Range(rect)] = validation;
    return;
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (!taken.has(`${r},${c}`)) model[a1Range({ top: r, left: c, bottom: r, right: c })] = validation;
    }
  }
}

/** Writes a long list down a column of the settings sheet and returns the absolute reference Excel needs. */
function writeList(workbook: ExcelJS.Workbook, column: number, words: string[]): string {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET_NAME) ?? workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: 'veryHidden' });
  words.forEach((word, i) => {
    sheet.getCell(LIST_FIRST_ROW + i, column).value = word;
  });
  const letter = a1Range({ top: 0, left: column - 1, bottom: 0, right: column - 1 }).replace(/\d+$/, '');
  return `'${SETTINGS_SHEET_NAME}'!$${letter}$${LIST_FIRST_ROW}:$${letter}$${LIST_FIRST_ROW + words.length - 1}`;
}

/** Empties the lists of the previous refresh (rows from LIST_FIRST_ROW down; the rows above hold the settings). */
function clearLists(sheet: ExcelJS.Worksheet): void {
  for (let r = LIST_FIRST_ROW; r <= sheet.rowCount; r++) {
    sheet.getRow(r).eachCell((cell) => {
      cell.value = null;
    });
  }
}
