/**
 * Editing cells in the preview's grid reaches the pane's live checking as an Excel change event would: a
 * deadline typed as a day that does not exist is flagged, and the flag goes once the date is fixed.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { SAMPLE_WORKBOOK } from './support/files';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

let browser: Browser;
let preview: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
  await preview.showSheet('Audit Actions');
});

afterAll(async () => {
  await browser?.close();
});

const IMPOSSIBLE = "'Audit Actions'!D2";

async function findingsAt(address: string): Promise<string[]> {
  return (await preview.findingTexts()).filter((text) => text.startsWith(address));
}

describe('editing a cell in the preview', () => {
  it('flags a deadline typed as 30/02/2024, keeping it as text as Excel does', async () => {
    expect(await findingsAt(IMPOSSIBLE)).toEqual([]);
    await preview.editCell(1, 3, '30/02/2024');
    expect(await preview.cell(1, 3).innerText()).toBe('30/02/2024');
    expect(await preview.cell(1, 3).evaluate((td) => getComputedStyle(td).textAlign)).toBe('left');
    await eventually(async () => expect(await findingsAt(IMPOSSIBLE)).toEqual([EXPECTED_IMPOSSIBLE_FINDING]));
  });

  it('clears the finding once the deadline is a real date again', async () => {
    await preview.editCell(1, 3, '30/10/2024');
    expect(await preview.cell(1, 3).innerText()).toBe('30/10/2024');
    expect(await preview.cell(1, 3).evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    await eventually(async () => expect(await findingsAt(IMPOSSIBLE)).toEqual([]));
  });

  it('does not flag edits while "Check the data as I edit" is off, and catches up when it is turned on again', async () => {
    const checking = preview.pane.getByRole('switch', { name: 'Check the data as I edit' });
    await checking.click();
    expect(await checking.isChecked()).toBe(false);
    // Any settings change re-checks the workbook (reading it afresh, as nothing keeps it current now): let that pass.
    await browser.page.waitForTimeout(1000);
    await preview.editCell(1, 3, '30/02/2024');
    // Three times the pane's 300 ms quiet time: a listening pane would have flagged the date by now.
    await browser.page.waitForTimeout(1000);
    expect(await findingsAt(IMPOSSIBLE)).toEqual([]);
    await checking.click();
    await eventually(async () => expect(await findingsAt(IMPOSSIBLE)).toEqual([EXPECTED_IMPOSSIBLE_FINDING]));
    await preview.editCell(1, 3, '30/10/2024');
    await eventually(async () => expect(await findingsAt(IMPOSSIBLE)).toEqual([]));
  });

  it('leaves the cell as it was when the edit is cancelled with Escape', async () => {
    await preview.cell(2, 2).click();
    await browser.page.keyboard.press('Enter');
    const editor = preview.grid.getByRole('textbox', { name: "Edit 'Audit Actions'!C3" });
    expect(await editor.inputValue()).toBe('Low');
    await editor.fill('Hihg');
    await editor.press('Escape');
    expect(await preview.cell(2, 2).innerText()).toBe('Low');
    expect(await preview.selectionStatus.innerText()).toBe("Selected cell: 'Audit Actions'!C3");
  });

  it('shows an error the person can act on when a protected sheet stops the refresh', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-protected-'));
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(SAMPLE_WORKBOOK);
      await workbook.getWorksheet('Audit Actions')!.protect('', {});
      const file = path.join(folder, 'protected-tracker.xlsx');
      await workbook.xlsx.writeFile(file);

      await preview.openFile(file);
      await preview.refreshButton.click();
      const alert = preview.pane.getByText(/is protected/);
      await alert.waitFor();
      expect(await alert.innerText()).toContain(
        "The sheet 'Audit Actions' is protected, so the add-in could not write to it. Unprotect it (Review > Unprotect Sheet), or ask whoever protected it, then refresh again.",
      );
      expect(await seriousViolations(browser.page, 'aside')).toEqual([]);
      // Nothing was written: no summary sheet appeared.
      expect(await browser.page.getByRole('tab').allInnerTexts()).toEqual(['Audit Plan', 'Audit Actions']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says why a file that is not a workbook cannot be opened, and keeps the workbook that was open', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-notxlsx-'));
    try {
      const file = path.join(folder, 'minutes.xlsx');
      writeFileSync(file, 'Minutes of the Joint Audit Committee, 24 July 2024');
      await browser.page.getByLabel('Open workbook').setInputFiles(file);
      const bar = browser.page.getByText('This file is not an Excel workbook (.xlsx).');
      await bar.waitFor();
      expect(await bar.textContent()).toBe(
        'minutes.xlsx was not opened This file is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again.',
      );
      expect(await browser.page.getByText('protected-tracker.xlsx. Everything stays in this browser tab').count()).toBe(1);
      expect(await seriousViolations(browser.page, 'body')).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

const EXPECTED_IMPOSSIBLE_FINDING =
  "'Audit Actions'!D2 · Error The deadline 30/02/2024 is not a real date: February 2024 has 29 days. Enter the intended date as dd/mm/yyyy.";
