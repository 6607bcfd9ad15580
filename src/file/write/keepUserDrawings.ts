/**
 * What the summary sheet keeps when a refresh replaces it: the user's own objects on it. The sheet's part is
 * written afresh, but a chart, picture or shape the user put on the summary (in Excel, LibreOffice or any tool)
 * stays in the summary's drawing with every part it reaches (its chart with the chart's style, colours and embedded
 * workbook, its image), byte for byte and under the same names and relationship ids; only the add-in's anchors,
 * known by footprint's chart name (`JAC chart: <title>`, as the Office.js shell knows them), go with the parts only
 * they reach. The user's comments on the summary (their part, threaded comments and the VML that draws them) are
 * kept too, the `<legacyDrawing>` that names the VML written again in the new sheet. Everything else that hung from
 * the old part (a hyperlink's target, printer settings: their elements are gone with the old cells) is removed with
 * what only it reached, so no relationship dangles.
 */
import { isOwnChartName } from '../../core/footprint';
import { dropRelationships } from '../ooxml/dependants';
import { readDrawingAnchors } from '../ooxml/drawingAnchors';
import type { Package } from '../ooxml/Package';
import { isType, readRelationships } from '../ooxml/relationships';
import { escapeXml } from '../xml/entities';
import { splice, topLevel } from '../xml/topLevel';
import { Tok, XmlReader } from '../xml/XmlReader';
import type { AnchorPlace } from './drawingXml';
import type { DrawingNamespaces } from './drawingNamespaces';
import type { WorksheetSections } from './worksheetXml';

/** The summary's drawing, kept because it holds the user's own objects; the add-in's anchors are already out of it. */
export interface KeptDrawing {
  part: string;
  /** The sheet's relationship to it, which the new sheet's `<drawing>` names again. */
  relId: string;
  /** Where the add-in's new anchors go in it. */
  place: AnchorPlace;
}

export interface KeptSummary {
  drawing: KeptDrawing | null;
  /** Elements the new sheet needs for what was kept (`<legacyDrawing>`), in `WORKSHEET_ORDER`'s names. */
  sections: WorksheetSections;
}

/** Relationship types kept from the old summary though no element of the sheet names them: its comments. */
const COMMENT_TYPES = ['/comments', '/threadedComment'];

/**
 * Takes from the summary's part everything the add-in owns or the new sheet cannot carry, and says what was kept.
 * Call before the new sheet XML is written: the returned sections go into it.
 */
export function clearSummary(pkg: Package, sheetPart: string, ns: DrawingNamespaces): KeptSummary {
  if (!pkg.has(sheetPart)) return { drawing: null, sections: {} };
  const relationships = readRelationships(pkg, sheetPart);
  const named = namedRelationships(pkg.text(sheetPart));
  const present = (id: string | undefined) => relationships.find((r) => r.id === id && r.part !== null && pkg.has(r.part));
  const keep = relationships.filter((r) => COMMENT_TYPES.some((type) => isType(r, type))).map((r) => r.id);
  const sections: WorksheetSections = {};

  const legacy = present(named.get('legacyDrawing'));
  if (legacy) {
    keep.push(legacy.id);
    sections.legacyDrawing = `<legacyDrawing r:id="${escapeXml(legacy.id)}"/>`;
  }
  const drawingRel = present(named.get('drawing'));
  const place = drawingRel ? keepUserAnchors(pkg, drawingRel.part!, ns) : null;
  const drawing = drawingRel && place ? { part: drawingRel.part!, relId: drawingRel.id, place } : null;
  if (drawing) keep.push(drawing.relId);

  dropRelationships(
    pkg,
    sheetPart,
    relationships.filter((r) => !keep.includes(r.id)).map((r) => r.id),
  );
  return { drawing, sections };
}

/**
 * Takes the add-in's anchors out of a drawing, with the relationships (and parts) only they use. Null, and nothing
 * changed, when the drawing holds nothing of the user's: the whole drawing then goes, as it always did.
 */
function keepUserAnchors(pkg: Package, drawingPart: string, ns: DrawingNamespaces): AnchorPlace | null {
  const xml = pkg.text(drawingPart);
  const { anchors, rootNamespaces } = readDrawingAnchors(xml);
  const own = anchors.filter((anchor) => isOwnChartName(anchor.name));
  const users = anchors.filter((anchor) => !isOwnChartName(anchor.name));
  if (users.length === 0) return null;
  if (own.length > 0) {
    const usersIds = new Set(users.flatMap((anchor) => anchor.relIds));
    dropRelationships(
      pkg,
      drawingPart,
      own.flatMap((anchor) => anchor.relIds).filter((id) => !usersIds.has(id)),
    );
    pkg.set(
      drawingPart,
      splice(
        xml,
        own.map(({ start, end }) => ({ start, end, text: '' })),
      ),
    );
  }
  const ours: [string, string][] = [
    ['xdr', ns.spreadsheetDrawing],
    ['a', ns.main],
    ['r', ns.relationships],
  ];
  return {
    firstShapeId: Math.max(1, ...users.flatMap((anchor) => anchor.shapeIds)) + 1,
    declarations: ours
      .filter(([prefix, uri]) => rootNamespaces.get(prefix) !== uri)
      .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
      .join(''),
  };
}

/** The relationship id each of the sheet's `<drawing>` and `<legacyDrawing>` names, by element name. */
function namedRelationships(sheetXml: string): Map<string, string> {
  const named = new Map<string, string>();
  for (const child of topLevel(sheetXml).children) {
    if (child.local !== 'drawing' && child.local !== 'legacyDrawing') continue;
    const reader = new XmlReader(sheetXml, child.start);
    if (reader.next() !== Tok.Open) continue;
    const id = [...reader.attrs()].find(([key]) => key.endsWith(':id'))?.[1];
    if (id !== undefined) named.set(child.local, id);
  }
  return named;
}
