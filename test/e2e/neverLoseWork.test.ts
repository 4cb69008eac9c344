/**
 * Never lose work, in the real page: a tampered share link, a worker crash mid-run, a second
 * tab, a full storage and a corrupted saved entry. Failures are simulated from the test side
 * (init scripts that wrap Worker or IndexedDB), so the product carries no test hooks.
 */
import LZString from 'lz-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openApp, openSession, waitForIdle, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

const FIELD = '#f-followUp-extraMinutes';

/** Makes one edit in the editor and waits until it is saved. */
async function editAndSave(page: Page, value: string): Promise<void> {
  await page.fill(FIELD, value);
  await page.press(FIELD, 'Tab');
  await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('Sparat');
}

describe('never lose work', () => {
  it('refuses a tampered share link and keeps the saved scenario', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await editAndSave(s.page, '31');
    const good = LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, engine: '0', scenario: { schemaVersion: 1 } }));
    const tampered = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11, -4);
    await s.page.goto(`${baseUrl()}#s=${tampered}`);
    await s.page.reload();
    await s.page.waitForSelector('[data-testid=notices] .notice.error');
    expect(await s.page.locator('[data-testid=notices] .notice.error').textContent()).toMatch(/delade länken/);
    await waitForIdle(s.page);
    await s.page.getByRole('link', { name: 'Redigera scenario', exact: true }).click();
    expect(await s.page.inputValue(FIELD)).toBe('31');
  });

  it('survives a worker crash mid-run: says so, keeps results and edits, runs again', async () => {
    // Wrap Worker so the test can make the next message from a worker a crash instead.
    await s.page.addInitScript(() => {
      const w = window as unknown as { crashNext: boolean; lastWorkerMessage: number; Worker: typeof Worker };
      w.crashNext = false;
      w.lastWorkerMessage = 0;
      const Native = window.Worker;
      w.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (e) => {
            w.lastWorkerMessage = performance.now();
            if (!w.crashNext) return;
            w.crashNext = false;
            e.stopImmediatePropagation();
            this.terminate();
            this.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' }));
          });
        }
      };
    });
    await openApp(s.page);
    const headline = await waitForResults(s.page);
    await s.page.getByRole('link', { name: 'Redigera scenario', exact: true }).click();
    await editAndSave(s.page, '33');
    // Once idle the page warms its other workers with a few chunks; the crash must hit the run, not those.
    await s.page.waitForFunction(() => performance.now() - (window as unknown as { lastWorkerMessage: number }).lastWorkerMessage > 500, null, { timeout: 15_000 });
    await s.page.evaluate(() => { (window as unknown as { crashNext: boolean }).crashNext = true; });
    await s.page.getByTestId('run').click();
    await s.page.waitForSelector('[data-testid=run-error]');
    expect(await s.page.getByTestId('run-error').textContent()).toMatch(/simulated crash.*ändringar och de senaste fullständiga resultaten finns kvar/);
    await expect.poll(() => s.page.getByTestId('run').isDisabled()).toBe(false);
    expect(await s.page.inputValue(FIELD)).toBe('33');
    await s.page.getByRole('link', { name: 'Resultat', exact: true }).click();
    expect(await s.page.locator('[data-testid=headline]').textContent()).toBe(headline);
    await s.page.getByTestId('run').click();
    await waitForResults(s.page);
    expect(await s.page.locator('[data-testid=run-error]').count()).toBe(0);
  });

  it('warns when the workbench is open in a second tab and can load the newer state', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    const second = await s.context.newPage();
    await openApp(second, '#editor');
    await second.waitForSelector('[data-testid=other-tab-banner]');
    await s.page.waitForSelector('[data-testid=other-tab-banner]');
    expect(await second.getByTestId('other-tab-banner').textContent()).toMatch(/öppen i en annan flik/);
    await waitForIdle(second);
    await editAndSave(s.page, '37');
    await expect.poll(() => second.getByTestId('other-tab-banner').textContent()).toMatch(/sparat nyare ändringar/);
    await second.getByTestId('reload-newer').click();
    await second.waitForSelector('scenario-editor');
    await expect.poll(() => second.inputValue(FIELD)).toBe('37');
    await second.close();
  });

  it('says so when the storage is full and offers the scenario as a download', async () => {
    // Every IndexedDB write fails as a full disk would.
    await s.page.addInitScript(() => {
      IDBObjectStore.prototype.put = function put(): IDBRequest {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openApp(s.page);
    await s.page.waitForSelector('[data-testid=quota-banner]');
    expect(await s.page.getByTestId('quota-banner').textContent()).toMatch(/lagring är full/);
    expect(await s.page.getByTestId('save-state').textContent()).toMatch(/full/);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('quota-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await waitForIdle(s.page);
  });

  it('recovers the last good save when the latest one is corrupted, and says so', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await editAndSave(s.page, '41');
    // Stop this page's saves (as a crash would), then damage the latest record.
    await s.page.evaluate(async () => {
      (document.querySelector('app-root') as unknown as { saver: { suspend(): void } }).saver.suspend();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('keyval-store');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('keyval', 'readwrite');
        tx.objectStore('keyval').put({ version: 1, lang: 'sv', scenario: '{"trunc' }, 'workbench-state');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await s.page.reload();
    await s.page.waitForSelector('scenario-editor');
    await expect.poll(() => s.page.inputValue(FIELD)).toBe('41');
    expect(await s.page.locator('[data-testid=notices]').textContent()).toMatch(/senaste fungerande versionen/);
    await waitForIdle(s.page);
  });

  it.each(['cycle', 'bigint'] as const)('starts from the last good save when the latest record holds a %s', async (kind) => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await editAndSave(s.page, '43');
    await s.page.evaluate(async (k) => {
      (document.querySelector('app-root') as unknown as { saver: { suspend(): void } }).saver.suspend();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('keyval-store');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      // A record IndexedDB stores happily but JSON cannot hold: a reference cycle, or a BigInt.
      const record: Record<string, unknown> = { version: 1, savedAt: 'x', lang: 'sv', drafts: {}, budget: null, compare: { baseline: 'todays', designs: [] }, past: [] };
      if (k === 'cycle') { const scenario: Record<string, unknown> = { title: { sv: 'x', en: 'x' } }; scenario.self = scenario; record.scenario = scenario; }
      else record.scenario = { runs: BigInt(10) };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('keyval', 'readwrite');
        tx.objectStore('keyval').put(record, 'workbench-state');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, kind);
    await s.page.reload();
    await s.page.waitForSelector('scenario-editor', { timeout: 15_000 });
    await expect.poll(() => s.page.inputValue(FIELD)).toBe('43');
    expect(await s.page.locator('[data-testid=notices]').textContent()).toMatch(/senaste fungerande versionen/);
    await waitForIdle(s.page);
  });
});
