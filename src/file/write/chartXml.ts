/**
 * One of the summary's charts as a DrawingML chart part (`xl/charts/chartN.xml`): a column chart (`c:barChart`
 * with `c:barDir val="col"`), stacked or clustered as the layout says, whose series read the summary sheet's cells
 * through formulas, so the chart stays live in Excel. Each reference carries the values it points at as a cache,
 * so a reader that does not recalculate (LibreOffice converting to PDF, a viewer, a phone) still draws the bars.
 *
 * Elements are written in the schema's order (ECMA-376 Part 1, dml-chart.xsd: CT_ChartSpace, CT_Chart,
 * CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx, CT_Legend), and every setting whose default Excel and LibreOffice
 * read differently (varyColors, roundedCorners, invertIfNegative, delete, overlay) is written out.
 */
import { chartData, columnTotals, tickStep, type ChartData } from '../../core/chartData';
import { rangeReference } from '../../core/rangeReference';
import type { LayoutChart, SummaryLayout } from '../../core/types';
import { escapeXml } from '../xml/entities';
import type { DrawingNamespaces } from './drawingNamespaces';

/** The two axes' ids: any numbers, unique within the chart. */
const CATEGORY_AXIS = 111111111;
const VALUE_AXIS = 222222222;
/** Space between columns, as a share of a column's width: the preview's bars take 60% of their slot. */
const GAP_WIDTH = 67;
/** Text sizes in hundredths of a point. */
const TITLE_SIZE = 1200;
const TEXT_SIZE = 900;
/** Gridlines and the axis line: light grey, 0.75 pt (in EMU). */
const LINE = '<a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln>';
const TEXT_COLOUR = '<a:solidFill><a:srgbClr val="404040"/></a:solidFill>';

/** The chart part's XML for one of the layout's charts. */
export function chartXml(layout: Pick<SummaryLayout, 'sheetName' | 'values'>, chart: LayoutChart, ns: DrawingNamespaces): string {
  const data = chartData(layout, chart);
  const series = chart.series.map((described, index) => seriesXml(layout.sheetName, chart, data, index, described.colour));
  const stacked = chart.type === 'column-stacked';
  const largest = Math.max(1, ...columnTotals(data));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.main}" xmlns:r="${ns.relationships}">` +
    '<c:lang val="en-GB"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    titleXml(data.title) +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/>' +
    `<c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series.join('') +
    `<c:gapWidth val="${GAP_WIDTH}"/>` +
    (stacked ? '<c:overlap val="100"/>' : '') +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>` +
    '</c:barChart>' +
    categoryAxisXml() +
    valueAxisXml(chart.valueFormat, tickStep(largest)) +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(TEXT_SIZE)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

function titleXml(title: string): string {
  const run = `<a:rPr lang="en-GB" sz="${TITLE_SIZE}" b="1">${TEXT_COLOUR}</a:rPr>`;
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr><a:r>${run}<a:t>${escapeXml(title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

/** One series: its name linked to its header cell, its fill, the categories and its values, each with a cache. */
function seriesXml(sheet: string, chart: LayoutChart, data: ChartData, index: number, colour: string): string {
  const described = chart.series[index];
  const name = rangeReference(sheet, {
    top: described.nameCell.row,
    left: described.nameCell.column,
    bottom: described.nameCell.row,
    right: described.nameCell.column,
  });
  const values = data.series[index].values;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(name)}</c:f>${stringCache([data.series[index].name])}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${escapeXml(colour)}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:cat><c:strRef><c:f>${escapeXml(rangeReference(sheet, chart.categories))}</c:f>${stringCache(data.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeReference(sheet, described.values))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(chart.valueFormat)}</c:formatCode><c:ptCount val="${values.length}"/>` +
    values.map((value, i) => `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`).join('') +
    '</c:numCache></c:numRef></c:val>' +
    '</c:ser>'
  );
}

function stringCache(texts: readonly string[]): string {
  const points = texts.map((text, i) => `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function categoryAxisXml(): string {
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:spPr>${LINE}</c:spPr>${textProperties(TEXT_SIZE)}` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    '<c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

/** Whole counts from zero, in steps of `step`, so a column of 3 is never labelled 0.5, 1.5. */
function valueAxisXml(format: string, step: number): string {
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines><c:spPr>${LINE}</c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(TEXT_SIZE)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>` +
    `<c:majorUnit val="${step}"/></c:valAx>`
  );
}

function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${TEXT_COLOUR}</a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
}
