/**
 * The built page under its Content Security Policy: loading, running, comparing and exporting
 * must not trigger a single violation (vega runs its expression interpreter, not eval).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

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
});
