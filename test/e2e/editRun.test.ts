import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForIdle, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

const price = '#f-segments-0-params-pricePerDay';

describe('editing and running', () => {
  it('edit a parameter, run, and the numbers change', async () => {
    await openApp(s.page);
    const before = await waitForResults(s.page);
    await s.page.getByRole('link', { name: 'Redigera scenario', exact: true }).click();
    await s.page.fill(price, '5000');
    await s.page.press(price, 'Tab');
    await s.page.getByRole('link', { name: 'Resultat', exact: true }).click();
    await expect.poll(() => s.page.locator('.notice.warning').first().textContent()).toContain('Scenariot har ändrats');
    await s.page.getByTestId('run').click();
    const after = await waitForResults(s.page);
    expect(after).not.toEqual(before);
    const cost = (text: string): number => Number(/betalar staden ([\d,]+)\smiljoner/.exec(text)?.[1].replace(',', '.'));
    // A higher price per day makes the per diem cost more than it did: same runs, same clients.
    expect(cost(after)).toBeGreaterThan(cost(before));
  });

  it('explains an invalid value in place, blocks Run, and undo brings the old value back', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await s.page.fill(price, '-5');
    await s.page.press(price, 'Tab');
    const field = s.page.locator('[data-path="segments[0].params.pricePerDay"]');
    await expect.poll(() => field.locator('.error-text').textContent()).toMatch(/−?-?5 ligger utanför det tillåtna: 0 till 50000/);
    expect(await s.page.locator(price).getAttribute('aria-invalid')).toBe('true');
    expect(await s.page.getByTestId('run').isDisabled()).toBe(true);
    // Never silently clamped: the typed value stays.
    expect(await s.page.inputValue(price)).toBe('-5');
    await s.page.fill(price, 'fem');
    await s.page.press(price, 'Tab');
    await expect.poll(() => field.locator('.error-text').textContent()).toContain('”fem” är inte ett tal');
    await s.page.getByTestId('undo').click();
    await expect.poll(() => s.page.inputValue(price)).toBe('4500');
    expect(await s.page.getByTestId('run').isDisabled()).toBe(false);
    await s.page.getByTestId('redo').click();
    await expect.poll(() => s.page.inputValue(price)).toBe('-5');
  });

  it("says what is wrong in Swedish at the field's label, in the summary and at the field", async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await s.page.fill('#f-runs', '2,5');
    await s.page.press('#f-runs', 'Tab');
    await expect.poll(() => s.page.locator('.issue-summary li').first().textContent()).toContain('Antal körningar: värdet är 2,5; tillåtet: ett heltal');
    const field = s.page.locator('[data-path="runs"]');
    await expect.poll(() => field.locator('.error-text').textContent()).toContain('2,5 är inte ett heltal.');
    await s.page.fill('#f-runs', '200000');
    await s.page.press('#f-runs', 'Tab');
    await expect.poll(() => s.page.locator('.issue-summary li').first().textContent()).toContain('Antal körningar: värdet är 200\u00a0000; tillåtet: högst 100\u00a0000');
    await expect.poll(() => field.locator('.error-text').textContent()).toContain('200000 ligger utanför det tillåtna: 1 till 100000');
  });

  it('works with the keyboard alone: tab to a field, change it, run with Enter', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await s.page.focus('#f-runs');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('200');
    await s.page.keyboard.press('Tab');
    await s.page.getByTestId('run').focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.locator('[data-testid=runs-progress]').textContent(), { timeout: 30_000 }).toMatch(/^200 av 200/);
  });
});
