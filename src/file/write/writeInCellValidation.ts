/**
 * The add-in's in-cell validation (Excel's data validation) inside one of the user's worksheet parts: its old rules
 * removed (known by their error title), the user's kept, and its new ones added only on cells no rule of the user's
 * covers (including rules kept in the extension list). The Office.js shell's module of the same name does the same
 * through Excel's API.
 */
import { VALIDATION_TITLE } from '../../core/footprint';
import type { Rect } from '../a1Range';
import { a1Range } from '../a1Range';
import { parseRef } from '../ooxml/readSheet';
import { decodeXml, escapeXml } from '../xml/entities';
import { insertionPoint, type Child, type Edit, type TopLevel } from '../xml/topLevel';
import { XmlReader } from '../xml/XmlReader';
import { WORKSHEET_ORDER } from './worksheetOrder';

/** One column's rule, from core's dataValidationRules. */
export interface InCellValidationToWrite {
  /** A1 without the sheet. */
  range: string;
  list: string[] | null;
  message: string;
}

export interface InCellValidationWritten {
  edits: Edit[];
  /** Per rule asked for: the ranges written (empty when the user's own rules cover all of it, or it cannot be written). */
  written: string[][];
  /** Rules not written, with why. */
  skipped: { validation: InCellValidationToWrite; reason: 'user-rules' | 'list-too-long' }[];
}

/** Excel refuses an in-cell list written inline past 255 characters. */
const LIST_LIMIT = 255;

/**
 * The edits that replace the add-in's in-cell validation in the part with `validations`.
 * @param firstDateSerial a date rule's lower bound: serial 1 is 1 January 1900, or 2 January 1904 in the 1904 system
 *   (use 0 there).
 */
export function inCellValidationEdits(
  xml: string,
  top: TopLevel,
  validations: readonly InCellValidationToWrite[],
  firstDateSerial: number,
): InCellValidationWritten {
  const q = (local: string) => (top.prefix ? `${top.prefix}:${local}` : local);
  const edits: Edit[] = [];
  const existing = top.children.find((c) => c.local === 'dataValidations');
  const userRules = existing ? validationElements(xml, existing).filter((v) => v.title !== VALIDATION_TITLE) : [];
  const ownCount = existing ? validationElements(xml, existing).length - userRules.length : 0;
  const taken = [...userRules.flatMap((v) => v.ranges), ...extensionValidationRanges(xml, top.children)];
  const written: string[][] = [];
  const skipped: InCellValidationWritten['skipped'] = [];
  const added: string[] = [];
  for (const validation of validations) {
    const rect = parseRef(validation.range);
    const source = validation.list?.join(',') ?? '';
    if (validation.list && (source.length + 2 > LIST_LIMIT || validation.list.some((word) => /[,"]/.test(word)))) {
      skipped.push({ validation, reason: 'list-too-long' });
      written.push([]);
      continue;
    }
    const free = rect ? freeRanges(rect, taken) : [];
    written.push(free);
    if (free.length === 0) {
      skipped.push({ validation, reason: 'user-rules' });
      continue;
    }
    const kind = validation.list ? `type="list" allowBlank="1"` : `type="date" operator="greaterThanOrEqual" allowBlank="1"`;
    const formula = validation.list ? `"${source}"` : String(firstDateSerial);
    added.push(
      `<${q('dataValidation')} ${kind} errorStyle="warning" showErrorMessage="1" errorTitle="${escapeXml(VALIDATION_TITLE)}" ` +
        `error="${escapeXml(validation.message)}" sqref="${free.join(' ')}"><${q('formula1')}>${escapeXml(formula)}</${q('formula1')}></${q('dataValidation')}>`,
    );
  }
  if (ownCount > 0 || added.length > 0) {
    const rules = [...userRules.map((v) => v.xml), ...added];
    const element = rules.length === 0 ? '' : `<${q('dataValidations')} count="${rules.length}">${rules.join('')}</${q('dataValidations')}>`;
    if (existing) edits.push({ start: existing.start, end: existing.end, text: element });
    else {
      const at = insertionPoint(top, WORKSHEET_ORDER, 'dataValidations');
      edits.push({ start: at, end: at, text: element });
    }
  }
  return { edits, written, skipped };
}

interface ValidationElement {
  xml: string;
  title: string | undefined;
  ranges: Rect[];
}

function validationElements(xml: string, child: Child): ValidationElement[] {
  const reader = new XmlReader(xml, child.start);
  reader.next();
  const found: ValidationElement[] = [];
  reader.children(() => {
    const start = reader.start;
    const title = reader.attr('errorTitle');
    const ranges = sqrefRects(reader.attr('sqref') ?? '');
    found.push({ xml: xml.slice(start, reader.skip()), title, ranges });
  });
  return found;
}

/** Ranges of validation kept in the sheet's extension list (Excel writes lists that point at other sheets there). */
function extensionValidationRanges(xml: string, children: Child[]): Rect[] {
  const ext = children.find((c) => c.local === 'extLst');
  if (!ext) return [];
  const text = xml.slice(ext.start, ext.end);
  const ranges: Rect[] = [];
  for (const match of text.matchAll(/<(?:\w+:)?dataValidation\b[\s\S]*?<(?:\w+:)?sqref>([^<]*)</g)) ranges.push(...sqrefRects(decodeXml(match[1])));
  return ranges;
}

function sqrefRects(sqref: string): Rect[] {
  return sqref.split(/\s+/).flatMap((part) => {
    const rect = part ? parseRef(part) : null;
    return rect ? [rect] : [];
  });
}

/** The parts of `rect` that no rectangle in `taken` covers, as A1 ranges, one column at a time where they differ. */
export function freeRanges(rect: Rect, taken: readonly Rect[]): string[] {
  const overlapping = taken.filter((t) => t.left <= rect.right && t.right >= rect.left && t.top <= rect.bottom && t.bottom >= rect.top);
  if (overlapping.length === 0) return [a1Range(rect)];
  const ranges: string[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const blocked = overlapping.filter((t) => t.left <= c && t.right >= c).sort((a, b) => a.top - b.top);
    let row = rect.top;
    for (const block of blocked) {
      if (block.top > row) ranges.push(a1Range({ top: row, left: c, bottom: Math.min(rect.bottom, block.top - 1), right: c }));
      row = Math.max(row, block.bottom + 1);
      if (row > rect.bottom) break;
    }
    if (row <= rect.bottom) ranges.push(a1Range({ top: row, left: c, bottom: rect.bottom, right: c }));
  }
  return ranges;
}
