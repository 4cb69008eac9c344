/**
 * The built page under its Content Security Policy: loading, running, comparing and exporting
 * must not trigger a single violation (vega runs its expression interpreter, not eval). The
 * server sends the policies as headers (frame-ancestors; the worker script a policy of its
 * own, which the running worker then enforces: no network), and production has no ws:.
 */
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageHeaderPolicy, pagePolicy, WORKER_POLICY } from '../../src/hosting/contentSecurityPolicy.js';
import { baseUrl, openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('content security policy', () => {
  it('has no violation while loading, running, comparing and exporting', async () => {
    await s.page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
    });
    const csp: string[] = [];
    s.page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text()); });
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.waitForSelector('.chart-canvas[data-chart=cost] svg');
    await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('download-summary').click()]);
    const figure = s.page.locator('chart-figure').first();
    await Promise.all([s.page.waitForEvent('download'), figure.getByRole('button', { name: /PNG/ }).click()]);
    await s.page.getByRole('link', { name: 'Jämför', exact: true }).click();
    await s.page.locator('.design-choice input[data-key="lib:withhold.json"]').check();
    await s.page.locator('run-panel [data-testid=run]').click();
    await s.page.waitForFunction(() => document.querySelectorAll('compare-card').length > 0 && !!document.querySelector('run-panel [data-testid=cancel]')?.hasAttribute('disabled'), null, { timeout: 90_000 });
    await s.page.waitForSelector('.chart-canvas[data-chart=differences] svg');
    expect(await s.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(csp).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('is sent as headers: the page with frame-ancestors, the worker script with its own policy; no ws: in production', async () => {
    const page = await fetch(baseUrl());
    expect(page.headers.get('content-security-policy')).toBe(pageHeaderPolicy('production'));
    const html = await page.text();
    expect(html).toContain(`content="${pagePolicy('production')}"`);
    expect(html).not.toMatch(/\bwss?:/);
    const worker = readdirSync(new URL('../../dist/assets/', import.meta.url)).find((f) => /^browserWorker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    const script = await fetch(new URL(`assets/${worker}`, baseUrl()));
    expect(script.headers.get('content-security-policy')).toBe(WORKER_POLICY);
  });

  it('the running worker is under its own policy: it cannot reach the network', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    const worker = s.page.workers().find((w) => /browserWorker/.test(w.url()));
    expect(worker).toBeDefined();
    const outcome = await worker!.evaluate(() => fetch('./').then(() => 'fetched', (e: unknown) => `refused: ${String(e)}`));
    expect(outcome).toMatch(/^refused/);
  });
});
