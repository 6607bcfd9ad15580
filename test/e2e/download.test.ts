/**
 * Download workbook keeps the workbook whole and carries the summary's chart and print setup:
 * a tracker saved by LibreOffice with a chart and a comment on its actions sheet is opened in the preview,
 * refreshed, and downloaded; the chart, its drawing and the comment are in the file that comes back, byte for
 * byte, beside the summary with its own chart part and page setup.
 */
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, type Browser } from './support/browser';
import { ROOT } from './support/buildPreview';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

const TRACKER = path.join(ROOT, 'test', 'fixtures', 'fidelity', 'libreoffice-chart-comment.xlsx');

let browser: Browser;
let preview: PreviewPage;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-chart-'));
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
  await preview.openFile(TRACKER);
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('downloading a workbook with a chart after a refresh', () => {
  it('gives back the chart, its drawing and the comment, with the summary added with its own chart and page setup', async () => {
    await preview.setDate('Previous meeting', '24/07/2024');
    await preview.setDate('Paper date', '30/09/2024');
    expect(await preview.refresh()).toBe('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');

    const [download] = await Promise.all([
      browser.page.waitForEvent('download'),
      browser.page.getByRole('button', { name: 'Download workbook' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('libreoffice-chart-comment.xlsx');
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);

    const original = unzipSync(new Uint8Array(readFileSync(TRACKER)));
    const saved = unzipSync(new Uint8Array(readFileSync(file)));
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/comments2.xml']) {
      expect([part, Buffer.from(saved[part] ?? []).equals(Buffer.from(original[part]))]).toEqual([part, true]);
    }
    const workbook = new TextDecoder().decode(saved['xl/workbook.xml']);
    expect(workbook).toContain('name="JAC Summary"');
    // The pane saved its settings (the dates) before the refresh, so the data sheet may come before the summary.
    expect(workbook).toMatch(/<sheet name="JAC Data" sheetId="\d+" state="veryHidden"/);

    // The summary's own chart (the plan by stage; no action is open) sits beside LibreOffice's, under the next
    // free names, related from the summary sheet through its drawing, and reads the summary's cells.
    const text = (part: string) => new TextDecoder().decode(saved[part]);
    const summaryRelId = /<sheet name="JAC Summary" sheetId="\d+" r:id="(rId\d+)"/.exec(workbook)![1];
    const summaryPart = `xl/${new RegExp(`Id="${summaryRelId}"[^>]*Target="([^"]+)"`).exec(text('xl/_rels/workbook.xml.rels'))![1]}`;
    const summaryRels = text(summaryPart.replace(/([^/]+)$/, '_rels/$1.rels'));
    expect(summaryRels).toContain('/relationships/drawing" Target="../drawings/drawing2.xml"');
    expect(text('xl/drawings/_rels/drawing2.xml.rels')).toContain('/relationships/chart" Target="../charts/chart2.xml"');
    const chart = text('xl/charts/chart2.xml');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>'JAC Summary'!$A$25:$A$27</c:f>");
    expect(text('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    // And it prints: A4, one page wide, the title rows repeated.
    expect(text(summaryPart)).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d">'JAC Summary'!\$1:\$2<\/definedName>/);
  });
});
