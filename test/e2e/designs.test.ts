/**
 * Designs have names and the names tell the truth: an edit makes a new design (the title
 * says so, the Results heading follows), naming keeps it in the browser, two named designs
 * survive a reload, can be renamed and duplicated, and are compared with each other.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openSession, waitForIdle, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

async function editAndName(page: Page, field: string, value: string, name: string, source: string): Promise<void> {
  await page.getByRole('link', { name: 'Redigera scenario', exact: true }).click();
  await page.fill(field, value);
  await page.press(field, 'Tab');
  await expect.poll(() => page.locator('app-header .scenario-line strong').textContent()).toBe(`Ny design (från ${source})`);
  await page.fill('[data-testid=design-name]', name);
  await page.click('[data-testid=save-design]');
  await expect.poll(() => page.locator('app-header .scenario-line strong').textContent()).toBe(name);
}

describe('named designs', () => {
  it('names two designs, keeps them across a reload, and compares them', async () => {
    await openApp(s.page);
    await waitForIdle(s.page);
    await editAndName(s.page, '#f-followUp-extraMinutes', '30', 'Trettio minuter', 'Dagens dygnsersättning');
    // The description is generated from what the design is, not the source's story.
    expect(await s.page.getByTestId('design-description').textContent()).toMatch(/^Trettio minuter.*Dygnsersättning.*Mått: Lägre grad av insats/s);
    await s.page.getByRole('link', { name: 'Scenariobibliotek', exact: true }).click();
    await s.page.getByTestId('load-outcome-bonus-10').click();
    await editAndName(s.page, '#f-payment-params-bonusPerSuccess', '120000', 'Halv bonus', 'Resultatbonus på 10 procent');

    // The Results heading follows the name once the design has run.
    await s.page.getByRole('link', { name: 'Resultat', exact: true }).click();
    await s.page.getByTestId('run').click();
    await waitForIdle(s.page);
    expect(await s.page.locator('results-view h1').textContent()).toContain('Halv bonus');
    expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await s.page.reload();
    await waitForIdle(s.page);
    await s.page.getByRole('link', { name: 'Scenariobibliotek', exact: true }).click();
    expect(await s.page.locator('[data-testid=saved-design] h3').allTextContents()).toEqual(['Trettio minuter', 'Halv bonus']);

    // Duplicate, then rename the copy.
    await s.page.getByRole('button', { name: 'Duplicera Trettio minuter' }).click();
    await expect.poll(() => s.page.locator('[data-testid=saved-design] h3').allTextContents()).toEqual(['Trettio minuter', 'Halv bonus', 'Trettio minuter (kopia)']);
    await s.page.getByRole('button', { name: 'Byt namn på Trettio minuter (kopia)' }).click();
    await s.page.fill('[data-testid=rename-input]', 'Trettio, kopia');
    await s.page.getByRole('button', { name: 'Spara namnet' }).click();
    await expect.poll(() => s.page.locator('[data-testid=saved-design] h3').allTextContents()).toContain('Trettio, kopia');
    await s.page.getByRole('button', { name: 'Ta bort Trettio, kopia' }).click();
    await expect.poll(() => s.page.locator('[data-testid=saved-design]').count()).toBe(2);

    // Compare the two named designs: one as the baseline, the other as the design.
    await s.page.getByRole('link', { name: 'Jämför', exact: true }).click();
    const ids = await s.page.locator('#cmp-baseline option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const key = (name: string): string => ids.find(([, text]) => text === name)![0];
    await s.page.selectOption('#cmp-baseline', key('Trettio minuter'));
    for (const box of await s.page.locator('.design-choice input:checked').all()) await box.uncheck();
    await s.page.locator(`.design-choice input[data-key="${key('Halv bonus')}"]`).check();
    await s.page.getByTestId('run').click();
    await waitForIdle(s.page);
    await s.page.waitForSelector('[data-testid=compare-card]');
    expect(await s.page.locator('[data-testid=compare-card] h3').allTextContents()).toEqual(['Halv bonus jämfört med Trettio minuter']);
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('cards-h');
    expect(s.errors).toEqual([]);
  });

  it('says why a fifth design cannot be chosen', async () => {
    await openApp(s.page, '#compare');
    await waitForIdle(s.page);
    const free = s.page.locator('.design-choice input:not(:disabled):not(:checked)');
    for (let i = 0; i < 4; i++) await free.first().check();
    expect(await s.page.getByTestId('fifth-help').textContent()).toMatch(/Högst fyra designer/);
    const greyed = s.page.locator('.design-choice input:disabled:not(:checked)').first();
    expect(await greyed.getAttribute('aria-describedby')).toBe('fifth-help');
  });
});
