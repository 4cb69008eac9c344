import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForIdle, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('scenario library and files', () => {
  it('loads a shipped scenario as one undoable step', async () => {
    await openApp(s.page, '#library');
    await waitForIdle(s.page);
    const first = s.page.locator('.library .card:not(.loaded) button.primary').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect.poll(() => s.page.locator('[data-testid=notices]').textContent()).toContain('är laddat');
    expect(await s.page.locator('.card.loaded button').textContent()).toBe('Laddat nu');
    expect(name).toMatch(/^Ladda ”/);
    await s.page.evaluate(() => { location.hash = 'editor'; });
    await s.page.getByTestId('undo').click();
    await s.page.evaluate(() => { location.hash = 'library'; });
    await expect.poll(() => s.page.locator('.card.loaded h3').textContent()).toBe('Dagens dygnsersättning');
  });

  it('downloads the current scenario, reads it back, and explains a broken file', async () => {
    await openApp(s.page, '#library');
    await waitForIdle(s.page);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('download-scenario').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const scenario = JSON.parse(text) as { schemaVersion: number; seed: number; title: { sv: string } };
    expect(scenario.schemaVersion).toBe(1);
    const mine = { ...scenario, seed: 777, title: { ...scenario.title, sv: 'Min fil' } };
    await s.page.getByTestId('load-file').setInputFiles({ name: 'min.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await expect.poll(() => s.page.locator('scenario-library .notice.info').textContent()).toContain('”Min fil” lästes in från min.json');
    expect(await s.page.locator('app-header .scenario-line strong').textContent()).toBe('Min fil');
    await s.page.getByTestId('load-file').setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...scenario, runs: -1 })) });
    await expect.poll(() => s.page.locator('scenario-library .notice.error').textContent()).toMatch(/trasig\.json kunde inte läsas in:.*Antal körningar: värdet är [−-]1; tillåtet: minst 1/s);
  });
});
