/**
 * [Content_Types].xml: the media type of each part, by an Override for the part or a Default for its extension.
 */
import { escapeXml } from '../xml/entities';
import { Tok, XmlReader } from '../xml/XmlReader';
import type { Package } from './Package';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

interface Entry {
  /** Lower-case extension for a Default, part name (no leading "/") for an Override. */
  key: string;
  type: string;
  start: number;
  end: number;
}

function read(pkg: Package): { defaults: Entry[]; overrides: Entry[] } {
  const name = pkg.find(CONTENT_TYPES_PART);
  const defaults: Entry[] = [];
  const overrides: Entry[] = [];
  if (!name) return { defaults, overrides };
  const reader = new XmlReader(pkg.text(name));
  while (reader.next() !== Tok.End) {
    if (reader.kind !== Tok.Open) continue;
    if (reader.local === 'Default') {
      const entry = { key: (reader.attr('Extension') ?? '').toLowerCase(), type: reader.attr('ContentType') ?? '', start: reader.start, end: 0 };
      entry.end = reader.selfClosing ? reader.end : reader.skip();
      defaults.push(entry);
    } else if (reader.local === 'Override') {
      const part = (reader.attr('PartName') ?? '').replace(/^\//, '');
      const entry = { key: part.toLowerCase(), type: reader.attr('ContentType') ?? '', start: reader.start, end: 0 };
      entry.end = reader.selfClosing ? reader.end : reader.skip();
      overrides.push(entry);
    }
  }
  return { defaults, overrides };
}

/** The media type of a part, or "" when the package does not say. */
export function contentTypeOf(pkg: Package, part: string): string {
  const { defaults, overrides } = read(pkg);
  const override = overrides.find((o) => o.key === part.toLowerCase());
  if (override) return override.type;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return defaults.find((d) => d.key === extension)?.type ?? '';
}

/** Sets an Override for the part (replacing one there is), leaving every other entry as written. */
export function setOverride(pkg: Package, part: string, type: string): void {
  removeOverrides(pkg, [part]);
  const name = pkg.find(CONTENT_TYPES_PART) ?? CONTENT_TYPES_PART;
  const text = pkg.text(name);
  const close = text.lastIndexOf('</');
  pkg.set(name, `${text.slice(0, close)}<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>${text.slice(close)}`);
}

export function removeOverrides(pkg: Package, parts: readonly string[]): void {
  const name = pkg.find(CONTENT_TYPES_PART);
  if (!name) return;
  const keys = new Set(parts.map((part) => part.toLowerCase()));
  const doomed = read(pkg)
    .overrides.filter((o) => keys.has(o.key))
    .sort((a, b) => b.start - a.start);
  if (doomed.length === 0) return;
  let text = pkg.text(name);
  for (const o of doomed) text = text.slice(0, o.start) + text.slice(o.end);
  pkg.set(name, text);
}
