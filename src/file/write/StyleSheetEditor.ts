/**
 * Adds the styles the add-in needs to a workbook's styles.xml without disturbing the ones there: new fonts, fills,
 * borders, number formats, cell formats (cellXfs) and the conditional formats' differential formats (dxfs) are
 * appended to their lists, and each list's count updated. Every existing index keeps its meaning, so the user's
 * cells look exactly as before.
 *
 * An element identical to one already in its list is not added again but reused, so refreshing a workbook a
 * hundred times does not grow its styles a hundred times.
 */
import { BUILTIN_FORMATS } from '../ooxml/builtinFormats';
import { escapeXml } from '../xml/entities';
import { Tok, XmlReader } from '../xml/XmlReader';
import { insertionPoint, splice, topLevel, type TopLevel } from '../xml/topLevel';
import { STYLESHEET_ORDER } from './worksheetOrder';

type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';

interface SectionState {
  /** Each existing child element's XML, exactly as written. */
  existing: string[];
  added: string[];
  /** The section element's offsets, or null when the stylesheet has none. */
  at: { start: number; end: number; innerStart: number; innerEnd: number } | null;
}

/** A stylesheet for a package that has none (rare, but valid): Excel's defaults. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StyleSheetEditor {
  private readonly top: TopLevel;
  private readonly sections = new Map<Section, SectionState>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;

  constructor(private readonly xml: string) {
    this.top = topLevel(xml);
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const) this.sections.set(name, this.readSection(name));
    const reader = new XmlReader(this.sectionXml('numFmts'));
    while (reader.next() !== Tok.End) {
      if (reader.kind !== Tok.Open || reader.local !== 'numFmt') continue;
      const id = Number(reader.attr('numFmtId'));
      this.customFormats.set(reader.attr('formatCode') ?? '', id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  /** The id of a number format code: a built-in id where there is one, else a custom format (added if new). */
  numberFormat(code: string): number {
    for (const [id, builtin] of Object.entries(BUILTIN_FORMATS)) if (builtin === code) return Number(id);
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.sections.get('numFmts')!.added.push(`<${this.q('numFmt')} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The workbook's default font (fonts[0]) as XML, for styles that keep its face and change its weight or colour. */
  defaultFont(): string {
    return (
      this.sections.get('fonts')!.existing[0] ??
      `<${this.q('font')}><${this.q('sz')} val="11"/><${this.q('name')} val="Calibri"/></${this.q('font')}>`
    );
  }

  font(xml: string): number {
    return this.add('fonts', xml);
  }

  fill(xml: string): number {
    return this.add('fills', xml);
  }

  border(xml: string): number {
    return this.add('borders', xml);
  }

  /** A cell format (an index into cellXfs: a cell's s attribute). */
  cellFormat(xml: string): number {
    return this.add('cellXfs', xml);
  }

  /** A differential format, for a conditional format's look. */
  differential(xml: string): number {
    return this.add('dxfs', xml);
  }

  /** The XML of an existing cell format, to copy it with a change (a typed date gets a date format). */
  existingCellFormat(index: number): string | undefined {
    return this.sections.get('cellXfs')!.existing[index];
  }

  /** An element name with the stylesheet's prefix. */
  q(local: string): string {
    return this.top.prefix ? `${this.top.prefix}:${local}` : local;
  }

  get changed(): boolean {
    return [...this.sections.values()].some((section) => section.added.length > 0);
  }

  /** The stylesheet with everything added. */
  toXml(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    for (const name of STYLESHEET_ORDER) {
      const section = this.sections.get(name as Section);
      if (!section || section.added.length === 0) continue;
      const count = section.existing.length + section.added.length;
      const children = section.added.join('');
      if (section.at) {
        const inner = this.xml.slice(section.at.innerStart, section.at.innerEnd);
        const open = this.xml.slice(section.at.start, section.at.innerStart);
        const withCount = /\bcount="[^"]*"/.test(open)
          ? open.replace(/\bcount="[^"]*"/, `count="${count}"`)
          : open.replace(/(\/?)>$/, ` count="${count}">`);
        const startTag = withCount.replace(/\s*\/>$/, '>');
        edits.push({ start: section.at.start, end: section.at.end, text: `${startTag}${inner}${children}</${this.q(name)}>` });
      } else {
        edits.push({
          start: insertionPoint(this.top, STYLESHEET_ORDER, name),
          end: insertionPoint(this.top, STYLESHEET_ORDER, name),
          text: `<${this.q(name)} count="${count}">${children}</${this.q(name)}>`,
        });
      }
    }
    return splice(this.xml, edits);
  }

  private add(name: Section, xml: string): number {
    const section = this.sections.get(name)!;
    const existing = section.existing.indexOf(xml);
    if (existing >= 0) return existing;
    const added = section.added.indexOf(xml);
    if (added >= 0) return section.existing.length + added;
    section.added.push(xml);
    return section.existing.length + section.added.length - 1;
  }

  private sectionXml(name: Section): string {
    const at = this.sections.get(name)?.at;
    return at ? this.xml.slice(at.start, at.end) : '';
  }

  private readSection(name: Section): SectionState {
    const child = this.top.children.find((c) => c.local === name);
    if (!child) return { existing: [], added: [], at: null };
    const reader = new XmlReader(this.xml, child.start);
    reader.next();
    const innerStart = reader.end;
    if (reader.selfClosing)
      return { existing: [], added: [], at: { start: child.start, end: child.end, innerStart: child.end, innerEnd: child.end } };
    const existing: string[] = [];
    let innerEnd = innerStart;
    while (reader.next() !== Tok.End) {
      if (reader.kind === Tok.Close) {
        innerEnd = reader.start;
        break;
      }
      if (reader.kind !== Tok.Open) continue;
      const start = reader.start;
      const end = reader.selfClosing ? reader.end : reader.skip();
      existing.push(this.xml.slice(start, end));
    }
    return { existing, added: [], at: { start: child.start, end: child.end, innerStart, innerEnd } };
  }
}
