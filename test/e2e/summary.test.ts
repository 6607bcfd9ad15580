/**
 * The committee's tables from the bundled sample (the seed paper's own tables), made in a real browser through the
 * real task pane, then downloaded and read back with ExcelJS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { readWorkbook, SAMPLE_WORKBOOK, screenshotPath, screenshotWhole, sheetValues } from './support/files';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

let browser: Browser;
let preview: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
});

afterAll(async () => {
  await browser?.close();
});

describe('the preview on the bundled sample', () => {
  it('opens on the sample workbook with its sheets as tabs and dates shown as dd/mm/yyyy', async () => {
    expect(await browser.page.getByRole('tab').allInnerTexts()).toEqual(['Audit Plan', 'Audit Actions']);
    await preview.showSheet('Audit Actions');
    expect((await preview.sheetText()).slice(0, 3)).toEqual([
      ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date'],
      ['Firearms and Tasers', '1', 'Medium', '30/10/2024', '14/08/2024'],
      ['Procurement under £60K', '1', 'Low', '30/07/2024', '20/08/2024'],
    ]);
  });

  it('has no serious or critical accessibility problems in the pane on first run', async () => {
    expect(await seriousViolations(browser.page, 'aside')).toEqual([]);
  });

  it('writes the committee tables for the dates set in the pane to the JAC Summary sheet', async () => {
    await preview.setDate('Previous meeting', '24/07/2024');
    await preview.setDate('Paper date', '30/09/2024');
    expect(await preview.refresh()).toBe('16 audits, 7 actions: 0 overdue, 7 signed off since 24/07/2024');

    // The pane's link brings the summary sheet to the front, as it does in Excel.
    await preview.pane.getByRole('button', { name: 'Show the summary sheet' }).click();
    await eventually(async () => expect(await preview.sheetTab('JAC Summary').getAttribute('aria-selected')).toBe('true'));
    expect(await preview.sheetText()).toEqual(EXPECTED_SUMMARY);
    // Headers are bold, as Excel shows them.
    const header = preview.grid.locator('td', { hasText: /^Signoff date$/i }).first();
    expect(await header.evaluate((td) => getComputedStyle(td).fontWeight)).toBe('700');
  });

  it('has no serious or critical accessibility problems in the pane after a refresh', async () => {
    expect(await seriousViolations(browser.page, 'aside')).toEqual([]);
  });

  it('has none in the rest of the page either: toolbar, grid and sheet tabs', async () => {
    await preview.cell(4, 1).click();
    expect(await seriousViolations(browser.page, 'body')).toEqual([]);
  });

  it('saves screenshots of the pane at 320 px and of the workbook view', async () => {
    const pane = preview.pane;
    expect(await pane.evaluate((element) => element.getBoundingClientRect().width)).toBe(320);
    await screenshotWhole(browser.page, pane, 'pane-320.png');
    await browser.page.screenshot({ path: screenshotPath('preview-workbook.png') });
  });

  it("downloads the workbook with the summary sheet, leaving the user's own cells as they were", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-download-'));
    try {
      const [download] = await Promise.all([
        browser.page.waitForEvent('download'),
        browser.page.getByRole('button', { name: 'Download workbook' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('jac-tracker-sample.xlsx');
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);

      const saved = await readWorkbook(file);
      const original = await readWorkbook(SAMPLE_WORKBOOK);
      expect(saved.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Audit Plan', 'Audit Actions', 'JAC Summary']));
      for (const name of ['Audit Plan', 'Audit Actions']) {
        expect(sheetValues(saved.getWorksheet(name)!)).toEqual(sheetValues(original.getWorksheet(name)!));
      }
      const summary = saved.getWorksheet('JAC Summary')!;
      expect(summary.getCell('A1').value).toBe(EXPECTED_SUMMARY[0][0]);
      expect(summary.getCell('A1').font?.bold).toBe(true);
      // Row 35 is the first action signed off since the previous meeting: its dates are real dates, shown UK style.
      const signedOff = summary.getRow(35);
      expect([1, 2, 3, 4, 5].map((column) => signedOff.getCell(column).value)).toEqual([
        'Firearms and Tasers',
        '1',
        'Medium',
        new Date(Date.UTC(2024, 9, 30)),
        new Date(Date.UTC(2024, 7, 14)),
      ]);
      expect([signedOff.getCell(4).numFmt, signedOff.getCell(5).numFmt]).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy']);
      // The add-in's overdue and due-soon rules went onto the actions table, using TODAY() so they stay right.
      const rules = (
        saved.getWorksheet('Audit Actions') as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
      ).conditionalFormattings;
      expect(rules.map((format) => [format.ref, format.rules.flatMap((rule) => rule.formulae ?? [])])).toEqual([
        [
          'A2:E8',
          [
            'AND(N("jac")=0,LEN(TRIM($E2))=0,ISNUMBER($D2),$D2<TODAY())',
            'AND(N("jac")=0,LEN(TRIM($E2))=0,ISNUMBER($D2),$D2>=TODAY(),$D2<=TODAY()+30)',
          ],
        ],
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** The JAC Summary sheet as the grid shows it for the sample, previous meeting 24/07/2024, paper date 30/09/2024. */
const EXPECTED_SUMMARY: string[][] = [
  ['Joint Audit Committee: internal audit summary', '', '', '', '', ''],
  ['As at 30/09/2024; previous meeting 24/07/2024', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['Internal audit plan: latest position', '', '', '', '', ''],
  ['Audit', 'Planned start', 'Status', '', '', ''],
  ['Budget Setting and Control', 'Complete', 'Finalised- Substantial assurance', '', '', ''],
  ['Covert Accounts', 'Complete', 'Finalised- Reasonable assurance', '', '', ''],
  ['Contract Management (Joint)', 'In progress', 'Draft report issued', '', '', ''],
  ['Estates Health and Safety', 'In progress', 'Draft report issued', '', '', ''],
  ['Follow Up', 'In progress', 'Scope and timing agreed', '', '', ''],
  ['Firearms Licensing', 'In progress', 'Scope and timing agreed', '', '', ''],
  ['Information Asset Ownership', '11/11/2024', 'Scope and timing agreed', '', '', ''],
  ['Firearms (Special Property)', '06/12/2024', 'Scope and timing agreed', '', '', ''],
  ['Capital Accounting and Fixed Assets', '11/12/2024', 'Scope and timing agreed', '', '', ''],
  ['PFI/ Reporting to Home Office', 'Q2/3 TBC', 'Commissioned outside IA plan - planning', '', '', ''],
  ['Commissioning', '06/01/2025', 'Scope and timing agreed', '', '', ''],
  ['Death Policy (Joint)', '20/01/2025', 'Scope and timing agreed', '', '', ''],
  ['Project Benefits Tracking', 'In progress', 'Draft report issued', '', '', ''],
  ['Insurance', '12/02/2025', 'Scope and timing agreed', '', '', ''],
  ['Proceeds of Crime Act (POCA)', '13/02/2025', 'Scope and timing agreed', '', '', ''],
  ['Technology Optimisation (Joint)', 'Q4 TBC', 'Scope and timing agreed', '', '', ''],
  ['', '', '', '', '', ''],
  ['The plan at a glance', '', '', '', '', ''],
  ['Measure', 'Audits', 'Share of plan', '', '', ''],
  ['Final report issued', '2', '13%', '', '', ''],
  ['Draft report', '3', '19%', '', '', ''],
  ['Planning', '11', '69%', '', '', ''],
  ['Total audits', '16', '100%', '', '', ''],
  ['Opinion issued: Substantial', '1', '', '', '', ''],
  ['Opinion issued: Reasonable', '1', '', '', '', ''],
  ['Plan delivered', '2', '13%', '', '', ''],
  ['', '', '', '', '', ''],
  ['Actions signed off since the previous meeting (24/07/2024)', '', '', '', '', ''],
  ['Audit Name', 'Recommendation', 'Risk', 'Deadline', 'Signoff Date', ''],
  ['Firearms and Tasers', '1', 'Medium', '30/10/2024', '14/08/2024', ''],
  ['Procurement under £60K', '1', 'Low', '30/07/2024', '20/08/2024', ''],
  ['Procurement under £60K', '3', 'Low', '30/07/2024', '20/08/2024', ''],
  ['Procurement under £60K', '6', 'Medium', '30/07/2024', '20/08/2024', ''],
  ['Grants and Commissioning', '5 & 6', 'Low', '30/06/2024', '27/08/2024', ''],
  ['Counter Fraud Framework Review', '1', 'Low', '30/12/2023', '27/08/2024', ''],
  ['Procurement under £60K', '4', 'Medium', '31/08/2024', '27/08/2024', ''],
  ['', '', '', '', '', ''],
  ['Overdue actions', '', '', '', '', ''],
  ['No actions are overdue.', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['Open actions by risk', '', '', '', '', ''],
  ['There are no open actions.', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['Actions by priority and RAG status', '', '', '', '', ''],
  ['Priority', 'Outstanding past target', 'Outstanding within target', 'Implemented', 'Closed without implementation', 'Total'],
  ['Medium', '0', '0', '3', '0', '3'],
  ['Low', '0', '0', '4', '0', '4'],
  ['Total', '0', '0', '7', '0', '7'],
  ['', '', '', '', '', ''],
  ['Open actions past their original deadline: revised or overdue', '', '', '', '', ''],
  ['No open action is past its original deadline.', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['Overdue actions by time past the original deadline', '', '', '', '', ''],
  ['No actions are overdue.', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['Implementation of actions due in the period', '', '', '', '', ''],
  ['Measure', 'Actions', 'Share', '', '', ''],
  ['Due after 24/07/2024 and by 30/09/2024', '4', '100%', '', '', ''],
  ['Implemented by their deadline', '1', '25%', '', '', ''],
  ['Implemented after their deadline', '3', '75%', '', '', ''],
  ['Still open', '0', '0%', '', '', ''],
  ['', '', '', '', '', ''],
  ['Movement since the last paper', '', '', '', '', ''],
  [
    'No paper dated before 30/09/2024 is recorded in this workbook, so there is no movement to show yet. The next paper will show movement once this one is recorded (Record this paper in the add-in, or jac-summary --record).',
    '',
    '',
    '',
    '',
    '',
  ],
  ['', '', '', '', '', ''],
  ['Summary', '', '', '', '', ''],
  [
    'The internal audit plan contains 16 audits: 2 are finalised (1 with substantial and 1 with reasonable assurance), 3 are at draft report stage and 11 are being planned. Final reports have been issued for 13% of the plan. The action tracker holds 7 actions, none of them open. 7 actions were signed off between the previous meeting on 24/07/2024 and 30/09/2024. No actions are overdue.',
    '',
    '',
    '',
    '',
    '',
  ],
];
