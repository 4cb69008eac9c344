import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForIdle, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('cancel', () => {
  it('stops a long run at once and keeps the runs that finished', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await s.page.fill('#f-runs', '20000');
    await s.page.press('#f-runs', 'Tab');
    await s.page.getByTestId('run').click();
    // Let some runs finish, then cancel.
    await s.page.waitForFunction(() => {
      const m = /^([\d\s\u00a0]+) av/.exec(document.querySelector('[data-testid=runs-progress]')?.textContent ?? '');
      return !!m && Number(m[1].replace(/\D/g, '')) >= 100;
    }, null, { timeout: 60_000 });
    const t0 = Date.now();
    await s.page.getByTestId('cancel').click();
    await expect.poll(() => s.page.getByTestId('run').isDisabled(), { timeout: 5_000 }).toBe(false);
    expect(Date.now() - t0).toBeLessThan(3_000);
    const announced = await s.page.getByTestId('run-announcement').textContent();
    // The run panel says what was done of the whole batch (the baseline's runs included) and what the results rest on.
    expect(announced).toMatch(/Avbrutet efter [\d\s\u00a0]+ av [\d\s\u00a0]+ körningar \(.*utgångsläget också\)\. Resultaten nedan bygger på/);
    const done = Number(/efter ([\d\s\u00a0]+) av/.exec(announced ?? '')![1].replace(/\D/g, ''));
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(20000);
    // The kept results are shown, marked as preliminary.
    await s.page.getByRole('link', { name: 'Resultat', exact: true }).click();
    await expect.poll(() => s.page.locator('.notice.info').first().textContent()).toMatch(/Preliminärt: bygger på/);
    expect(await s.page.locator('[data-testid=headline]').textContent()).toMatch(/miljoner kronor/);
    // The progress bar stopped moving.
    const p1 = await s.page.locator('[data-testid=runs-progress]').textContent();
    await s.page.waitForTimeout(800);
    expect(await s.page.locator('[data-testid=runs-progress]').textContent()).toBe(p1);
  });
});
