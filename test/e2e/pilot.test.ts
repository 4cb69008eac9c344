import AxeBuilder from '@axe-core/playwright';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('Pilot view', () => {
  it('computes a sample size for the default scenario on the workers and turns it into a scenario', async () => {
    await openApp(s.page, '#pilot');
    await expect.poll(() => s.page.locator('pilot-view h1').textContent()).toContain('Pilot och urval');
    await s.page.getByTestId('pilot-window').selectOption('12');
    await s.page.getByTestId('pilot-run').click();
    const sentence = s.page.getByTestId('pilot-sentence');
    await sentence.waitFor({ timeout: 80_000 });
    // The default measure needs hundreds of clients: the sentence names the number and the years.
    expect(await sentence.textContent()).toMatch(/behövs omkring [\d\s\u00a0]+ mätta klienter per utförare, vilket tar en typisk utförare [\d,]+ år/);
    expect(await s.page.getByTestId('pilot-precision').textContent()).toContain('senaste 12 månaderna');
    await expect.poll(() => s.page.locator('pilot-view chart-figure canvas, pilot-view chart-figure svg').count()).toBeGreaterThan(0);
    // The results, with the chart and tables, pass axe in both languages.
    for (const lang of ['sv', 'en']) {
      if (lang === 'en') {
        await s.page.getByTestId('lang-switch').click();
        await expect.poll(() => sentence.textContent()).toMatch(/you need about [\d,]+ measured clients per provider, which takes a typical provider [\d.]+ years/);
      }
      const axe = await new AxeBuilder({ page: s.page }).include('pilot-view').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
    await s.page.getByTestId('lang-switch').click();
    await s.page.getByTestId('pilot-apply').click();
    await expect.poll(() => s.page.locator('[data-testid=notices]').textContent()).toContain('bedöms över senaste 12 månaderna');
    expect(s.errors).toEqual([]);
  });

  it('cancels a running computation', async () => {
    await openApp(s.page, '#pilot');
    await s.page.getByTestId('pilot-run').click();
    await s.page.getByTestId('pilot-cancel').click();
    await expect.poll(() => s.page.locator('pilot-view [role=status]').textContent()).toContain('avbröts');
    expect(await s.page.getByTestId('pilot-run').isDisabled()).toBe(false);
  });
});
