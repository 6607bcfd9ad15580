/**
 * A messy real-world tracker opened from disk: the pane lists its problems, each leads to its cell, and after a
 * refresh the open overdue actions are painted red as Excel's conditional formats would paint them today.
 */
import { seriousViolations } from './support/axe';
import { launchBrowser, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { MESSY_WORKBOOK, screenshotPath, screenshotWhole } from './support/files';
import { PreviewPage } from './support/previewPage';

jest.setTimeout(120_000);

let browser: Browser;
let preview: PreviewPage;

beforeAll(async () => {
  browser = await launchBrowser();
  preview = new PreviewPage(browser.page);
  await preview.open();
  await preview.openFile(MESSY_WORKBOOK);
  expect(await browser.page.getByRole('tab').allInnerTexts()).toEqual(['Plan 2024-25', 'Action Tracker']);
});

afterAll(async () => {
  await browser?.close();
});

describe('the preview on a messy tracker opened from disk', () => {
  it('lists every problem with its cell, errors first', async () => {
    expect(
      await eventually(async () => {
        const texts = await preview.findingTexts();
        expect(texts.length).toBeGreaterThan(0);
        return texts;
      }),
    ).toEqual(EXPECTED_FINDINGS);
  });

  it('has no serious or critical accessibility problems in the pane with findings', async () => {
    expect(await seriousViolations(browser.page, 'aside')).toEqual([]);
    await screenshotWhole(browser.page, preview.pane, 'pane-findings-320.png');
  });

  it('selects the cell of a finding that is clicked, on its own sheet', async () => {
    await preview.showSheet('Plan 2024-25');
    await preview.findings.getByRole('listitem').filter({ hasText: "'Action Tracker'!D7" }).first().click();
    await eventually(async () => expect(await preview.selectionStatus.innerText()).toBe("Selected cell: 'Action Tracker'!D7"));
    expect(await preview.sheetTab('Action Tracker').getAttribute('aria-selected')).toBe('true');
    const cell = preview.cell(6, 3);
    expect(await cell.getAttribute('aria-selected')).toBe('true');
    expect(await cell.innerText()).toBe('30/02/2024');
    expect(await preview.grid.locator('[aria-selected="true"]').count()).toBe(1);
  });

  it('paints open overdue actions red and those due within 30 days amber once the refresh has added the rules', async () => {
    await preview.showSheet('Action Tracker');
    const background = (row: number) => preview.cell(row, 0).evaluate((td) => getComputedStyle(td).backgroundColor);
    // Payroll 1 (row 4): deadline 30/06/2024, never implemented. Before a refresh the sheet has no rules yet.
    expect(await background(3)).toBe('rgba(0, 0, 0, 0)');
    await preview.refresh();
    await eventually(async () => expect(await background(3)).toBe('rgb(255, 199, 206)'));
    // Today is 01/10/2024 in the page. Payroll 2 (row 5) is due 15/10/2024: amber.
    expect(await background(4)).toBe('rgb(255, 235, 156)');
    // Custody 2 (row 9) was implemented on 20/08/2024; Seized Property 5 (row 12) was revised to 30/11/2024.
    expect(await background(8)).toBe('rgba(0, 0, 0, 0)');
    expect(await background(11)).toBe('rgba(0, 0, 0, 0)');
    await browser.page.screenshot({ path: screenshotPath('preview-highlighting.png') });
  });
});

/** The messy tracker's findings as the pane lists them (paper date left empty, so as of the page's today, 01/10/2024). */
const EXPECTED_FINDINGS: string[] = [
  `'Action Tracker'!D6 · Error The deadline 12/31/2024 reads as month/day/year. Dates here are day/month/year: did you mean 31/12/2024? Change it to 31/12/2024.`,
  `'Action Tracker'!D7 · Error The deadline 30/02/2024 is not a real date: February 2024 has 29 days. Enter the intended date as dd/mm/yyyy.`,
  `'Action Tracker'!F13 · Error The sign-off date 01/03/2025 is after the date of this paper, 01/10/2024. Correct the sign-off date, or clear it until the action has been signed off.`,
  `'Action Tracker'!C5 · Warning The risk "Meduim" is not a risk grade the summary recognises, so the action is counted as "Not graded". Change it to "Medium".`,
  `'Action Tracker'!D8 · Warning The open action Custody recommendation 1 has the deadline "TBC", which is not a date, so it cannot be shown as overdue or due soon. Enter the agreed deadline as dd/mm/yyyy.`,
  `'Action Tracker'!A11 · Warning Payroll recommendation 1 is listed twice: it is already at 'Action Tracker'!A4. Delete one of the two rows, or correct the recommendation number if they are different actions.`,
  `'Plan 2024-25'!D5 · Warning Fleet Management has a final report ("Final report issued") but no assurance opinion. Enter the opinion from the final report in the opinion column, for example "Reasonable".`,
  `'Plan 2024-25'!B8 · Warning The planned start 08/01/2024 for Custody has passed, but the status "Not started" still shows the audit as not started. Update the status, or change the planned start to the new date.`,
  `'Plan 2024-25'!C10 · Warning The status "Fieldwrok" for Treasury Management looks misspelt; it is read as "Fieldwork". Change it to "Fieldwork".`,
  `'Plan 2024-25'!D12 · Warning The assurance opinion in "Limted" is not an opinion word the summary recognises, so no opinion is counted for Wellbeing. Change the opinion to "Limited".`,
];
