// Browser-test support: Debian's Chromium driven by playwright-core (no browser download), axe-core injected
// into each page (through bypassCSP: the dashboard's CSP forbids inline script, rightly), screenshots on disk.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', // CI runs as root
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--no-first-run',
      '--metrics-recording-only',
      '--disable-domain-reliability',
    ],
  });
}

export function newContext(
  browser: Browser,
  baseURL: string,
  width: keyof typeof WIDTHS = 'desktop',
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: WIDTHS[width], bypassCSP: true, timezoneId: 'Asia/Kolkata' });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Zero serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(AXE);
  // Runs in the page: globalThis is the window there (this file is type-checked without the DOM library).
  const result = await page.evaluate(async () => {
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    const r = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${page.url()}`).toEqual([]);
}

/** The whole page, or one element (`selector`), or only the viewport (`selector` = 'viewport'). */
export async function screenshot(page: Page, name: string, selector?: string): Promise<Buffer> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (selector === 'viewport') return page.screenshot({ path });
  return selector ? page.locator(selector).screenshot({ path }) : page.screenshot({ path, fullPage: true });
}

export async function signIn(page: Page, apiKey: string): Promise<void> {
  await page.goto('/dashboard');
  await page.waitForURL((u) => u.pathname === '/dashboard/sign-in');
  await page.getByLabel('Account API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname === '/dashboard');
}

/** The CSRF token of the signed-in page (for the tests that post by hand). */
export const csrfOf = (page: Page) => page.locator('input[name=csrf]').first().inputValue();
