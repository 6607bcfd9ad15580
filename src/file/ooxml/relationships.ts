/**
 * A part's relationships (its .rels part): what each id points at. Types are matched by their last segment
 * ("/worksheet"), so the transitional namespace Excel writes and the strict one (ISO/IEC 29500 strict, which
 * Excel can also save) read alike.
 */
import { escapeXml } from '../xml/entities';
import { Tok, XmlReader } from '../xml/XmlReader';
import type { Package } from './Package';
import { relsPartOf, resolveTarget } from './partNames';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part it points at (zip entry name), or null for an external target (a hyperlink, a linked file). */
  part: string | null;
  /** Offsets of the Relationship element in its rels part, for removing it. */
  start: number;
  end: number;
}

/** Relationship type URIs end with these. */
export const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  chartsheet: '/chartsheet',
  dialogsheet: '/dialogsheet',
  macrosheet: '/xlMacrosheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
  table: '/table',
} as const;

export function isType(relationship: Relationship, suffix: string): boolean {
  return relationship.type.endsWith(suffix);
}

/** The relationships of `part` ("" for the package's root relationships); none when it has no rels part. */
export function readRelationships(pkg: Package, part: string): Relationship[] {
  const relsName = pkg.find(relsPartOf(part));
  if (!relsName) return [];
  const reader = new XmlReader(pkg.text(relsName));
  const found: Relationship[] = [];
  while (reader.next() !== Tok.End) {
    if (reader.kind !== Tok.Open || reader.local !== 'Relationship') continue;
    const id = reader.attr('Id') ?? '';
    const type = reader.attr('Type') ?? '';
    const target = reader.attr('Target') ?? '';
    const external = reader.attr('TargetMode') === 'External';
    const start = reader.start;
    const end = reader.selfClosing ? reader.end : reader.skip();
    found.push({ id, type, target, part: external ? null : (pkg.find(resolveTarget(part, target)) ?? resolveTarget(part, target)), start, end });
  }
  return found;
}

/** An id not used in `existing`: "rId" and the next free number. */
export function freeRelationshipId(existing: readonly Relationship[]): string {
  const used = new Set(existing.map((r) => r.id));
  for (let n = existing.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/**
 * Adds a relationship to `part`'s rels part (making the part when there is none) and returns its id. The rels
 * part's other relationships are kept as they are written.
 */
export function addRelationship(pkg: Package, part: string, type: string, target: string): string {
  const relsName = pkg.find(relsPartOf(part)) ?? relsPartOf(part);
  const id = freeRelationshipId(readRelationships(pkg, part));
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  if (!pkg.has(relsName)) {
    pkg.set(
      relsName,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`,
    );
    return id;
  }
  const text = pkg.text(relsName);
  const close = text.lastIndexOf('</');
  const selfClosed = /<(\w+:)?Relationships\b[^>]*\/>\s*$/.exec(text);
  if (selfClosed) {
    const open = selfClosed[0].replace(/\/>\s*$/, '>');
    pkg.set(relsName, `${text.slice(0, selfClosed.index)}${open}${element}</${selfClosed[1] ?? ''}Relationships>`);
  } else {
    pkg.set(relsName, text.slice(0, close) + element + text.slice(close));
  }
  return id;
}

/** Removes the relationships with these ids from `part`'s rels part. */
export function removeRelationships(pkg: Package, part: string, ids: readonly string[]): void {
  const relsName = pkg.find(relsPartOf(part));
  if (!relsName || ids.length === 0) return;
  let text = pkg.text(relsName);
  const doomed = readRelationships(pkg, part)
    .filter((r) => ids.includes(r.id))
    .sort((a, b) => b.start - a.start);
  for (const r of doomed) text = text.slice(0, r.start) + text.slice(r.end);
  pkg.set(relsName, text);
}
