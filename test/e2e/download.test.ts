/**
 * Download workbook keeps the workbook whole (issue 8): a tracker saved by LibreOffice with a chart and a comment on
 * its actions sheet is opened in the preview, refreshed, and downloaded; the chart, its drawing and the comment are
 * in the file that comes back, byte for byte, beside the summary.
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
  it('gives back the chart, its drawing and the comment, with the summary added', async () => {
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
  });
});
