/**
 * Headless Chromium for the e2e tests: the `chromium` binary on PATH (Debian's package; set
 * CHROMIUM_PATH to use another), a fresh profile per test, and helpers to wait for the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium was not found on PATH; install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Messages the page logged as errors (CSP violations, exceptions): tests expect none. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openSession(width = 1280, height = 900): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(), headless: true, args: ARGS, viewport: { width, height }, acceptDownloads: true, locale: 'sv-SE',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return {
    context, page, errors,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const baseUrl = (): string => inject('baseUrl');

/** Waits until the simulation started last has finished (all its runs done, Cancel disabled). */
export async function waitForIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => {
    const cancel = document.querySelector('run-panel [data-testid=cancel]');
    const m = /^([\d\s\u00a0,]+) (av|of) ([\d\s\u00a0,]+)/.exec(document.querySelector('[data-testid=runs-progress]')?.textContent ?? '');
    return !!cancel?.hasAttribute('disabled') && !!m && m[1].replace(/\D/g, '') === m[3].replace(/\D/g, '');
  }, null, { timeout });
}

/** Waits for a finished run and returns the results view's one-line answer. */
export async function waitForResults(page: Page, timeout = 60_000): Promise<string> {
  await waitForIdle(page, timeout);
  await page.waitForSelector('[data-testid=headline]', { timeout });
  return (await page.locator('[data-testid=headline]').textContent()) ?? '';
}

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(baseUrl() + hash);
  await page.waitForSelector('app-header');
}
