/**
 * The chart and drawing parts the file shell writes for the summary's charts, checked element by element against
 * the DrawingML chart schema's order and the cells the layout says each series reads.
 */
import { layoutSummary } from '../../core/layoutSummary';
import type { LayoutChart, SummaryLayout } from '../../core/types';
import { chartXml } from './chartXml';
import { drawingNamespaces } from './drawingNamespaces';
import { drawingXml } from './drawingXml';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { childNames, find, findAll, parseXml, type XmlElement } from '@test/file/xmlTree';

const TRANSITIONAL = drawingNamespaces('http://schemas.openxmlformats.org/spreadsheetml/2006/main');
const layout = layoutSummary(seedSummaryWithOverdue());
const [planChart, openChart] = layout.charts!;

const text = (element: XmlElement, name: string) => find(element, name).text;
const points = (cache: XmlElement) => findAll(cache, 'c:pt').map((pt) => [pt.attributes.idx, text(pt, 'c:v')]);

describe('a stacked chart part (open actions by risk and due date)', () => {
  const chart = parseXml(chartXml(layout, openChart, TRANSITIONAL));

  it('is a DrawingML chart space whose elements come in the schema’s order', () => {
    expect([chart.name, chart.uri]).toEqual(['c:chartSpace', 'http://schemas.openxmlformats.org/drawingml/2006/chart']);
    expect(childNames(chart)).toEqual(['c:lang', 'c:roundedCorners', 'c:chart', 'c:spPr']);
    expect(childNames(find(chart, 'c:chart'))).toEqual([
      'c:title',
      'c:autoTitleDeleted',
      'c:plotArea',
      'c:legend',
      'c:plotVisOnly',
      'c:dispBlanksAs',
    ]);
    expect(childNames(find(chart, 'c:plotArea'))).toEqual(['c:layout', 'c:barChart', 'c:catAx', 'c:valAx', 'c:spPr']);
    expect(childNames(find(chart, 'c:barChart'))).toEqual([
      'c:barDir',
      'c:grouping',
      'c:varyColors',
      'c:ser',
      'c:ser',
      'c:ser',
      'c:gapWidth',
      'c:overlap',
      'c:axId',
      'c:axId',
    ]);
    expect(childNames(find(chart, 'c:ser'))).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:cat', 'c:val']);
    expect(childNames(find(chart, 'c:catAx'))).toEqual([
      'c:axId',
      'c:scaling',
      'c:delete',
      'c:axPos',
      'c:numFmt',
      'c:majorTickMark',
      'c:minorTickMark',
      'c:tickLblPos',
      'c:spPr',
      'c:txPr',
      'c:crossAx',
      'c:crosses',
      'c:auto',
      'c:lblAlgn',
      'c:lblOffset',
      'c:noMultiLvlLbl',
    ]);
    expect(childNames(find(chart, 'c:valAx'))).toEqual([
      'c:axId',
      'c:scaling',
      'c:delete',
      'c:axPos',
      'c:majorGridlines',
      'c:numFmt',
      'c:majorTickMark',
      'c:minorTickMark',
      'c:tickLblPos',
      'c:spPr',
      'c:txPr',
      'c:crossAx',
      'c:crosses',
      'c:crossBetween',
      'c:majorUnit',
    ]);
    expect(childNames(find(chart, 'c:legend'))).toEqual(['c:legendPos', 'c:overlay', 'c:txPr']);
  });

  it('is a column chart, stacked with the segments overlapping fully, one colour a series', () => {
    const bar = find(chart, 'c:barChart');
    expect([find(bar, 'c:barDir').attributes.val, find(bar, 'c:grouping').attributes.val, find(bar, 'c:overlap').attributes.val]).toEqual([
      'col',
      'stacked',
      '100',
    ]);
    expect(find(bar, 'c:varyColors').attributes.val).toBe('0');
    expect(findAll(bar, 'c:ser').map((ser) => find(find(ser, 'c:spPr'), 'a:srgbClr').attributes.val)).toEqual(['C00000', 'FFC000', '5B9BD5']);
  });

  it('links each series’ name to its header cell and its values to its column of the table, leaving out the Total row', () => {
    const series = findAll(chart, 'c:ser').map((ser) => [
      text(find(ser, 'c:tx'), 'c:f'),
      text(find(ser, 'c:cat'), 'c:f'),
      text(find(ser, 'c:val'), 'c:f'),
    ]);
    expect(series).toEqual([
      ["'JAC Summary'!$B$44", "'JAC Summary'!$A$45:$A$47", "'JAC Summary'!$B$45:$B$47"],
      ["'JAC Summary'!$C$44", "'JAC Summary'!$A$45:$A$47", "'JAC Summary'!$C$45:$C$47"],
      ["'JAC Summary'!$D$44", "'JAC Summary'!$A$45:$A$47", "'JAC Summary'!$D$45:$D$47"],
    ]);
  });

  it('caches the names, categories and counts the cells hold, so a reader that does not recalculate draws the bars', () => {
    const [overdue] = findAll(chart, 'c:ser');
    expect(points(find(overdue, 'c:strCache'))).toEqual([['0', 'Overdue']]);
    const categories = find(find(overdue, 'c:cat'), 'c:strCache');
    expect([find(categories, 'c:ptCount').attributes.val, points(categories)]).toEqual([
      '3',
      [
        ['0', 'High'],
        ['1', 'Medium'],
        ['2', 'Low'],
      ],
    ]);
    const values = find(overdue, 'c:numCache');
    expect([text(values, 'c:formatCode'), find(values, 'c:ptCount').attributes.val, points(values)]).toEqual([
      '0',
      '3',
      [
        ['0', '0'],
        ['1', '1'],
        ['2', '2'],
      ],
    ]);
  });

  it('has the title, a legend below, and a value axis of whole counts from zero in steps of one', () => {
    expect(findAll(find(chart, 'c:title'), 'a:t').map((t) => t.text)).toEqual(['Open actions by risk and due date']);
    expect(find(chart, 'c:legendPos').attributes.val).toBe('b');
    const axis = find(chart, 'c:valAx');
    expect([find(axis, 'c:min').attributes.val, find(axis, 'c:numFmt').attributes.formatCode, find(axis, 'c:majorUnit').attributes.val]).toEqual([
      '0',
      '0',
      '1',
    ]);
    // The axes cross each other.
    expect(findAll(find(chart, 'c:barChart'), 'c:axId').map((id) => id.attributes.val)).toEqual([
      find(find(chart, 'c:catAx'), 'c:axId').attributes.val,
      find(axis, 'c:axId').attributes.val,
    ]);
    expect(find(find(chart, 'c:catAx'), 'c:crossAx').attributes.val).toBe(find(axis, 'c:axId').attributes.val);
  });
});

describe('a clustered chart part (the plan by stage)', () => {
  const chart = parseXml(chartXml(layout, planChart, TRANSITIONAL));

  it('is clustered, without overlap, its one series reading the plan at a glance and stepping by 5 up to 11 audits', () => {
    expect(find(chart, 'c:grouping').attributes.val).toBe('clustered');
    expect(findAll(chart, 'c:overlap')).toEqual([]);
    const [series] = findAll(chart, 'c:ser');
    expect([text(find(series, 'c:tx'), 'c:f'), text(find(series, 'c:val'), 'c:f')]).toEqual(["'JAC Summary'!$B$24", "'JAC Summary'!$B$25:$B$27"]);
    expect(points(find(series, 'c:numCache'))).toEqual([
      ['0', '2'],
      ['1', '3'],
      ['2', '11'],
    ]);
    expect(points(find(find(series, 'c:cat'), 'c:strCache')).map(([, v]) => v)).toEqual(['Final report issued', 'Draft report', 'Planning']);
    expect(find(chart, 'c:majorUnit').attributes.val).toBe('5');
  });
});

describe('text in a chart part', () => {
  const chart: LayoutChart = {
    ...planChart,
    title: 'R&D <pilot> "audits"',
    categories: { top: 1, left: 0, bottom: 1, right: 0 },
    series: [{ ...planChart.series[0], nameCell: { row: 0, column: 1 }, values: { top: 1, left: 1, bottom: 1, right: 1 } }],
  };
  const small: Pick<SummaryLayout, 'sheetName' | 'values'> = {
    sheetName: "Ann's & Bob's summary",
    values: [
      ['Stage', 'Audits & reviews'],
      ['=cmd|calc', 4],
    ],
  };

  it('escapes titles, names and categories, and quotes a sheet name with an apostrophe as Excel does', () => {
    const parsed = parseXml(chartXml(small, chart, TRANSITIONAL));
    expect(findAll(find(parsed, 'c:title'), 'a:t')[0].text).toBe('R&D <pilot> "audits"');
    const series = find(parsed, 'c:ser');
    expect(text(find(series, 'c:tx'), 'c:f')).toBe("'Ann''s & Bob''s summary'!$B$1");
    expect(text(find(series, 'c:tx'), 'c:v')).toBe('Audits & reviews');
    expect(text(find(series, 'c:cat'), 'c:v')).toBe('=cmd|calc');
  });
});

describe('the drawing part', () => {
  const drawing = parseXml(
    drawingXml(
      layout,
      [
        { chart: planChart, relId: 'rId1' },
        { chart: openChart, relId: 'rId2' },
      ],
      TRANSITIONAL,
    ),
  );
  const anchors = findAll(drawing, 'xdr:twoCellAnchor');
  const corner = (anchor: XmlElement, name: string) => {
    const at = find(anchor, name);
    return ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'].map((part) => Number(text(at, part)));
  };

  it('anchors each chart over the layout’s cells, from the top-left of its first cell to the top-left of the cell after its last', () => {
    expect(drawing.uri).toBe('http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing');
    // The plan chart covers A53:E66 and the open actions chart A68:E81 (layout anchors 52-65 and 67-80, columns 0-4).
    expect(anchors.map((anchor) => [corner(anchor, 'xdr:from'), corner(anchor, 'xdr:to')])).toEqual([
      [
        [0, 0, 52, 0],
        [5, 0, 66, 0],
      ],
      [
        [0, 0, 67, 0],
        [5, 0, 81, 0],
      ],
    ]);
    expect(childNames(anchors[0])).toEqual(['xdr:from', 'xdr:to', 'xdr:graphicFrame', 'xdr:clientData']);
  });

  it('frames each chart by its relationship id, named by its title after the add-in’s prefix, with its figures in words as alternative text', () => {
    const frames = anchors.map((anchor) => {
      const properties = find(anchor, 'xdr:cNvPr').attributes;
      const chart = find(anchor, 'c:chart');
      return [properties.id, properties.name, chart.uri, chart.attributes['r:id']];
    });
    expect(frames).toEqual([
      ['2', 'JAC chart: The plan by stage', 'http://schemas.openxmlformats.org/drawingml/2006/chart', 'rId1'],
      ['3', 'JAC chart: Open actions by risk and due date', 'http://schemas.openxmlformats.org/drawingml/2006/chart', 'rId2'],
    ]);
    expect(find(anchors[0], 'xdr:cNvPr').attributes.descr).toBe('Final report issued: 2 audits. Draft report: 3 audits. Planning: 11 audits.');
    // 654 pt by 210 pt in English Metric Units (12,700 a point).
    expect(find(anchors[0], 'a:ext').attributes).toEqual({ cx: '8305800', cy: '2667000' });
  });
});

describe('a workbook saved as Strict Open XML', () => {
  it('gets its chart and drawing in the strict namespaces, as the rest of its parts are', () => {
    const strict = drawingNamespaces('http://purl.oclc.org/ooxml/spreadsheetml/main');
    const chart = parseXml(chartXml(layout, planChart, strict));
    const drawing = parseXml(drawingXml(layout, [{ chart: planChart, relId: 'rId1' }], strict));
    expect([chart.uri, find(chart, 'a:srgbClr').uri, drawing.uri, find(drawing, 'c:chart').uri]).toEqual([
      'http://purl.oclc.org/ooxml/drawingml/chart',
      'http://purl.oclc.org/ooxml/drawingml/main',
      'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
      'http://purl.oclc.org/ooxml/drawingml/chart',
    ]);
  });
});
