import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('compare', () => {
  it('compares two designs with today\'s per diem on common random numbers', async () => {
    await openApp(s.page, '#compare');
    const boxes = s.page.locator('.design-choice input[type=checkbox]');
    const keys = await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
    const designs = keys.filter((k) => k.startsWith('lib:') && k !== 'lib:default.json').slice(0, 2);
    expect(designs).toHaveLength(2);
    // Today's per diem against itself would be a card of zeros: the current design is greyed out.
    expect(await s.page.locator('.design-choice input[data-key="current"]').isDisabled()).toBe(true);
    for (const d of designs) await s.page.locator(`.design-choice input[data-key="${d}"]`).check();
    await s.page.locator('run-panel [data-testid=run]').click();
    await s.page.waitForFunction(() => document.querySelectorAll('compare-card').length === 2 && !!document.querySelector('run-panel [data-testid=cancel]')?.hasAttribute('disabled'), null, { timeout: 90_000 });
    const cards = s.page.locator('[data-testid=compare-card]');
    expect(await cards.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const card = cards.nth(i);
      expect(await card.locator('.card-row').count()).toBe(6);
      expect(await card.locator('[data-metric=cost] .range').textContent()).toMatch(/90 % av körningarna: .+ till .+ mnkr/);
      expect(await card.locator('[data-metric=cost] .sentence').textContent()).toMatch(/Staden betalar|Kostnaden per år/);
    }
    await s.page.waitForSelector('.chart-canvas[data-chart=differences] svg');
    // The report has one page per design.
    await s.page.getByRole('link', { name: 'Rapport', exact: true }).click();
    expect(await s.page.locator('.report-page').count()).toBe(2);
    expect(await s.page.locator('.report-page').first().textContent()).toMatch(/Frö \d+ · 1\s000 körningar · gemensamma slumptal · motor/);
  });
});
