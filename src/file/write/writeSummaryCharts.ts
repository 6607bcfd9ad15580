/**
 * The summary's charts as parts of the package: one chart part per chart (`xl/charts/chartN.xml`), a drawing part
 * holding them (`xl/drawings/drawingN.xml`), their relationships (sheet to drawing, drawing to each chart) and
 * content types. Part names are the first free ones, so the user's own drawings and charts keep theirs; the old
 * summary's drawing and charts were taken away with the sheet's relationships (sheetList.ts clearSheet).
 */
import type { LayoutChart, SummaryLayout } from '../../core/types';
import { CONTENT_TYPE, setOverride } from '../ooxml/contentTypes';
import type { Package } from '../ooxml/Package';
import { freePartName, relativeTarget } from '../ooxml/partNames';
import { addRelationship } from '../ooxml/relationships';
import { chartXml } from './chartXml';
import type { DrawingNamespaces } from './drawingNamespaces';
import { drawingXml } from './drawingXml';
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
 * Adds the charts' parts, related from `sheetPart` (whose relationships must be fresh: a new sheet, or one just
 * cleared), and returns the `<drawing>` section for the sheet; nothing when there are no charts.
 */
export function addCharts(pkg: Package, sheetPart: string, layout: SummaryLayout, charts: readonly BuiltChart[], ns: DrawingNamespaces): WorksheetSections {
  if (charts.length === 0) return {};
  const drawingPart = freePartName(pkg, 'xl/drawings/drawing', '.xml');
  const anchored = charts.map(({ chart, xml }) => {
    const part = freePartName(pkg, 'xl/charts/chart', '.xml');
    pkg.set(part, xml);
    setOverride(pkg, part, CONTENT_TYPE.chart);
    return { chart, relId: addRelationship(pkg, drawingPart, `${ns.relationships}/chart`, relativeTarget(drawingPart, part)) };
  });
  pkg.set(drawingPart, drawingXml(layout, anchored, ns));
  setOverride(pkg, drawingPart, CONTENT_TYPE.drawing);
  const relId = addRelationship(pkg, sheetPart, `${ns.relationships}/drawing`, relativeTarget(sheetPart, drawingPart));
  return { drawing: `<drawing r:id="${relId}"/>` };
}
