/**
 * The preview page as a person sees it, by roles and accessible names only (the names the issue asks to keep
 * stable), so these tests also check that the page can be used without seeing it.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { eventually } from './eventually';

/**
 * "Today" in the page, fixed so that TODAY()-style results (overdue colours, findings as of today, the default
 * paper date) do not change with the day the tests run. Only the date is fixed: timers run as usual.
 */
export const PAGE_TODAY = new Date('2024-10-01T09:00:00+01:00');

export class PreviewPage {
  constructor(readonly page: Page) {}

  /** The task pane: the same App Excel loads. */
  get pane(): Locator {
    return this.page.getByRole('complementary', { name: 'Task pane: JAC audit tracker' });
  }

  get refreshButton(): Locator {
    return this.pane.getByRole('button', { name: 'Refresh summary' });
  }

  get findings(): Locator {
    return this.pane.getByRole('region', { name: 'Findings' });
  }

  get grid(): Locator {
    return this.page.getByRole('grid');
  }

  get selectionStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Selected cell|No cell selected/ });
  }

  /** Opens the page on the bundled sample and waits until the pane has loaded its settings and checked the data. */
  async open(url = process.env.PREVIEW_URL): Promise<void> {
    if (!url) throw new Error('PREVIEW_URL is not set: run the browser tests through Jest, whose global setup serves the preview.');
    await this.page.clock.setFixedTime(PAGE_TODAY);
    await this.page.goto(url);
    await this.ready();
  }

  /**
   * Opens a workbook from disk through Open workbook (the file dialog itself is the browser's; the test hands the
   * file over), then waits for the page to name it and for the pane, started afresh for it, to be ready.
   */
  async openFile(file: string): Promise<void> {
    await this.page.getByLabel('Open workbook').setInputFiles(file);
    await this.page.getByText(`${path.basename(file)}. Everything stays in this browser tab`).waitFor();
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.grid.waitFor();
    await eventually(async () => {
      if ((await this.refreshButton.getAttribute('aria-disabled')) === 'true') throw new Error('The pane is still loading its settings.');
      if ((await this.findings.textContent())?.includes('Checking the workbook')) throw new Error('The pane is still checking the workbook.');
    }, 20_000);
  }

  /** Types a dd/mm/yyyy date into one of the pane's date fields and leaves it, as a person would. */
  async setDate(label: 'Paper date' | 'Previous meeting', text: string): Promise<void> {
    const input = this.pane.getByRole('combobox', { name: label });
    await input.fill(text);
    await input.press('Tab');
  }

  async refresh(): Promise<string> {
    await this.refreshButton.click();
    return this.refreshOutcome();
  }

  /** The one-line outcome ("16 audits, 7 actions: ...") once the refresh has finished. */
  async refreshOutcome(): Promise<string> {
    const outcome = this.pane.getByRole('status').filter({ hasText: /audits?,/ });
    await outcome.waitFor({ timeout: 20_000 });
    return (await outcome.innerText()).trim();
  }

  sheetTab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async showSheet(name: string): Promise<void> {
    await this.sheetTab(name).click();
    await eventually(async () => {
      if ((await this.grid.getAttribute('aria-label')) !== `Sheet ${name}`) throw new Error(`Sheet ${name} is not in front yet.`);
    });
  }

  /** The grid's cell at 0-based coordinates on the sheet in front. */
  cell(row: number, column: number): Locator {
    return this.grid.locator(`td[data-r="${row}"][data-c="${column}"]`);
  }

  /** The sheet in front as text, row by row, without the empty rows and columns Excel draws around the data. */
  async sheetText(): Promise<string[][]> {
    // Cells are placed by their column, so a merged area (one td spanning several columns) keeps the rest aligned.
    const rows = await this.grid.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const row: string[] = [];
        for (const td of Array.from(tr.querySelectorAll('td'))) row[Number(td.dataset.c)] = (td.textContent ?? '').trim();
        return Array.from(row, (text) => text ?? '');
      }),
    );
    const used = rows.filter((row) => row.some((text) => text !== ''));
    const lastRow = rows.reduce((last, row, index) => (row.some((text) => text !== '') ? index : last), -1);
    const width = used.reduce(
      (max, row) =>
        Math.max(
          max,
          row.reduce((last, text, index) => (text ? index + 1 : last), 0),
        ),
      0,
    );
    return rows.slice(0, lastRow + 1).map((row) => row.slice(0, width));
  }

  /** Each finding's text as the pane shows it (address, severity, message, suggestion). */
  async findingTexts(): Promise<string[]> {
    return (await this.findings.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Double-click a cell, type, and press Enter: an edit as Excel users make it. */
  async editCell(row: number, column: number, text: string): Promise<void> {
    await this.cell(row, column).dblclick();
    const editor = this.grid.getByRole('textbox');
    await editor.fill(text);
    await editor.press('Enter');
  }
}
