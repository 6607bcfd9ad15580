/**
 * Recording a paper and reading what moved since it, in the preview: the paper of 30/09/2024 is recorded,
 * a new high-risk action is typed below the tracker, and the paper of 31/10/2024 shows the movement in the pane and on
 * the summary sheet. The downloaded workbook carries the recorded paper on its data sheet, so `jac-summary` run on
 * it later compares with it too. The same script as src/taskpane/papers/recordingPapers.test.tsx, in a real browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { readDataSheet } from '../../src/core/dataSheet';
import { DATA_SHEET_NAME } from '../../src/core/footprint';
import { WorkbookFile } from '../../src/file/ooxml/WorkbookFile';
import { fakeIo } from '../cli/fakeIo';
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

const RECORDED = 'Recorded the paper of 30/09/2024: 7 actions, 0 open, 0 overdue.';
const MOVEMENT =
  'Since the last paper (30/09/2024) 1 action has been added; overdue actions rose from none to 1, high priority. 1 action has become overdue since.';

let browser: Browser;
let preview: PreviewPage;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-papers-'));
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

const papers = () => preview.pane.getByRole('region', { name: 'Papers' });

/** The recorded papers' table as text, header first. */
async function listedPapers(): Promise<string[][]> {
  const rows = await papers().getByRole('table', { name: 'Recorded papers' }).getByRole('row').all();
  return Promise.all(rows.map(async (row) => (await row.locator('th, td').allInnerTexts()).map((text) => text.trim())));
}

describe('recording a paper in the preview and reading what moved since', () => {
  it('records the paper of 30/09/2024, says what it recorded and lists it', async () => {
    await preview.setDate('Previous meeting', '24/07/2024');
    await preview.setDate('Paper date', '30/09/2024');
    await papers().getByText('No papers are recorded in this workbook yet.').waitFor();

    await papers().getByRole('button', { name: 'Record this paper' }).click();
    await papers().getByText(RECORDED).waitFor({ timeout: 20_000 });
    expect(await preview.refreshOutcome()).toBe('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');
    expect(await listedPapers()).toEqual([
      ['Paper', 'Previous meeting', 'Actions'],
      ['30/09/2024', '24/07/2024', '7 actions, 0 open, 0 overdue'],
    ]);
  });

  it('shows the movement in the pane after a new action is typed below the tracker and the next paper refreshed', async () => {
    // A new high-risk action due on the day of the recorded paper, typed in the first empty row (Excel's row 9).
    await preview.showSheet('Audit Actions');
    for (const [column, text] of ['Payroll', '2', 'High', '30/09/2024'].entries()) await preview.editCell(8, column, text);
    expect((await preview.sheetText())[8]).toEqual(['Payroll', '2', 'High', '30/09/2024', '']);

    await preview.setDate('Paper date', '31/10/2024');
    expect(await preview.refresh()).toBe('16 audits, 8 actions: 1 overdue, 7 signed off since 24/07/2024');
    await papers().getByText(MOVEMENT).waitFor();
    // Refreshing records nothing: still the one paper, and the line about it still true.
    expect(await listedPapers()).toHaveLength(2);
    expect(await papers().getByText(RECORDED).count()).toBe(1);
    expect(await seriousViolations(browser.page, 'aside')).toEqual([]);
  });

  it('writes the movement block and the narrative of movement on the summary sheet', async () => {
    await preview.showSheet('JAC Summary');
    const sheet = await preview.sheetText();
    const title = sheet.findIndex((row) => row[0] === 'Movement since the last paper (30/09/2024)');
    expect(title).toBeGreaterThan(0);
    expect(sheet.slice(title, title + 12).map((row) => row.slice(0, 2))).toEqual([
      ['Movement since the last paper (30/09/2024)', ''],
      ['Measure', 'Number'],
      ['Overdue actions at the last paper', '0'],
      ['Overdue actions now', '1'],
      ['Actions added', '1'],
      ['Actions implemented', '0'],
      ['Actions no longer in the tracker', '0'],
      ['Deadlines extended', '0'],
      ['Newly overdue', '1'],
      ['Still overdue', '0'],
      ['Audits finalised', '0'],
      ['', ''],
    ]);
    expect(sheet.some((row) => row[0].includes(MOVEMENT))).toBe(true);
  });

  it('downloads the workbook with the recorded paper on its data sheet, and jac-summary compares with it', async () => {
    const [download] = await Promise.all([
      browser.page.waitForEvent('download'),
      browser.page.getByRole('button', { name: 'Download workbook' }).click(),
    ]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = new Uint8Array(readFileSync(file));

    const workbook = WorkbookFile.open(bytes);
    const dataSheet = workbook.sheet(DATA_SHEET_NAME);
    expect(dataSheet).toBeDefined();
    const stored = readDataSheet(workbook.sheetCells(dataSheet!).values);
    const recorded = stored.papers as { date: string; since: string | null; actions: unknown[] }[];
    expect(recorded.map((paper) => [paper.date, paper.since, paper.actions.length])).toEqual([['2024-09-30', '2024-07-24', 7]]);

    // The dates the pane saved in the workbook are the ones jac-summary uses: the paper of 31/10/2024 again.
    const run = fakeIo();
    expect(await main(['--json', file], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect([report.since, report.asOf]).toEqual(['2024-07-24', '2024-10-31']);
    expect(report.movement).toEqual({
      previousPaper: '2024-09-30',
      added: ["'Audit Actions'!A9"],
      removed: [],
      closed: [],
      extended: [],
      newlyOverdue: ["'Audit Actions'!A9"],
      stillOverdue: [],
      overdueThen: 0,
      overdueNow: 1,
    });
  });
});
