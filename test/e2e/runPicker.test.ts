import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

const title = (): Promise<string> => s.page.locator('#fig-flags-title').innerText();

describe('the flagging figure shows one run, chosen by the user', () => {
  it('shows run 1, period 1 first; the run number, "another run" and the period change what it shows', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.waitForSelector('[data-chart=flags] svg', { timeout: 60_000 });
    expect(await title()).toContain('körning 1, period 1 (månad 1–3)');
    expect(await s.page.locator('#fig-flags-desc').innerText()).toMatch(/Punkterna sprids kring den streckade linjen av slumpen i urvalet ensam, mer ju färre mätta klienter \(här median \d+ per utförare\)/);
    // The table is in a closed <details>: read its text, not what is rendered.
    const rows = (): Promise<string[]> => s.page.locator('section[aria-labelledby=flags-h] details.chart-table tbody tr').allTextContents();
    const firstRows = await rows();
    expect(firstRows.length).toBeGreaterThan(0);

    await s.page.fill('#run-number', '7');
    await s.page.press('#run-number', 'Tab');
    await expect.poll(title).toContain('körning 7, period 1');
    await expect.poll(() => rows()).not.toEqual(firstRows);

    // A number outside 1–runs is brought inside it, never simulated.
    await s.page.fill('#run-number', '5000');
    await s.page.press('#run-number', 'Tab');
    await expect.poll(() => s.page.inputValue('#run-number')).toBe('1000');
    await expect.poll(title).toContain('körning 1000,');

    await s.page.getByTestId('another-run').click();
    await expect.poll(() => s.page.inputValue('#run-number')).not.toBe('1000');
    const shown = await s.page.inputValue('#run-number');
    await expect.poll(title).toContain(`körning ${shown},`);

    await s.page.selectOption('#run-period', 'contract');
    await expect.poll(title).toContain('hela avtalstiden (36 månader)');
    expect(await s.page.locator('#fig-flags-desc').innerText()).toMatch(/Räknat som flaggad i minst 10\s%/);
    await s.page.selectOption('#run-period', '11');
    await expect.poll(title).toContain('period 12 (månad 34–36)');
    // English at once, the same run and period.
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(title).toBe(`True and measured good-outcome rate per provider, run ${shown}, period 12 (months 34–36)`);
    expect(await s.page.locator('#run-period option:checked').innerText()).toBe('Period 12: months 34–36');
    expect(s.errors).toEqual([]);
  });
});
