/**
 * One worksheet part read into what every reader of this shell needs: the cells' values exactly as Office.js's
 * Range.values gives them, each cell's style index, and the sheet-level facts around them (merged areas, column
 * widths, conditional formats, protection, table parts, formulas an edit must not break).
 *
 * Values, as Office.js returns them:
 * - shared and inline strings (rich text as its plain text), formula results as their cached value;
 * - numbers as numbers, dates as serials in the 1900 date system: a 1904-system workbook's date cells are moved
 *   by the 1,462 days between the systems, and "d"-typed cells (ISO dates, as some writers store them) converted;
 * - booleans as true/false, errors as their text ("#N/A");
 * - a formula with no cached result (never calculated, as openpyxl and other writers leave them) as "", listed
 *   in `uncalculated`.
 */
import { looksLikeDateFormat } from '../../core/numberFormats';
import { DAYS_1904, isoDateToSerial } from '../../core/serials';
import type { CellValue } from '../../core/types';
import type { Rect } from '../a1Range';
import { Tok, XmlReader } from '../xml/XmlReader';
import { columnOfRef, rowOfRef } from './cellRef';
import { readRichText } from './sharedStrings';
import type { StyleTable } from './styles';

/** The cells of one row that hold a value or a style, indexed by 0-based column (holes where there is neither). */
export interface SheetRow {
  values: CellValue[];
  styles: number[];
}

export interface ColumnSpec {
  /** 0-based, inclusive. */
  first: number;
  last: number;
  /** In characters, as Excel stores it; undefined for the default width. */
  width?: number;
  hidden: boolean;
}

export interface ConditionalFormat {
  /** The sqref: one or more ranges separated by spaces. */
  sqref: string;
  rules: { type: string; formulas: string[]; dxfId: number | null; priority: number }[];
}

export interface SheetContent {
  /** rows[r] for 0-based sheet row r. */
  rows: (SheetRow | undefined)[];
  /** 0-based [row, column] of cells holding a formula with no cached result. */
  uncalculated: Array<[number, number]>;
  merges: Rect[];
  columns: ColumnSpec[];
  conditionalFormats: ConditionalFormat[];
  /** The sheet is protected: Excel refuses to change its cells. */
  protected: boolean;
  /** Relationship ids of the sheet's tables. */
  tableRelIds: string[];
  /**
   * Ranges an edit must leave alone: a shared formula's defining cell (the cells below it take their formula from
   * it) and array formulas, which Excel only lets people change whole.
   */
  formulaGuards: Rect[];
}

export interface ReadSheetContext {
  sharedStrings: () => readonly string[];
  styles: StyleTable;
  date1904: boolean;
}

const CELL_ATTRIBUTES = ['r', 's', 't'] as const;

export function readSheet(xml: string, context: ReadSheetContext): SheetContent {
  const content: SheetContent = {
    rows: [],
    uncalculated: [],
    merges: [],
    columns: [],
    conditionalFormats: [],
    protected: false,
    tableRelIds: [],
    formulaGuards: [],
  };
  const reader = new XmlReader(xml);
  const isDateStyle = dateStyleTest(context.styles);
  let strings: readonly string[] | null = null;
  let row = -1;
  let column = -1;
  let current: SheetRow | undefined;
  let inSheetData = false;
  const attributes: (string | undefined)[] = [undefined, undefined, undefined];
  while (reader.next() !== Tok.End) {
    if (reader.kind === Tok.Close) {
      if (inSheetData && reader.name.endsWith('sheetData')) inSheetData = false;
      continue;
    }
    if (reader.kind !== Tok.Open) continue;
    const local = reader.local;
    if (inSheetData) {
      if (local === 'row') {
        const r = reader.attr('r');
        row = r === undefined ? row + 1 : Number(r) - 1;
        column = -1;
        current = undefined;
        continue;
      }
      if (local !== 'c') continue;
      reader.attrsInto(CELL_ATTRIBUTES, attributes);
      const [ref, styleText, type] = attributes;
      column = ref === undefined ? column + 1 : columnOfRef(ref);
      if (ref !== undefined && row < 0) row = rowOfRef(ref);
      const style = styleText === undefined ? 0 : Number(styleText);
      let value: CellValue = '';
      if (!reader.selfClosing) {
        let raw: string | null = null;
        let formula = false;
        let inline: string | null = null;
        for (;;) {
          const kind = reader.next();
          if (kind === Tok.Close) break;
          if (kind === Tok.End) break;
          if (kind !== Tok.Open) continue;
          const child = reader.local;
          if (child === 'v') raw = reader.textContent();
          else if (child === 'is') inline = readRichText(reader);
          else {
            if (child === 'f') {
              formula = true;
              const kindOfFormula = reader.attr('t');
              const range = reader.attr('ref');
              if (range && (kindOfFormula === 'shared' || kindOfFormula === 'array')) {
                const guard = parseRef(range);
                if (guard) content.formulaGuards.push(kindOfFormula === 'shared' ? { top: row, left: column, bottom: row, right: column } : guard);
              }
            }
            reader.skip();
          }
        }
        if (inline !== null) {
          value = inline;
        } else if (raw !== null && (raw !== '' || type === 'str')) {
          switch (type) {
            case 's':
              strings ??= context.sharedStrings();
              value = strings[Number(raw)] ?? '';
              break;
            case 'str':
            case 'e':
              value = raw;
              break;
            case 'b':
              value = raw === '1' || raw === 'true';
              break;
            case 'd':
              value = isoToSerial(raw);
              break;
            default: {
              const n = Number(raw);
              value = raw.trim() === '' || !Number.isFinite(n) ? '' : context.date1904 && isDateStyle(style) ? n + DAYS_1904 : n;
            }
          }
        } else if (formula) {
          content.uncalculated.push([row, column]);
        }
      }
      if (value === '' && style === 0) continue;
      if (!current) {
        current = content.rows[row];
        if (!current) current = content.rows[row] = { values: [], styles: [] };
      }
      current.values[column] = value;
      current.styles[column] = style;
      continue;
    }
    switch (local) {
      case 'sheetData':
        if (!reader.selfClosing) inSheetData = true;
        break;
      case 'col': {
        const width = reader.attr('width');
        const customWidth = reader.attr('customWidth');
        content.columns.push({
          first: Number(reader.attr('min') ?? 1) - 1,
          last: Number(reader.attr('max') ?? reader.attr('min') ?? 1) - 1,
          width: width !== undefined && customWidth !== '0' ? Number(width) : undefined,
          hidden: reader.attr('hidden') === '1' || reader.attr('hidden') === 'true',
        });
        break;
      }
      case 'mergeCell': {
        const rect = parseRef(reader.attr('ref') ?? '');
        if (rect) content.merges.push(rect);
        break;
      }
      case 'conditionalFormatting':
        content.conditionalFormats.push(readConditionalFormat(reader));
        break;
      case 'sheetProtection': {
        const sheet = reader.attr('sheet');
        content.protected = sheet === '1' || sheet === 'true';
        break;
      }
      case 'tablePart': {
        for (const [key, value] of reader.attrs()) if (key.endsWith(':id') || key === 'id') content.tableRelIds.push(value);
        break;
      }
      case 'extLst':
        reader.skip();
        break;
    }
  }
  return content;
}

function readConditionalFormat(reader: XmlReader): ConditionalFormat {
  const format: ConditionalFormat = { sqref: reader.attr('sqref') ?? '', rules: [] };
  if (reader.selfClosing) return format;
  let depth = 1;
  let rule: ConditionalFormat['rules'][number] | null = null;
  while (depth > 0 && reader.next() !== Tok.End) {
    if (reader.kind === Tok.Open) {
      if (reader.local === 'cfRule') {
        const dxf = reader.attr('dxfId');
        rule = {
          type: reader.attr('type') ?? '',
          formulas: [],
          dxfId: dxf === undefined ? null : Number(dxf),
          priority: Number(reader.attr('priority') ?? 0),
        };
        format.rules.push(rule);
      } else if (reader.local === 'formula' && rule) {
        rule.formulas.push(reader.textContent());
        continue;
      }
      if (!reader.selfClosing) depth++;
    } else if (reader.kind === Tok.Close) depth--;
  }
  return format;
}

/** "B3:E20", "$B$3:$E$20" or "B3" as a 0-based rectangle. */
export function parseRef(ref: string): Rect | null {
  const [first, second = first] = ref.replace(/\$/g, '').split(':');
  const top = rowOfRef(first);
  const left = columnOfRef(first);
  const bottom = rowOfRef(second);
  const right = columnOfRef(second);
  if (top < 0 || left < 0 || bottom < 0 || right < 0) return null;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

function dateStyleTest(styles: StyleTable): (style: number) => boolean {
  const known = new Map<number, boolean>();
  return (style) => {
    let date = known.get(style);
    if (date === undefined) {
      date = looksLikeDateFormat(styles.numberFormat(style));
      known.set(style, date);
    }
    return date;
  };
}

/** "2024-10-30" or "2024-10-30T12:00:00" as a 1900-system serial; text that is not such a date stays text. */
function isoToSerial(raw: string): CellValue {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(raw);
  if (!match) return raw;
  try {
    const day = isoDateToSerial(match[1]);
    const seconds = Number(match[2] ?? 0) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
    return day + seconds / 86400;
  } catch {
    return raw;
  }
}
