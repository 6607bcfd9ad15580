/**
 * The summary's charts as parts of the copy the file shell writes: a drawing related from the summary sheet, one
 * chart part per chart related from the drawing, their content types; named after the user's own drawings and
 * charts, replaced (never added to) by the next refresh, and gone with the chart they drew.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { layoutSummary } from '../core/layoutSummary';
import type { SummaryLayout } from '../core/types';
import { FileHost } from './FileHost';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { changedParts, partsOf, partText, relationships, WORKBOOK_LISTS } from '@test/file/packageParts';
import { find, findAll, parseXml } from '@test/file/xmlTree';
import { ROOT } from '@test/paths';

const CORPUS = path.resolve(ROOT, 'test/fixtures/fidelity');
/** Both charts: the plan by stage and open actions by risk. */
const TWO_CHARTS = layoutSummary(seedSummaryWithOverdue());
/** Only the plan by stage, as when no action is open. */
const ONE_CHART: SummaryLayout = { ...TWO_CHARTS, charts: TWO_CHARTS.charts!.slice(0, 1) };
const RESULTS = {
  tables: { plan: null, actions: null },
  inCellValidation: false,
  lastRefresh: { asOf: '2024-08-15', tablesFound: { plan: true, actions: true } },
};

/** Excel for Mac's workbook with a chart on its first sheet (chart1 with its style and colour parts, drawing1). */
async function excelChart(): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(path.join(CORPUS, 'excel-mac-chart.xlsx')));
}

async function refreshed(bytes: Uint8Array, ...layouts: SummaryLayout[]): Promise<Uint8Array> {
  const host = await FileHost.open(bytes);
  for (const layout of layouts) await host.writeResults({ layout, ...RESULTS });
  return host.save();
}

function overrides(bytes: Uint8Array): string[][] {
  return findAll(parseXml(partText(bytes, '[Content_Types].xml')), 'Override')
    .filter((o) => /drawing|chart/.test(o.attributes.PartName))
    .map((o) => [o.attributes.PartName, o.attributes.ContentType]);
}

const ADDED_PARTS = (bytes: Uint8Array, original: Uint8Array) => [...partsOf(bytes).keys()].filter((part) => !partsOf(original).has(part)).sort();

describe('the summary’s charts in a workbook with a chart of its own', () => {
  let original: Uint8Array;
  let copy: Uint8Array;

  beforeAll(async () => {
    original = await excelChart();
    copy = await refreshed(original, TWO_CHARTS);
  });

  it('adds a drawing and two chart parts under the next free names, leaving the user’s chart1 and drawing1 as they were', () => {
    expect(ADDED_PARTS(copy, original)).toEqual([
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing2.xml',
      'xl/worksheets/_rels/sheet3.xml.rels',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
    expect(changedParts(original, copy, WORKBOOK_LISTS)).toEqual([]);
  });

  it('relates the summary sheet to its drawing and the drawing to each chart, in the layout’s order', () => {
    expect(find(parseXml(partText(copy, 'xl/worksheets/sheet3.xml')), 'drawing').attributes['r:id']).toBe('rId1');
    expect(relationships(copy, 'xl/worksheets/_rels/sheet3.xml.rels')).toEqual([['rId1', 'drawing', '../drawings/drawing2.xml']]);
    expect(relationships(copy, 'xl/drawings/_rels/drawing2.xml.rels')).toEqual([
      ['rId1', 'chart', '../charts/chart2.xml'],
      ['rId2', 'chart', '../charts/chart3.xml'],
    ]);
    const drawing = parseXml(partText(copy, 'xl/drawings/drawing2.xml'));
    expect(findAll(drawing, 'xdr:cNvPr').map((p) => p.attributes.name)).toEqual([
      'JAC chart: The plan by stage',
      'JAC chart: Open actions by risk and due date',
    ]);
    expect(findAll(parseXml(partText(copy, 'xl/charts/chart3.xml')), 'c:grouping')[0].attributes.val).toBe('stacked');
  });

  it('gives the new parts their content types, beside the user’s', () => {
    expect(overrides(copy)).toEqual([
      ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
      ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/charts/style1.xml', 'application/vnd.ms-office.chartstyle+xml'],
      ['/xl/charts/colors1.xml', 'application/vnd.ms-office.chartcolorstyle+xml'],
      ['/xl/charts/chart2.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/charts/chart3.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/drawings/drawing2.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
    ]);
  });

  it('replaces its drawing and charts on the next refresh, keeping their names, rather than adding more', async () => {
    const again = await refreshed(copy, TWO_CHARTS);
    expect(ADDED_PARTS(again, original)).toEqual(ADDED_PARTS(copy, original));
    expect(overrides(again)).toEqual(overrides(copy));
    expect(relationships(again, 'xl/drawings/_rels/drawing2.xml.rels')).toEqual(relationships(copy, 'xl/drawings/_rels/drawing2.xml.rels'));
    expect(changedParts(original, again, WORKBOOK_LISTS)).toEqual([]);
  });

  it('takes away a chart no longer drawn (no open actions now), with its content type and relationship', async () => {
    const fewer = await refreshed(copy, ONE_CHART);
    expect(ADDED_PARTS(fewer, original).filter((part) => /chart|drawing/.test(part))).toEqual([
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing2.xml',
    ]);
    expect(overrides(fewer).map(([part]) => part)).not.toContain('/xl/charts/chart3.xml');
    expect(relationships(fewer, 'xl/drawings/_rels/drawing2.xml.rels')).toEqual([['rId1', 'chart', '../charts/chart2.xml']]);
    expect(changedParts(original, fewer, WORKBOOK_LISTS)).toEqual([]);
  });
});

describe('part names', () => {
  it('skips a name whose relationships part another tool left behind, so the stray relationships never attach to a new chart', async () => {
    const host = await FileHost.open(await excelChart());
    host.file.pkg.set(
      'xl/charts/_rels/chart2.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    );
    await host.writeResults({ layout: ONE_CHART, ...RESULTS });
    const copy = await host.save();
    expect(relationships(copy, 'xl/drawings/_rels/drawing2.xml.rels')).toEqual([['rId1', 'chart', '../charts/chart3.xml']]);
  });

  it('writes no drawing for a layout without charts', async () => {
    const original = await excelChart();
    const copy = await refreshed(original, { ...TWO_CHARTS, charts: [] });
    expect(ADDED_PARTS(copy, original)).toEqual(['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
    expect(partText(copy, 'xl/worksheets/sheet3.xml')).not.toContain('<drawing');
  });
});
