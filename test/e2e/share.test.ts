import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { baseUrl, openApp, openSession, waitForIdle, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('share links', () => {
  it('reproduce the same numbers in a fresh browser', async () => {
    await openApp(s.page, '#editor');
    await waitForIdle(s.page);
    await s.page.fill('#f-seed', '4711');
    await s.page.press('#f-seed', 'Tab');
    await s.page.fill('#f-runs', '300');
    await s.page.press('#f-runs', 'Tab');
    await s.page.getByTestId('run').click();
    await s.page.getByRole('link', { name: 'Resultat', exact: true }).click();
    const headline = await waitForResults(s.page);
    const table = await s.page.locator('#table-h + data-table table').textContent();
    await s.page.getByTestId('share').click();
    const link = await s.page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#s=/);

    const other = await openSession();
    try {
      await other.page.goto(link);
      const shared = await waitForResults(other.page);
      expect(shared).toBe(headline);
      expect(await other.page.locator('#table-h + data-table table').textContent()).toBe(table);
      expect(await other.page.locator('[data-testid=notices]').textContent()).toContain('frö 4711');
      expect(other.page.url()).toMatch(/#results$/);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('warn when made by another engine version, and refuse a broken link', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.getByTestId('share').click();
    const link = await s.page.getByTestId('share-link').inputValue();
    // The same payload as an older engine would have written it.
    const payload = JSON.parse(LZString.decompressFromEncodedURIComponent(link.split('#s=')[1]) ?? 'null') as { engine: string };
    const old = `${link.split('#')[0]}#s=${LZString.compressToEncodedURIComponent(JSON.stringify({ ...payload, engine: '0.0.1' }))}`;
    const other = await openSession();
    try {
      await other.page.goto(old);
      await waitForResults(other.page);
      expect(await other.page.locator('[data-testid=notices] .notice.warning').textContent()).toContain('motorversion 0.0.1');
      await other.page.goto(`${baseUrl()}#s=not-a-scenario`);
      await other.page.reload();
      await other.page.waitForSelector('[data-testid=notices] .notice.error');
      expect(await other.page.locator('[data-testid=notices]').textContent()).toContain('gick inte att läsa');
      // The page still opens, on the work saved in this browser.
      expect(await waitForResults(other.page)).toMatch(/miljoner kronor/);
    } finally {
      await other.close();
    }
  });
});
