/**
 * A tracker of 2,000 actions: the whole sheet is drawn, an edit on its last row reaches live checking, and the
 * finding leads to that cell, scrolled into view. (How fast is measured by hand and by npm run bench, not here.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cellsToWorkbook } from '../../src/file/cellsToWorkbook';
import { generateWorkbook } from '../fixtures/generateWorkbook';
import { launchBrowser, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

let browser: Browser;
let preview: PreviewPage;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-large-'));
  const file = path.join(folder, 'large-tracker.xlsx');
  await cellsToWorkbook(generateWorkbook({ audits: 40, actions: 2000, seed: 7 })).xlsx.writeFile(file);
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
  await preview.openFile(file);
  await preview.showSheet('Audit Actions');
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a 2,000-action tracker in the preview', () => {
  it('draws every row of the sheet', async () => {
    expect(await preview.grid.locator('tbody tr').count()).toBe(2006);
    expect(await preview.grid.locator('tbody tr').nth(2000).locator('th').innerText()).toBe('2001');
    expect(await preview.cell(2000, 0).innerText()).not.toBe('');
  });

  it('flags an edit on the last row and leads back to it from the finding', async () => {
    await preview.cell(2000, 3).scrollIntoViewIfNeeded();
    await preview.editCell(2000, 3, '30/02/2024');
    const finding = preview.findings.getByRole('listitem').filter({ hasText: "'Audit Actions'!D2001" });
    await eventually(async () => expect(await finding.count()).toBe(1));

    await preview.cell(0, 0).click();
    await preview.grid.evaluate((grid) => grid.parentElement?.scrollTo(0, 0));
    await finding.click();
    await eventually(async () => expect(await preview.selectionStatus.innerText()).toBe("Selected cell: 'Audit Actions'!D2001"));
    // The selected cell was scrolled into the grid's view.
    const visible = await preview.cell(2000, 3).evaluate((td) => {
      const cell = td.getBoundingClientRect();
      const view = td.closest('table')!.parentElement!.getBoundingClientRect();
      // Rows are drawn at fractional pixel positions: allow one pixel for rounding.
      return cell.top >= view.top - 1 && cell.bottom <= view.bottom + 1;
    });
    expect(visible).toBe(true);
  });
});
