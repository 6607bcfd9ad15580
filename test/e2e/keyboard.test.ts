/**
 * Keyboard only: reach Refresh summary with Tab, press Enter, then move through the findings with the keyboard and
 * open one, which selects its cell in the grid.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { MESSY_WORKBOOK } from './support/files';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

let browser: Browser;
let preview: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
  // Choosing the file is the browser's own dialog; the test hands the file over and goes on with the keyboard.
  await preview.openFile(MESSY_WORKBOOK);
  expect(await browser.page.getByRole('tab').allInnerTexts()).toEqual(['Plan 2024-25', 'Action Tracker']);
  // Start from the top of the page, as a keyboard user arriving at it would.
  await browser.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
});

afterAll(async () => {
  await browser?.close();
});

/** What has the keyboard focus, as a screen reader would announce it: its role and accessible name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const name = element.getAttribute('aria-label') ?? element.innerText ?? '';
    return `${role}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab until focus lands on something whose description matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: RegExp, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (matches.test(await focused(page))) return presses;
  }
  throw new Error(`Focus never reached ${matches} in ${limit} presses of Tab; it ended on "${await focused(page)}".`);
}

describe('the pane with the keyboard only', () => {
  it('reaches Refresh summary with Tab and refreshes with Enter', async () => {
    await tabTo(browser.page, /^button: Refresh summary$/);
    await browser.page.keyboard.press('Enter');
    expect(await preview.refreshOutcome()).toMatch(/^\d+ audits, \d+ actions: /);
    expect(await browser.page.getByRole('tab').allInnerTexts()).toContain('JAC Summary');
  });

  it('moves through the findings with the arrow keys and opens one with Enter, selecting its cell', async () => {
    await tabTo(browser.page, /^listitem: /);
    const first = await focused(browser.page);
    await browser.page.keyboard.press('ArrowDown');
    const second = await focused(browser.page);
    expect(second).not.toBe(first);
    const address = /^listitem: (.+?) · /.exec(second)?.[1];
    expect(address).toBeDefined();
    await browser.page.keyboard.press('Enter');
    await eventually(async () => expect(await preview.selectionStatus.innerText()).toBe(`Selected cell: ${address}`));
  });
});
