import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForIdle, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('never lose work', () => {
  it('keeps an edit (and a half-typed value) over a reload', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await s.page.fill('#f-followUp-extraMinutes', '30');
    await s.page.press('#f-followUp-extraMinutes', 'Tab');
    await s.page.fill('#f-care-hoursPerClientMonth', '2x');
    await s.page.press('#f-care-hoursPerClientMonth', 'Tab');
    await expect.poll(() => s.page.getByTestId('save-state').textContent()).toContain('Sparat');
    await s.page.reload();
    await s.page.waitForSelector('scenario-editor');
    await expect.poll(() => s.page.inputValue('#f-followUp-extraMinutes')).toBe('30');
    expect(await s.page.inputValue('#f-care-hoursPerClientMonth')).toBe('2x');
    expect(await s.page.locator('[data-testid=notices]').textContent()).toContain('Ditt senaste arbete har återställts');
    expect(await s.page.getByTestId('run').isDisabled()).toBe(true);
  });
});
