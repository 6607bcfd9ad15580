/** axe-core run inside the page (injected from node_modules, nothing fetched), reduced to what must not happen. */
import type { Page } from 'playwright-core';

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/**
 * Tabster's focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`, which Fluent's List, TabList and
 * others add) are focusable on purpose: they hand focus straight on, and hiding them from screen readers is what
 * keeps them silent. axe reports them as aria-hidden-focus; Tabster and Fluent list this as a known false positive
 * (microsoft/tabster#288). Only those elements are left out; every rule still runs on everything else.
 */
const KNOWN_FALSE_POSITIVES = ['[data-tabster-dummy]'];

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Serious and critical violations inside `selector`, as short lines a failing test can print.
 *
 * axe counts content scrolled out of an overflow container as not visible, so a label below the fold of the pane
 * would read as missing. The scan therefore runs with the window tall enough to show the whole pane, as a person
 * scrolling through it would see every part.
 */
export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const viewport = page.viewportSize();
  const contentHeight = await page.locator(selector).evaluate((element) => element.scrollHeight + element.getBoundingClientRect().top);
  if (viewport && contentHeight > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(contentHeight) + 50 });
  try {
    const violations: Violation[] = await page.evaluate(
      async ({ scope, exclude }) => {
        type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
        const result = await axe.run({ include: [scope], exclude }, { resultTypes: ['violations'] });
        return result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }));
      },
      { scope: selector, exclude: KNOWN_FALSE_POSITIVES },
    );
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
