/**
 * A sheet's drawing part (`xdr:wsDr`) as its anchors: each `xdr:twoCellAnchor`, `oneCellAnchor` or `absoluteAnchor`
 * (or an `mc:AlternateContent` wrapping one, as Excel writes for objects an older Excel cannot draw) with its
 * offsets, the name of the object it holds, the relationship ids it uses and the shape ids it takes. What a writer
 * needs to tell one object from another and splice some out while the rest keep their bytes.
 */
import { topLevel, type TopLevel } from '../xml/topLevel';
import { Tok, XmlReader } from '../xml/XmlReader';

export interface DrawingAnchor {
  start: number;
  end: number;
  /** The name of the object anchored (the first `cNvPr/@name` in it: a group's own, not its members'); "" if none. */
  name: string;
  /** Relationship ids its elements point through (`r:id` of a chart, `r:embed` of a picture, `r:link`...). */
  relIds: string[];
  /** Shape ids (`cNvPr/@id`) in it, which must stay unique in the drawing. */
  shapeIds: number[];
}

export interface DrawingAnchors {
  top: TopLevel;
  anchors: DrawingAnchor[];
  /** Namespace declarations on the root element, prefix ("" for the default namespace) to URI. */
  rootNamespaces: Map<string, string>;
}

const ANCHORS = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor', 'AlternateContent']);
/** The relationships namespace of attributes such as `r:id`, transitional or strict. */
const RELATIONSHIPS_URI = /\/officeDocument\/(2006\/)?relationships$/;

export function readDrawingAnchors(xml: string): DrawingAnchors {
  const top = topLevel(xml);
  const rootNamespaces = rootDeclarations(xml);
  const anchors = top.children.filter((child) => ANCHORS.has(child.local)).map(({ start, end }) => readAnchor(xml, start, end, rootNamespaces));
  return { top, anchors, rootNamespaces };
}

function readAnchor(xml: string, start: number, end: number, rootNamespaces: ReadonlyMap<string, string>): DrawingAnchor {
  // Prefixes bound to the relationships namespace: the root's, and any declared inside (Excel declares xmlns:r on c:chart).
  const relPrefixes = new Set([...rootNamespaces].filter(([, uri]) => RELATIONSHIPS_URI.test(uri)).map(([prefix]) => prefix));
  let name: string | undefined;
  const relIds: string[] = [];
  const shapeIds: number[] = [];
  const reader = new XmlReader(xml, start);
  while (reader.next() !== Tok.End && reader.start < end) {
    if (reader.kind !== Tok.Open) continue;
    const attributes = reader.attrs();
    for (const [key, value] of attributes) {
      if (key.startsWith('xmlns:') && RELATIONSHIPS_URI.test(value)) relPrefixes.add(key.slice(6));
    }
    for (const [key, value] of attributes) {
      const colon = key.indexOf(':');
      if (colon > 0 && key.slice(0, colon) !== 'xmlns' && relPrefixes.has(key.slice(0, colon)) && !relIds.includes(value)) relIds.push(value);
    }
    if (reader.local === 'cNvPr') {
      name ??= attributes.get('name') ?? '';
      const id = Number(attributes.get('id'));
      if (Number.isInteger(id)) shapeIds.push(id);
    }
  }
  return { start, end, name: name ?? '', relIds, shapeIds };
}

/** The namespace declarations on the root element's start tag. */
function rootDeclarations(xml: string): Map<string, string> {
  const reader = new XmlReader(xml);
  while (reader.next() !== Tok.Open) {
    if (reader.kind === Tok.End) return new Map();
  }
  const found = new Map<string, string>();
  for (const [key, value] of reader.attrs()) {
    if (key === 'xmlns') found.set('', value);
    else if (key.startsWith('xmlns:')) found.set(key.slice(6), value);
  }
  return found;
}
