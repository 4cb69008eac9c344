import AxeBuilder from '@axe-core/playwright';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('sensitivity', () => {
  it('opens the view, runs the analysis in the workers and shows a tornado, the shares and the sentence', async () => {
    await openApp(s.page, '#sensitivity');
    await s.page.getByRole('heading', { name: 'Vilka osäkra antaganden styr svaret?' }).waitFor();
    // The default scenario has no distributions: the library's uncertain inputs are used.
    expect(await s.page.locator('#sens-borrow').isChecked()).toBe(true);
    await s.page.locator('#sens-runs').fill('50');
    await s.page.locator('#sens-runs').dispatchEvent('change');
    await s.page.locator('sensitivity-view [data-testid=run]').click();
    await s.page.waitForSelector('.chart-canvas[data-chart=tornado] svg', { timeout: 120_000 });
    // The five distributions and the active estimates across their documented ranges.
    expect(await s.page.locator('figure[aria-labelledby=fig-tornado-title] tbody tr').count()).toBeGreaterThan(10);
    expect(await s.page.locator('figure[aria-labelledby=fig-tornado-title] tbody').textContent()).toContain('Placeringslängd, median — HVB för ungdomar');
    expect(await s.page.locator('[data-testid=sens-skipped]').textContent()).toMatch(/uppskattningar är utelämnade/);
    await s.page.waitForSelector('.chart-canvas[data-chart=variance-shares] svg');
    // Today's per diem has nothing to be compared with, so no value of information: the sentence names the largest share.
    expect(await s.page.locator('.chart-canvas[data-chart=evppi]').count()).toBe(0);
    expect(await s.page.locator('[data-testid=sens-sentence]').textContent()).toMatch(/Svaret beror mest på Placeringslängd, median — HVB för ungdomar \(\d+,\d\s%/);
    // A one-way sweep over the input with the largest swing, as a line with its band.
    await s.page.locator('#sweep-steps').fill('3');
    await s.page.locator('#sweep-steps').dispatchEvent('change');
    await s.page.locator('[data-testid=sweep-run]').click();
    await s.page.waitForSelector('.chart-canvas[data-chart=sweep] svg', { timeout: 120_000 });
    expect(await s.page.locator('figure[aria-labelledby=fig-sweep-title] tbody tr').count()).toBe(3);
    // With its results on screen the view has no serious or critical accessibility problem.
    const axe = await new AxeBuilder({ page: s.page }).include('sensitivity-view').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 240_000);
});
