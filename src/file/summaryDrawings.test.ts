/**
 * The user's own drawings on the summary sheet: a chart, a picture, a text box or a comment someone put on
 * "JAC Summary" in Excel or LibreOffice survives `--out` and the preview's download byte for byte, beside the
 * add-in's charts, which a refresh replaces (known by their names, `JAC chart: …`), never adds to.
 *
 * Regression: the file shell used to replace the summary with everything hanging from it, so the user's chart was
 * lost (README: "`--out` rewrites the summary sheet whole, drawings included"), while the Office.js shell kept it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { main } from '../cli/main';
import { layoutSummary } from '../core/layoutSummary';
import { FileHost } from './FileHost';
import { fakeIo } from '@test/cli/fakeIo';
import { seedSummaryWithOverdue } from '@test/core/seedWithOverdue';
import { changedParts, packageProblems, partsOf, partText, relationships, WORKBOOK_LISTS } from '@test/file/packageParts';
import { childNames, find, findAll, parseXml } from '@test/file/xmlTree';
import { ROOT } from '@test/paths';

const CORPUS = path.resolve(ROOT, 'test/fixtures/fidelity');
/** Both of the add-in's charts: the plan by stage and open actions by risk. */
const LAYOUT = layoutSummary(seedSummaryWithOverdue());
const RESULTS = {
  tables: { plan: null, actions: null },
  inCellValidation: false,
  lastRefresh: { asOf: '2024-08-15', tablesFound: { plan: true, actions: true } },
};
const OWN = ['JAC chart: The plan by stage', 'JAC chart: Open actions by risk and due date'];
const SUMMARY = 'xl/worksheets/sheet3.xml';
const DRAWING = 'xl/drawings/drawing1.xml';
/**
 * Parts a refresh rewrites: the workbook's lists, the tracker sheets (the add-in's rules), the summary and data
 * sheets, the summary's drawing and its rels.
 */
const REWRITTEN = [
  ...WORKBOOK_LISTS,
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  SUMMARY,
  'xl/worksheets/_rels/sheet3.xml.rels',
  'xl/worksheets/sheet4.xml',
  DRAWING,
  'xl/drawings/_rels/drawing1.xml.rels',
];

async function bytesOf(name: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(path.join(CORPUS, name)));
}

/** The preview's way: FileHost, a refresh per call, then Download workbook. */
async function refreshed(bytes: Uint8Array, times = 1): Promise<Uint8Array> {
  const host = await FileHost.open(bytes);
  for (let i = 0; i < times; i++) await host.writeResults({ layout: LAYOUT, ...RESULTS });
  return host.save();
}

/** The names of the objects in the summary's drawing, in order (the first cNvPr of each anchor). */
function anchorNames(bytes: Uint8Array): string[] {
  const drawing = parseXml(partText(bytes, DRAWING));
  return drawing.children.map((anchor) => findAll(anchor, 'xdr:cNvPr')[0]?.attributes.name ?? '(none)');
}

function shapeIds(bytes: Uint8Array): string[] {
  // The Fallback of an mc:AlternateContent repeats its Choice's object (with id 0), so it is not counted.
  const drawing = parseXml(partText(bytes, DRAWING));
  const ids: string[] = [];
  const visit = (e: ReturnType<typeof parseXml>) => {
    if (e.name === 'mc:Fallback') return;
    if (e.name === 'xdr:cNvPr') ids.push(e.attributes.id);
    e.children.forEach(visit);
  };
  visit(drawing);
  return ids;
}

describe('excel-summary-drawings.xlsx: the summary drawing shaped as Excel saves it, with the user’s charts, a picture and a text box', () => {
  let original: Uint8Array;
  let copy: Uint8Array;

  beforeAll(async () => {
    original = await bytesOf('excel-summary-drawings.xlsx');
    copy = await refreshed(original);
  });

  it('keeps every part the user’s objects reach byte for byte: the chart with its style and colours, the chartex chart, the image', () => {
    // Only the add-in's old chart (chart1) and the old summary's printer settings go; the new charts take chart1 and
    // chart3, the first names free.
    expect(changedParts(original, copy, REWRITTEN)).toEqual(['xl/printerSettings/printerSettings1.bin (lost)']);
    expect([...partsOf(copy).keys()].filter((part) => !partsOf(original).has(part))).toEqual(['xl/charts/chart3.xml']);
  });

  it('anchors the user’s objects where they were and the add-in’s two charts once each, after them', () => {
    expect(anchorNames(original)).toEqual(['JAC chart: The plan by stage', 'Chart 3', 'Chart 2', 'Picture 4', 'TextBox 5']);
    expect(anchorNames(copy)).toEqual(['Chart 3', 'Chart 2', 'Picture 4', 'TextBox 5', ...OWN]);
    const before = parseXml(partText(original, DRAWING)).children.slice(1);
    expect(parseXml(partText(copy, DRAWING)).children.slice(0, 4)).toEqual(before);
  });

  it('keeps the relationship ids of what it keeps, and gives the add-in’s charts free ones', () => {
    expect(relationships(copy, 'xl/drawings/_rels/drawing1.xml.rels')).toEqual([
      ['rId3', 'chartEx', '../charts/chartEx1.xml'],
      ['rId2', 'chart', '../charts/chart2.xml'],
      ['rId4', 'image', '../media/image1.png'],
      ['rId5', 'chart', '../charts/chart1.xml'],
      ['rId6', 'chart', '../charts/chart3.xml'],
    ]);
    const drawing = parseXml(partText(copy, DRAWING));
    expect(findAll(drawing, 'c:chart').map((chart) => chart.attributes['r:id'])).toEqual(['rId2', 'rId5', 'rId6']);
    expect(find(parseXml(partText(copy, SUMMARY)), 'drawing').attributes['r:id']).toBe('rId2');
  });

  it('gives the add-in’s anchors shape ids no other object in the drawing has', () => {
    expect(shapeIds(copy)).toEqual(['3', '2', '4', '5', '6', '7']);
  });

  it('takes away the printer settings the old summary’s page setup named, with their relationship', () => {
    expect(partsOf(copy).has('xl/printerSettings/printerSettings1.bin')).toBe(false);
    expect(relationships(copy, 'xl/worksheets/_rels/sheet3.xml.rels')).toEqual([['rId2', 'drawing', '../drawings/drawing1.xml']]);
  });

  it('writes a sound package: a content type for every part, every relationship’s target there', () => {
    expect(packageProblems(original)).toEqual([]);
    expect(packageProblems(copy)).toEqual([]);
  });

  it('declares on each new anchor the prefixes Excel’s drawing root leaves undeclared (xmlns:r, which Excel puts on each chart)', () => {
    const xml = partText(copy, DRAWING);
    expect(xml.slice(0, 300)).not.toContain('xmlns:r=');
    expect(xml.match(/<xdr:twoCellAnchor[^>]*>/g)!.slice(-2)).toEqual([
      '<xdr:twoCellAnchor xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      '<xdr:twoCellAnchor xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    ]);
  });

  it('keeps the drawing with the user’s objects alone when the add-in has no chart to draw', async () => {
    const host = await FileHost.open(original);
    await host.writeResults({ layout: { ...LAYOUT, charts: [] }, ...RESULTS });
    const none = await host.save();
    expect(anchorNames(none)).toEqual(['Chart 3', 'Chart 2', 'Picture 4', 'TextBox 5']);
    expect(find(parseXml(partText(none, SUMMARY)), 'drawing').attributes['r:id']).toBe('rId2');
    expect(partsOf(none).has('xl/charts/chart1.xml')).toBe(false);
    expect(packageProblems(none)).toEqual([]);
  });

  it('keeps the user’s objects on a second and third refresh without multiplying the add-in’s charts', async () => {
    const again = await refreshed(copy, 2);
    expect(anchorNames(again)).toEqual(['Chart 3', 'Chart 2', 'Picture 4', 'TextBox 5', ...OWN]);
    expect(changedParts(original, again, REWRITTEN)).toEqual(['xl/printerSettings/printerSettings1.bin (lost)']);
    expect([...partsOf(again).keys()].sort()).toEqual([...partsOf(copy).keys()].sort());
    expect(relationships(again, 'xl/drawings/_rels/drawing1.xml.rels')).toEqual(relationships(copy, 'xl/drawings/_rels/drawing1.xml.rels'));
    expect(packageProblems(again)).toEqual([]);
  });
});

describe('libreoffice-summary-drawings.xlsx: LibreOffice’s save of a summary with the user’s pie chart, a logo and a comment', () => {
  let original: Uint8Array;
  let copy: Uint8Array;

  beforeAll(async () => {
    original = await bytesOf('libreoffice-summary-drawings.xlsx');
    // jac-summary --out, as the bug was reported.
    const run = fakeIo({ 'tracker.xlsx': original });
    expect(await main(['tracker.xlsx', '--as-of', '2024-08-15', '--out', 'copy.xlsx'], run.io)).toBe(0);
    copy = run.written.get('copy.xlsx')!;
  });

  it('keeps the pie chart, the logo, the comment and its VML byte for byte (the bug that lost them)', () => {
    // The add-in's chart LibreOffice saved as chart5 goes; the user's pie (chart6) stays.
    expect(changedParts(original, copy, [...REWRITTEN, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/charts/chart5.xml'])).toEqual([]);
    for (const part of ['xl/charts/chart6.xml', 'xl/media/image1.png', 'xl/comments3.xml', 'xl/drawings/vmlDrawing1.vml']) {
      expect([part, Buffer.from(partsOf(copy).get(part)!).equals(Buffer.from(partsOf(original).get(part)!))]).toEqual([part, true]);
    }
  });

  it('anchors the pie (which LibreOffice leaves unnamed) and the logo, then the one chart the add-in draws for this tracker', () => {
    expect(anchorNames(original)).toEqual(['JAC chart: The plan by stage', '', 'Force logo']);
    expect(anchorNames(copy)).toEqual(['', 'Force logo', 'JAC chart: The plan by stage']);
    expect(shapeIds(copy)).toEqual(['1', '2', '3']);
  });

  it('writes the comment’s <legacyDrawing> again, after the <drawing> as the schema orders them, under the same ids', () => {
    const sheet = parseXml(partText(copy, SUMMARY));
    expect(childNames(sheet).slice(-2)).toEqual(['drawing', 'legacyDrawing']);
    expect(find(sheet, 'drawing').attributes['r:id']).toBe('rId2');
    expect(find(sheet, 'legacyDrawing').attributes['r:id']).toBe('rId3');
    expect(relationships(copy, 'xl/worksheets/_rels/sheet3.xml.rels')).toEqual([
      ['rId1', 'comments', '../comments3.xml'],
      ['rId2', 'drawing', '../drawings/drawing1.xml'],
      ['rId3', 'vmlDrawing', '../drawings/vmlDrawing1.vml'],
    ]);
  });

  it('writes a sound package, and a second refresh keeps the user’s objects without adding charts', async () => {
    expect(packageProblems(copy)).toEqual([]);
    const again = await refreshed(copy, 1);
    expect(anchorNames(again)).toEqual(['', 'Force logo', ...OWN]);
    expect([...partsOf(again).keys()].filter((part) => part.startsWith('xl/charts/')).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart6.xml',
    ]);
    expect(packageProblems(again)).toEqual([]);
  });
});

describe('a summary with only the add-in’s charts', () => {
  it('gets a fresh drawing as before: the old one and its charts go, the new one takes their names', async () => {
    const once = await refreshed(await bytesOf('excel-mac-two-sheets.xlsx'));
    const twice = await refreshed(once);
    expect(anchorNames(twice)).toEqual(OWN);
    expect(relationships(twice, 'xl/drawings/_rels/drawing1.xml.rels')).toEqual([
      ['rId1', 'chart', '../charts/chart1.xml'],
      ['rId2', 'chart', '../charts/chart2.xml'],
    ]);
    expect(partText(twice, DRAWING)).toBe(partText(once, DRAWING));
    expect(packageProblems(twice)).toEqual([]);
  });
});
