/**
 * The add-in's conditional formats inside one of the user's worksheet parts: its old ones removed (known by the mark
 * in their formula, or by the exact formulas a legacy record lists), keeping any of the user's rules that share an
 * element with them, and its new ones added after the user's, in the schema's place and below theirs in priority.
 * The Office.js shell's module of the same name does the same through Excel's API.
 */
import { isOwnFormula } from '../../core/footprint';
import { escapeXml } from '../xml/entities';
import { insertionPoint, type Child, type Edit, type TopLevel } from '../xml/topLevel';
import { XmlReader } from '../xml/XmlReader';
import { WORKSHEET_ORDER } from './worksheetOrder';

/** The overdue (red) and due-soon (amber) rules over the actions table, from core's highlightRules. */
export interface ConditionalFormatsToWrite {
  /** A1 without the sheet. */
  range: string;
  /** With or without the leading "=". */
  overdueFormula: string;
  dueSoonFormula: string;
  overdueDxf: number;
  dueSoonDxf: number;
}

/**
 * The edits that take the add-in's old conditional formats out of the part and put `formats` in (none: only take
 * them out). `legacyFormulas` are the exact formulas (without "=") a legacy record says are the add-in's.
 */
export function conditionalFormatEdits(
  xml: string,
  top: TopLevel,
  formats: ConditionalFormatsToWrite | null,
  legacyFormulas: ReadonlySet<string>,
): Edit[] {
  const q = (local: string) => (top.prefix ? `${top.prefix}:${local}` : local);
  const edits: Edit[] = [];
  let lastUserFormat: Child | null = null;
  for (const child of top.children.filter((c) => c.local === 'conditionalFormatting')) {
    const rules = cfRules(xml, child);
    const own = rules.filter((rule) => rule.formulas.some((f) => isOwnFormula(f) || legacyFormulas.has(f.replace(/^=/, ''))));
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
  if (formats) {
    const priority = maxPriority(xml) + 1;
    const formula = (text: string) => `<${q('formula')}>${escapeXml(text.replace(/^=/, ''))}</${q('formula')}>`;
    const element =
      `<${q('conditionalFormatting')} sqref="${escapeXml(formats.range)}">` +
      `<${q('cfRule')} type="expression" dxfId="${formats.overdueDxf}" priority="${priority}" stopIfTrue="1">${formula(formats.overdueFormula)}</${q('cfRule')}>` +
      `<${q('cfRule')} type="expression" dxfId="${formats.dueSoonDxf}" priority="${priority + 1}">${formula(formats.dueSoonFormula)}</${q('cfRule')}>` +
      `</${q('conditionalFormatting')}>`;
    const at = lastUserFormat ? lastUserFormat.end : insertionPoint(top, WORKSHEET_ORDER, 'conditionalFormatting');
    edits.push({ start: at, end: at, text: element });
  }
  return edits;
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
  reader.children(() => {
    if (reader.local !== 'cfRule') {
      reader.skip();
      return;
    }
    const rule: CfRule = { start: reader.start, end: reader.end, formulas: [] };
    rule.end = reader.children(() => {
      if (reader.local === 'formula') rule.formulas.push(reader.textContent());
      else reader.skip();
    });
    rules.push(rule);
  });
  return rules;
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
