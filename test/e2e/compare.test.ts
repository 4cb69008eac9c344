import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForIdle, type Session } from './browser.js';

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
  it('says what differs besides the rule, which behaviours are assumed, the levels, and each design if providers respond or not', async () => {
    await openApp(s.page, '#compare');
    await s.page.selectOption('[data-testid=compare-baseline]', 'lib:default.json');
    await s.page.locator('.design-choice input[data-key="lib:threshold-cliff.json"]').check();
    await s.page.getByTestId('compare-responses').check();
    await s.page.locator('run-panel [data-testid=run]').click();
    await waitForIdle(s.page, 240_000);
    await s.page.waitForSelector('[data-testid=respond-pair] compare-card[data-assumption=respond] .card-row');
    const card = s.page.locator('#cards-h + .cards [data-testid=compare-card]').first();
    // The baseline's level and the design's beside the difference, per year like it.
    expect(await card.locator('[data-metric=cost] .levels').textContent()).toMatch(/Jämförelse → utformning: [\d\s\u00a0]+,\d → [\d\s\u00a0]+,\d mnkr per år/);
    expect(await card.locator('[data-metric=trueRate] .levels').textContent()).toMatch(/\d+,\d\s%\s→\s\d+,\d\s%/);
    // The yearly cliff against the quarterly default: the settlement period is named.
    expect(await card.getByTestId('card-warnings').textContent()).toMatch(/Förslaget räknar och betalar årsvis, jämförelsen kvartalsvis/);
    expect(await card.getByTestId('card-behaviours').textContent()).toMatch(/^Antagande: utförarna antas inte reagera på ersättningen/);
    expect(await card.locator('[data-metric=unmeasured]').count()).toBe(0);
    // The pair: the same comparison with no behaviour, and with every behaviour on on both sides.
    const pair = s.page.getByTestId('respond-pair');
    expect(await pair.count()).toBe(1);
    const still = pair.locator('compare-card[data-assumption=still]'), respond = pair.locator('compare-card[data-assumption=respond]');
    expect(await still.locator('h4').textContent()).toBe('Om utförarna inte reagerar');
    expect(await respond.locator('h4').textContent()).toBe('Om utförarna reagerar');
    expect(await still.locator('[data-metric=cost] .big').textContent()).toBe(await card.locator('[data-metric=cost] .big').textContent());
    expect(await respond.getByTestId('card-behaviours').first().textContent()).toMatch(/både i Tröskelbonus \(klippa\) och i Dagens dygnsersättning: Extra vårdinsats, .*Mätt mot omätt kvalitet/);
    // Multitasking is on in the respond column: what the measure does not see is beside the true outcomes.
    expect(await respond.locator('.card-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric')))).toEqual(['cost', 'trueRate', 'unmeasured', 'attributable', 'loss', 'wrongFlag', 'adminHours']);
    expect(await respond.locator('[data-metric=unmeasured] .levels').textContent()).toMatch(/%\s→\s/);
    const stillCost = await still.locator('[data-metric=cost] .big').textContent();
    const respondCost = await respond.locator('[data-metric=cost] .big').textContent();
    await expectAccessible(s.page, 'compare');
    // The report says the same.
    await s.page.getByRole('link', { name: 'Rapport', exact: true }).click();
    const page = s.page.locator('.report-page').first();
    expect(await page.getByTestId('report-warnings').textContent()).toMatch(/årsvis, jämförelsen kvartalsvis/);
    expect(await page.getByTestId('report-behaviours').textContent()).toMatch(/^Antagande: utförarna antas inte reagera/);
    expect(await page.locator('tr[data-metric=cost] td .levels').first().textContent()).toMatch(/→ .* mnkr per år/);
    // The respond pair is printed too: the same differences in one column per assumption.
    const printed = page.getByTestId('report-respond-pair');
    expect(await printed.locator('thead th[data-assumption]').allTextContents()).toEqual([expect.stringContaining('Om utförarna inte reagerar'), expect.stringContaining('Om utförarna reagerar')]);
    expect(await printed.locator('tr[data-metric=cost] td[data-assumption=still]').textContent()).toContain(stillCost!);
    expect(await printed.locator('tr[data-metric=cost] td[data-assumption=respond]').textContent()).toContain(respondCost!);
    expect(await printed.locator('tr[data-metric=unmeasured] td[data-assumption=respond] .levels').textContent()).toMatch(/%\s→\s/);
    expect(await printed.locator('tr[data-metric=unmeasured] td[data-assumption=still]').textContent()).toBe('–gäller inte');
    // The verdict in words beside its colour, as on the cards.
    expect(await printed.locator('tr[data-metric=cost] td[data-assumption=respond] .verdict').textContent()).toMatch(/^\((bättre|sämre|ingen tydlig skillnad)\)$/);
    expect(await page.getByTestId('report-respond-behaviours').first().textContent()).toMatch(/Extra vårdinsats/);
    await expectAccessible(s.page, 'report');
    // In English too.
    await s.page.getByTestId('lang-switch').click();
    await s.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await s.page.getByTestId('report-warnings').first().textContent()).toMatch(/The design settles yearly, the baseline quarterly/);
    expect(await s.page.getByTestId('report-behaviours').first().textContent()).toMatch(/^Assumption: providers are assumed not to react to the payment/);
    await expectAccessible(s.page, 'report');
    await s.page.evaluate(() => { location.hash = 'compare'; });
    await s.page.waitForSelector('[data-testid=respond-pair] compare-card[data-assumption=respond] .card-row');
    expect(await s.page.locator('[data-testid=respond-pair] compare-card[data-assumption=respond] h4').textContent()).toBe('If providers respond');
    await expectAccessible(s.page, 'compare');
    await s.page.setViewportSize({ width: 390, height: 900 });
    await expectAccessible(s.page, 'compare');
  }, 300_000);
  it('runs the respond pair in the same batch as the comparison, with one progress bar and Cancel', async () => {
    await openApp(s.page, '#compare');
    await s.page.selectOption('[data-testid=compare-baseline]', 'lib:default.json');
    await s.page.locator('.design-choice input[data-key="lib:threshold-cliff.json"]').check();
    await s.page.getByTestId('compare-responses').check();
    await s.page.locator('run-panel [data-testid=run]').click();
    // Baseline, design, and the design and baseline with behaviours on: four jobs of 1 000 runs.
    await s.page.waitForFunction(() => {
      const m = /^([\d\s\u00a0]+) av ([\d\s\u00a0]+)/.exec(document.querySelector('[data-testid=runs-progress]')?.textContent ?? '');
      return !!m && Number(m[1].replace(/\D/g, '')) >= 2200;
    }, null, { timeout: 120_000 });
    expect(await s.page.getByTestId('runs-progress').textContent()).toMatch(/av 4\s000/);
    await s.page.getByTestId('cancel').click();
    await expect.poll(() => s.page.getByTestId('run').isDisabled(), { timeout: 5_000 }).toBe(false);
    expect(await s.page.getByTestId('run-announcement').textContent()).toMatch(/Avbrutet efter [\d\s\u00a0]+ av 4\s000 körningar/);
    // The comparison itself had finished: its card stays, complete.
    expect(await s.page.locator('#cards-h + .cards [data-testid=compare-card] .card-row').count()).toBe(6);
    expect(s.errors).toEqual([]);
  }, 180_000);
});

/** No serious or critical axe violation in the view as it stands (with its cards or pages). */
async function expectAccessible(page: Page, view: string): Promise<void> {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ view, violations: bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`) }).toEqual({ view, violations: [] });
}
