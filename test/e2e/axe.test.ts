import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

const VIEWS = ['results', 'editor', 'library', 'compare', 'pilot', 'report', 'accessibility'] as const;

let s: Session;
beforeAll(async () => {
  s = await openSession();
  await openApp(s.page);
  await waitForResults(s.page);
});
afterAll(async () => { await s.close(); });

describe.each(['sv', 'en'] as const)('accessibility (axe-core) in %s', (lang) => {
  it.each(VIEWS)('has no serious or critical violation on %s', async (view) => {
    const current = await s.page.evaluate(() => document.documentElement.lang);
    if (current !== lang) {
      await s.page.getByTestId('lang-switch').click();
      await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    await s.page.evaluate((v) => { location.hash = v; }, view);
    await s.page.waitForFunction((v) => document.querySelector('main')?.firstElementChild?.tagName.toLowerCase().includes(v === 'accessibility' ? 'accessibility' : v.slice(0, 4)) ?? false, view);
    await s.page.waitForTimeout(300);
    const result = await new AxeBuilder({ page: s.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
  });
});

describe('the glossary dialog', () => {
  it('opens from a label at the term, is accessible, and closes with Escape back to the label', async () => {
    await s.page.evaluate(() => { location.hash = 'editor'; });
    const link = s.page.locator('param-field glossary-link button').first();
    await link.click();
    await s.page.waitForSelector('dialog.glossary[open]');
    const result = await new AxeBuilder({ page: s.page }).include('dialog.glossary').analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.classList.contains('glossary-link'))).toBe(true);
  });
});
