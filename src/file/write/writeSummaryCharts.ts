/**
 * The summary's charts as parts of the package: one chart part per chart (`xl/charts/chartN.xml`), a drawing part
 * holding them (`xl/drawings/drawingN.xml`), their relationships (sheet to drawing, drawing to each chart) and
 * content types. Part names are the first free ones, so the user's own drawings and charts keep theirs; the old
 * summary's charts were taken away before (keepUserDrawings.ts clearSummary), and when the user put objects of
 * their own on the summary the charts join the drawing holding them rather than starting a second one (a sheet
 * has one drawing at most).
 */
import type { LayoutChart, SummaryLayout } from '../../core/types';
import { CONTENT_TYPE, setOverride } from '../ooxml/contentTypes';
import type { Package } from '../ooxml/Package';
import { freePartName, relativeTarget } from '../ooxml/partNames';
import { addRelationship } from '../ooxml/relationships';
import { escapeXml } from '../xml/entities';
import { topLevel } from '../xml/topLevel';
import { chartXml } from './chartXml';
import type { DrawingNamespaces } from './drawingNamespaces';
import { chartAnchors, drawingXml } from './drawingXml';
import type { KeptDrawing } from './keepUserDrawings';
import type { WorksheetSections } from './worksheetXml';

/** A chart part's XML, built before anything in the package changes. */
export interface BuiltChart {
  chart: LayoutChart;
  xml: string;
}

export function buildCharts(layout: SummaryLayout, ns: DrawingNamespaces): BuiltChart[] {
  return (layout.charts ?? []).map((chart) => ({ chart, xml: chartXml(layout, chart, ns) }));
}

/**
 * Adds the charts' parts, related from `sheetPart` (just cleared by `clearSummary`, or a new sheet), and returns the
 * `<drawing>` section for the sheet. With `kept`, the drawing that holds the user's own objects, the charts' anchors
 * join it after the user's; without, a new drawing holds them. Nothing when there is neither.
 */
export function addCharts(
  pkg: Package,
  sheetPart: string,
  layout: SummaryLayout,
  charts: readonly BuiltChart[],
  ns: DrawingNamespaces,
  kept: KeptDrawing | null = null,
): WorksheetSections {
  if (charts.length === 0) return kept ? { drawing: drawingElement(kept.relId) } : {};
  const drawingPart = kept?.part ?? freePartName(pkg, 'xl/drawings/drawing', '.xml');
  const anchored = charts.map(({ chart, xml }) => {
    const part = freePartName(pkg, 'xl/charts/chart', '.xml');
    pkg.set(part, xml);
    setOverride(pkg, part, CONTENT_TYPE.chart);
    return { chart, relId: addRelationship(pkg, drawingPart, `${ns.relationships}/chart`, relativeTarget(drawingPart, part)) };
  });
  if (kept) {
    const xml = pkg.text(drawingPart);
    const at = topLevel(xml).rootCloseStart;
    pkg.set(drawingPart, xml.slice(0, at) + chartAnchors(layout, anchored, ns, kept.place).join('') + xml.slice(at));
    return { drawing: drawingElement(kept.relId) };
  }
  pkg.set(drawingPart, drawingXml(layout, anchored, ns));
  setOverride(pkg, drawingPart, CONTENT_TYPE.drawing);
  return { drawing: drawingElement(addRelationship(pkg, sheetPart, `${ns.relationships}/drawing`, relativeTarget(sheetPart, drawingPart))) };
}

function drawingElement(relId: string): string {
  return `<drawing r:id="${escapeXml(relId)}"/>`;
}
