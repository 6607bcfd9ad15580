/**
 * Debian's Chromium (never a downloaded browser), headless, with a fresh profile per test file, and the flags that
 * keep it off the network: on a closed network its background services would only fail, slowly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jac-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // A page error, a console error or a request leaving the preview's server fails the test file.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // "Nothing is uploaded anywhere": the page may only ever ask its own server for its own files.
  const origin = process.env.PREVIEW_URL ? new URL(process.env.PREVIEW_URL).origin : null;
  context.on('request', (request) => {
    const url = new URL(request.url());
    const ownFile = url.origin === origin && request.method() === 'GET';
    if (/^https?:$/.test(url.protocol) && !ownFile) errors.push(`request: ${request.method()} ${request.url()}`);
  });
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);
    },
  };
}
