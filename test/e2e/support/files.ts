/** Workbooks the browser tests open, read back and write, and where screenshots go. */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './buildPreview';

export const SAMPLE_WORKBOOK = path.join(ROOT, 'assets', 'sample', 'jac-tracker-sample.xlsx');
export const MESSY_WORKBOOK = path.join(ROOT, 'test', 'fixtures', 'messy-tracker.xlsx');
/**
 * Every run saves its screenshots under test-results/ (not committed). With UPDATE_SCREENSHOTS=1 they go to
 * docs/screenshots instead, the committed copies README shows; a plain test run then leaves the tree clean.
 */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : path.join(ROOT, 'test-results', 'screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * A sheet's cells as plain values (dates as ISO text) with their number formats, row by row, for checking that a
 * workbook's user data came back unchanged.
 */
export function sheetValues(worksheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const value = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value;
      values[columnNumber - 1] = [value === undefined ? null : value, cell.numFmt ?? 'General'];
    });
    rows[rowNumber - 1] = values;
  });
  return rows;
}

/**
 * A screenshot of a scrolling panel with all of its content, not only the part in view: the window is made tall
 * enough for the panel for the shot, then put back.
 */
export async function screenshotWhole(page: Page, panel: Locator, name: string): Promise<void> {
  const viewport = page.viewportSize();
  const height = await panel.evaluate((element) => element.scrollHeight + element.getBoundingClientRect().top);
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) });
  try {
    await panel.screenshot({ path: screenshotPath(name) });
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
