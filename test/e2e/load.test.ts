import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('opening the workbench', () => {
  it('shows the default scenario already run, with the plain answer and charts', async () => {
    await openApp(s.page);
    const headline = await waitForResults(s.page);
    expect(headline).toMatch(/Med dagens dygnsersättning betalar staden [\d,]+\smiljoner kronor per år/);
    await s.page.waitForSelector('.chart-canvas[data-chart=cost] svg');
    // The flagging chart shows one run, simulated again in a worker once the batch is done.
    await s.page.waitForSelector('.chart-canvas[data-chart=flags] svg');
    expect(await s.page.locator('.chart-canvas svg').count()).toBeGreaterThanOrEqual(6);
    expect(await s.page.locator('[data-testid=runs-progress]').textContent()).toMatch(/1\s000 av 1\s000/);
    const firstChart = await s.page.evaluate(() => performance.getEntriesByName('run-to-first-chart').map((e) => e.duration));
    expect(firstChart).toHaveLength(1);
    console.log(`open → first chart: ${Math.round(firstChart[0])} ms`);
    expect(s.errors).toEqual([]);
  });

  it('measures Run → first chart for the default scenario', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.evaluate(() => performance.clearMeasures('run-to-first-chart'));
    await s.page.getByTestId('run').first().click();
    await s.page.waitForFunction(() => performance.getEntriesByName('run-to-first-chart').length > 0, null, { timeout: 30_000 });
    const ms = await s.page.evaluate(() => performance.getEntriesByName('run-to-first-chart')[0].duration);
    console.log(`Run → first chart: ${Math.round(ms)} ms`);
    expect(ms).toBeGreaterThan(0);
    await waitForResults(s.page);
  });

  it('switches to English, numbers included', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.locator('[data-testid=headline]').textContent()).toMatch(/Under today's per diem the city pays SEK\s[\d.]+\smillion per year/);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
