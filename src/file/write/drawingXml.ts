/**
 * The summary sheet's drawing part (`xl/drawings/drawingN.xml`): one `xdr:twoCellAnchor` per chart, from the
 * top-left corner of the chart's first cell to the top-left corner of the cell after its last, so the chart moves
 * and sizes with the rows and columns under it, as the layout's anchor says. Each frame carries the footprint's name
 * for the chart (its title after the add-in's prefix, by which a refresh in Excel knows the chart as the add-in's)
 * and the chart's figures in words as its alternative text, which Excel's accessibility checker and screen readers
 * read.
 */
import { chartData, describeChart } from '../../core/chartData';
import { chartName } from '../../core/footprint';
import type { LayoutChart, SummaryLayout } from '../../core/types';
import { escapeXml } from '../xml/entities';
import type { DrawingNamespaces } from './drawingNamespaces';

/** English Metric Units in a point. */
const EMU_PER_POINT = 12700;

export interface AnchoredChart {
  chart: LayoutChart;
  /** The drawing's relationship to the chart part. */
  relId: string;
}

export function drawingXml(layout: Pick<SummaryLayout, 'values'>, charts: readonly AnchoredChart[], ns: DrawingNamespaces): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.main}" xmlns:r="${ns.relationships}">${chartAnchors(layout, charts, ns).join('')}</xdr:wsDr>`
  );
}

/** Where the anchors go when they join a drawing that holds the user's own objects (keepUserDrawings.ts). */
export interface AnchorPlace {
  /** The first shape id free in the drawing. */
  firstShapeId: number;
  /** Namespace declarations (` xmlns:xdr="..."`) each anchor needs for prefixes the drawing's root does not bind as ours. */
  declarations: string;
}

/** One `xdr:twoCellAnchor` per chart, in the layout's order. */
export function chartAnchors(
  layout: Pick<SummaryLayout, 'values'>,
  charts: readonly AnchoredChart[],
  ns: DrawingNamespaces,
  // Shape ids start at 2 in every drawing Excel writes (1 is the drawing itself).
  place: AnchorPlace = { firstShapeId: 2, declarations: '' },
): string[] {
  return charts.map(({ chart, relId }, index) => {
    const { anchor } = chart;
    const corner = (tag: string, column: number, row: number) =>
      `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    const description = describeChart(chartData(layout, chart));
    return (
      `<xdr:twoCellAnchor${place.declarations}>` +
      corner('from', anchor.left, anchor.top) +
      corner('to', anchor.right + 1, anchor.bottom + 1) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${place.firstShapeId + index}" name="${escapeXml(chartName(chart.title))}" descr="${escapeXml(description)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(chart.widthPt * EMU_PER_POINT)}" cy="${Math.round(chart.heightPt * EMU_PER_POINT)}"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" r:id="${escapeXml(relId)}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
}
