import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

const VIEWS = ['results', 'editor', 'library', 'compare', 'pilot', 'report', 'sensitivity', 'accessibility'] as const;

let s: Session;
beforeAll(async () => {
  s = await openSession();
  await openApp(s.page);
  await waitForResults(s.page);
});
afterAll(async () => { await s.close(); });

const CASES = (['sv', 'en'] as const).flatMap((lang) => [1280, 390].map((width) => ({ lang, width })));

describe.each(CASES)('accessibility (axe-core) in $lang at $width px', ({ lang, width }) => {
  it.each(VIEWS)('has no serious or critical violation on %s', async (view) => {
    await s.page.setViewportSize({ width, height: 900 });
    const current = await s.page.evaluate(() => document.documentElement.lang);
    if (current !== lang) {
      await s.page.getByTestId('lang-switch').click();
      await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    await s.page.evaluate((v) => { location.hash = v; }, view);
    await s.page.waitForFunction((v) => document.querySelector('main')?.firstElementChild?.tagName.toLowerCase().includes(v === 'accessibility' ? 'accessibility' : v.slice(0, 4)) ?? false, view);
    await s.page.waitForTimeout(300);
    const result = await new AxeBuilder({ page: s.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    // label-content-name-mismatch is experimental in axe, so it is asked for by name (WCAG 2.5.3, label in name).
    const labelInName = await new AxeBuilder({ page: s.page }).withRules(['label-content-name-mismatch']).analyze();
    const bad = [...result.violations, ...labelInName.violations].filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
    // No developer text: working-file names, scenario file names, code names of documents, metric ids.
    const text = await s.page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text.match(/DESIGN\.md|DEFAULTS\.md|[\w-]+\.json\b|\bseed 0\d\d\b|\b(purchaser|outcomes|providers|measurement|care|clients|investor)\.[a-z][A-Za-z]+\b/g) ?? []).toEqual([]);
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
