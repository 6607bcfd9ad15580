/**
 * The committee paper leaves the preview ready for Word: the pane's visual summary after a refresh, Copy for Word,
 * the charts under the summary sheet, and Download for Word (.docx), read back from the downloaded file.
 * The sample is the seed paper's tables with three Procurement actions not yet signed off, so they are overdue.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blockAfter, readWordDocument, tableRowsAfter } from '../paper/wordDocument';
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { screenshotPath } from './support/files';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

let browser: Browser;
let preview: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
  // Three actions due 30/07/2024 whose sign-off dates were never entered after all.
  await preview.showSheet('Audit Actions');
  for (const row of [2, 3, 4]) await preview.editCell(row, 4, '');
  await preview.setDate('Previous meeting', '24/07/2024');
  await preview.setDate('Paper date', '30/09/2024');
  expect(await preview.refresh()).toBe('16 audits, 7 actions: 3 overdue, 4 signed off since 24/07/2024');
});

afterAll(async () => {
  await browser?.close();
});

const glance = () => preview.pane.getByRole('region', { name: 'At a glance' });

describe('the committee paper from the preview', () => {
  it('shows the headline figures at a glance after the refresh, overdue actions by the tracker’s own risk words', async () => {
    const [figures, byPriority] = await glance().getByRole('list').all();
    expect((await figures.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '3 actions overdue',
      '0 due within 30 days',
      '13% of the plan delivered (2 of 16)',
    ]);
    expect(await byPriority.getAttribute('aria-labelledby')).not.toBeNull();
    expect((await byPriority.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Medium 1', 'Low 2']);
  });

  it('saves a screenshot of the pane’s visual summary at 320 px', async () => {
    // Measured from the top of the pane, as it opens: filling in the dates scrolled it down.
    await preview.pane.evaluate((element) => element.scrollTo(0, 0));
    const pane = await preview.pane.boundingBox();
    const paper = await preview.pane.getByRole('region', { name: 'Committee paper' }).boundingBox();
    if (!pane || !paper) throw new Error('The pane is not on screen.');
    await browser.page.screenshot({
      path: screenshotPath('pane-at-a-glance-320.png'),
      clip: { x: pane.x, y: pane.y, width: pane.width, height: paper.y + paper.height - pane.y + 12 },
    });
  });

  it('copies the paper for Word: formatted tables on the clipboard, and says so', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(browser.page.url()).origin });
    await preview.pane.getByRole('button', { name: 'Copy for Word' }).click();
    await preview.pane.getByText('Copied for Word').waitFor();
    const html = await browser.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item.getType('text/html')).text();
    });
    const tables = await browser.page.evaluate((text) => {
      const page = new DOMParser().parseFromString(text, 'text/html');
      return [...page.querySelectorAll('table')].map((table) => ({
        title: table.previousElementSibling?.textContent,
        rows: table.querySelectorAll('tr').length,
        border: table.getAttribute('border'),
        boldHeader: [...table.querySelectorAll('thead th')].every((th) => (th as HTMLElement).style.fontWeight === 'bold'),
      }));
    }, html);
    expect(tables).toEqual([
      { title: 'Internal audit plan: latest position', rows: 17, border: '1', boldHeader: true },
      { title: 'The plan at a glance', rows: 8, border: '1', boldHeader: true },
      { title: 'Actions signed off since the previous meeting (24/07/2024)', rows: 5, border: '1', boldHeader: true },
      { title: 'Overdue actions', rows: 4, border: '1', boldHeader: true },
      { title: 'Open actions by risk', rows: 5, border: '1', boldHeader: true },
      { title: 'Actions by priority and RAG status', rows: 4, border: '1', boldHeader: true },
      { title: 'Open actions past their original deadline: revised or overdue', rows: 4, border: '1', boldHeader: true },
      { title: 'Overdue actions by time past the original deadline', rows: 4, border: '1', boldHeader: true },
      { title: 'Implementation of actions due in the period', rows: 5, border: '1', boldHeader: true },
    ]);
  });

  it('draws the summary sheet’s two charts under it, each with its figures in words, and saves a screenshot', async () => {
    await preview.showSheet('JAC Summary');
    const charts = browser.page.getByRole('region', { name: 'Charts on JAC Summary' });
    const pictures = charts.getByRole('img');
    await eventually(async () => expect(await pictures.count()).toBe(2));
    expect(await pictures.nth(0).getAttribute('aria-labelledby')).toMatch(/ /);
    expect(await charts.locator('figcaption').allInnerTexts()).toEqual(['The plan by stage', 'Open actions by risk and due date']);
    expect(await charts.locator('svg desc').allTextContents()).toEqual([
      'Final report issued: 2 audits. Draft report: 3 audits. Planning: 11 audits.',
      'High: 0 overdue, 0 due within 30 days, 0 not yet due. Medium: 1 overdue, 0 due within 30 days, 0 not yet due. Low: 2 overdue, 0 due within 30 days, 0 not yet due.',
    ]);
    // Bars only for counts above zero: three stages, and the Medium and Low overdue segments.
    expect(await charts.locator('figure[data-chart="plan-at-a-glance"] rect').count()).toBe(3);
    expect(await charts.locator('figure[data-chart="open-by-risk"] rect').count()).toBe(2);
    expect(await seriousViolations(browser.page, 'body')).toEqual([]);
    await charts.screenshot({ path: screenshotPath('preview-summary-charts.png') });
  });

  it('downloads the paper for Word with every table of the summary and the narrative', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-docx-'));
    try {
      const [download] = await Promise.all([
        browser.page.waitForEvent('download'),
        browser.page.getByRole('button', { name: 'Download for Word (.docx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('jac-tracker-sample - committee paper.docx');
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const { body } = readWordDocument(new Uint8Array(readFileSync(file)));

      expect(body.slice(0, 2).map((block) => block.kind === 'paragraph' && block.text)).toEqual([
        'Joint Audit Committee: internal audit summary',
        'As at 30/09/2024; previous meeting 24/07/2024',
      ]);
      const rows = (heading: string) => tableRowsAfter(body, heading);
      expect(rows('Internal audit plan: latest position')).toHaveLength(17);
      expect(rows('Actions signed off since the previous meeting (24/07/2024)')).toEqual([
        ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'],
        ['Firearms and Tasers', '1', 'Medium', '30/10/2024', '14/08/2024'],
        ['Grants and Commissioning', '5 & 6', 'Low', '30/06/2024', '27/08/2024'],
        ['Counter Fraud Framework Review', '1', 'Low', '30/12/2023', '27/08/2024'],
        ['Procurement under £60K', '4', 'Medium', '31/08/2024', '27/08/2024'],
      ]);
      expect(rows('Overdue actions')).toEqual([
        ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Days overdue'],
        ['Procurement under £60K', '6', 'Medium', '30/07/2024', '62'],
        ['Procurement under £60K', '1', 'Low', '30/07/2024', '62'],
        ['Procurement under £60K', '3', 'Low', '30/07/2024', '62'],
      ]);
      expect(rows('Open actions by risk')).toEqual([
        ['Risk', 'Overdue', 'Due within 30 days', 'Not yet due', 'Total'],
        ['High', '0', '0', '0', '0'],
        ['Medium', '1', '0', '0', '1'],
        ['Low', '2', '0', '0', '2'],
        ['Total', '3', '0', '0', '3'],
      ]);
      const narrative = blockAfter(body, 'Summary');
      expect(narrative?.kind === 'paragraph' && narrative.text).toMatch(/ 3 actions are overdue \(1 medium risk and 2 low risk\)\.$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
