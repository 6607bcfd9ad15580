/**
 * The add-in's conditional formats and data validation inside one of the user's worksheet parts: its own old ones
 * removed (conditional formats known by the mark in their formula, or by the exact formulas a legacy record lists;
 * validation known by its error title), its new ones added in the schema's place. The user's own formats and
 * validation, and every other byte of the part, stay as they were.
 */
import { isOwnFormula, VALIDATION_TITLE } from '../../core/footprint';
import type { Rect } from '../a1Range';
import { a1Range } from '../a1Range';
import { parseRef } from '../ooxml/readSheet';
import { decodeXml, escapeXml } from '../xml/entities';
import { insertionPoint, splice, topLevel, type Child } from '../xml/topLevel';
import { Tok, XmlReader } from '../xml/XmlReader';
import { WORKSHEET_ORDER } from './worksheetOrder';

export interface HighlightToWrite {
  /** A1 without the sheet. */
  range: string;
  /** With or without the leading "=". */
  overdueFormula: string;
  dueSoonFormula: string;
  overdueDxf: number;
  dueSoonDxf: number;
}

export interface ValidationToWrite {
  /** A1 without the sheet. */
  range: string;
  list: string[] | null;
  message: string;
}

export interface OwnRulesInput {
  highlight: HighlightToWrite | null;
  validations: ValidationToWrite[];
  /** Exact formulas (without "=") of conditional formats a legacy record says are the add-in's. */
  legacyFormulas: ReadonlySet<string>;
  /** A date rule's lower bound: serial 1 is 1 January 1900, or 2 January 1904 in the 1904 system (use 0 there). */
  firstDateSerial: number;
}

export interface OwnRulesResult {
  xml: string;
  changed: boolean;
  /** Per validation asked for: the ranges written (empty when the user's own rules cover all of it, or it cannot be written). */
  written: string[][];
  /** Validations not written, with why. */
  skipped: { validation: ValidationToWrite; reason: 'user-rules' | 'list-too-long' }[];
}

/** Excel refuses an in-cell list written inline past 255 characters. */
const LIST_LIMIT = 255;

export function rewriteOwnRules(xml: string, input: OwnRulesInput): OwnRulesResult {
  const top = topLevel(xml);
  const q = (local: string) => (top.prefix ? `${top.prefix}:${local}` : local);
  const edits: { start: number; end: number; text: string }[] = [];

  // Conditional formats: drop the add-in's rules, keeping any of the user's in the same element.
  let lastUserFormat: Child | null = null;
  for (const child of top.children.filter((c) => c.local === 'conditionalFormatting')) {
    const rules = cfRules(xml, child);
    const own = rules.filter((rule) => rule.formulas.some((f) => isOwnFormula(f) || input.legacyFormulas.has(f.replace(/^=/, ''))));
    if (own.length === 0) {
      lastUserFormat = child;
      continue;
    }
    if (own.length === rules.length) edits.push({ start: child.start, end: child.end, text: '' });
    else {
      for (const rule of own) edits.push({ start: rule.start, end: rule.end, text: '' });
      lastUserFormat = child;
    }
  }
  if (input.highlight) {
    const h = input.highlight;
    const priority = maxPriority(xml) + 1;
    const formula = (text: string) => `<${q('formula')}>${escapeXml(text.replace(/^=/, ''))}</${q('formula')}>`;
    const element =
      `<${q('conditionalFormatting')} sqref="${escapeXml(h.range)}">` +
      `<${q('cfRule')} type="expression" dxfId="${h.overdueDxf}" priority="${priority}" stopIfTrue="1">${formula(h.overdueFormula)}</${q('cfRule')}>` +
      `<${q('cfRule')} type="expression" dxfId="${h.dueSoonDxf}" priority="${priority + 1}">${formula(h.dueSoonFormula)}</${q('cfRule')}>` +
      `</${q('conditionalFormatting')}>`;
    const at = lastUserFormat ? lastUserFormat.end : insertionPoint(top, WORKSHEET_ORDER, 'conditionalFormatting');
    edits.push({ start: at, end: at, text: element });
  }

  // Data validation: keep the user's rules, drop the add-in's, add the new ones where no user rule is.
  const existing = top.children.find((c) => c.local === 'dataValidations');
  const userRules = existing ? validationElements(xml, existing).filter((v) => v.title !== VALIDATION_TITLE) : [];
  const ownCount = existing ? validationElements(xml, existing).length - userRules.length : 0;
  const taken = [...userRules.flatMap((v) => v.ranges), ...extensionValidationRanges(xml, top.children)];
  const written: string[][] = [];
  const skipped: OwnRulesResult['skipped'] = [];
  const added: string[] = [];
  for (const validation of input.validations) {
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
    const kind = validation.list
      ? `type="list" allowBlank="1"`
      : `type="date" operator="greaterThanOrEqual" allowBlank="1"`;
    const formula = validation.list ? `"${source}"` : String(input.firstDateSerial);
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
  return { xml: edits.length > 0 ? splice(xml, edits) : xml, changed: edits.length > 0, written, skipped };
}

interface CfRule {
  start: number;
  end: number;
  formulas: string[];
}

function cfRules(xml: string, child: Child): CfRule[] {
  const reader = new XmlReader(xml, child.start);
  reader.next();
  const rules: CfRule[] = [];
  if (reader.selfClosing) return rules;
  for (;;) {
    const kind = reader.next();
    if (kind === Tok.Close || kind === Tok.End) break;
    if (kind !== Tok.Open) continue;
    if (reader.local !== 'cfRule') {
      reader.skip();
      continue;
    }
    const rule: CfRule = { start: reader.start, end: reader.end, formulas: [] };
    if (!reader.selfClosing) {
      for (;;) {
        const inner = reader.next();
        if (inner === Tok.Close || inner === Tok.End) break;
        if (inner !== Tok.Open) continue;
        const name: string = reader.local;
        if (name === 'formula') rule.formulas.push(reader.textContent());
        else reader.skip();
      }
      rule.end = reader.end;
    }
    rules.push(rule);
  }
  return rules;
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
  if (reader.selfClosing) return found;
  for (;;) {
    const kind = reader.next();
    if (kind === Tok.Close || kind === Tok.End) break;
    if (kind !== Tok.Open) continue;
    const start = reader.start;
    const title = reader.attr('errorTitle');
    const ranges = sqrefRects(reader.attr('sqref') ?? '');
    const end = reader.selfClosing ? reader.end : reader.skip();
    found.push({ xml: xml.slice(start, end), title, ranges });
  }
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

/** The largest conditional-format priority on the sheet, including those kept in its extension list. */
function maxPriority(xml: string): number {
  let max = 0;
  let at = xml.indexOf('priority="');
  while (at >= 0) {
    const value = Number.parseInt(xml.slice(at + 10, at + 20), 10);
    if (value > max) max = value;
    at = xml.indexOf('priority="', at + 10);
  }
  return max;
}
