import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { baseUrl, openApp, openSession, waitForIdle, waitForResults, type Session } from './browser.js';
import { checksum } from '../../src/share/checksum.js';
import { encodeShare } from '../../src/share/shareLink.js';
import { LIBRARY } from '../../src/ui/state/scenarioLibrary.js';

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
    const body = link.split('#s=')[1].split('.')[0];
    const payload = JSON.parse(LZString.decompressFromEncodedURIComponent(body) ?? 'null') as { engine: string };
    const oldBody = LZString.compressToEncodedURIComponent(JSON.stringify({ ...payload, engine: '0.0.1' }));
    const old = `${link.split('#')[0]}#s=${oldBody}.${checksum(oldBody)}`;
    const other = await openSession();
    try {
      await other.page.goto(old);
      await waitForResults(other.page);
      expect(await other.page.locator('[data-testid=notices] .notice.warning').textContent()).toContain('motorversion 0.0.1');
      await other.page.goto(`${baseUrl()}#s=not-a-scenario`);
      await other.page.reload();
      await other.page.waitForSelector('[data-testid=notices] .notice.error');
      expect(await other.page.locator('[data-testid=notices]').textContent()).toContain('kontrollsumman stämmer inte');
      // The page still opens, on the work saved in this browser.
      expect(await waitForResults(other.page)).toMatch(/miljoner kronor/);
    } finally {
      await other.close();
    }
  });

  it('carry a whole comparison: a fresh browser shows the same cards and report', async () => {
    await openApp(s.page, '#compare');
    await waitForIdle(s.page);
    // The current design (today's per diem) against itself is no comparison: pick two library designs.
    await s.page.locator('input[data-key="lib:outcome-bonus-10.json"]').check();
    await s.page.locator('input[data-key="lib:withhold.json"]').check();
    await s.page.getByTestId('run').click();
    await waitForIdle(s.page);
    await s.page.waitForSelector('[data-testid=compare-card]');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('cards-h');
    const cards = await s.page.locator('[data-testid=compare-card]').allTextContents();
    expect(cards).toHaveLength(2);
    await s.page.getByTestId('share').click();
    const link = await s.page.getByTestId('share-link').inputValue();
    await s.page.getByRole('link', { name: 'Rapport', exact: true }).click();
    // The report without its date line (the date is when each comparison finished).
    const reportText = (): Promise<string[]> => s.page.locator('report-view article').evaluateAll((as) => as.map((a) => { const c = a.cloneNode(true) as HTMLElement; c.querySelector('.report-meta')?.remove(); return c.textContent ?? ''; }));
    const report = await reportText();

    const other = await openSession();
    try {
      await other.page.goto(link);
      await other.page.waitForSelector('[data-testid=compare-card]');
      await waitForIdle(other.page);
      expect(other.page.url()).toMatch(/#compare$/);
      expect(await other.page.locator('[data-testid=compare-card]').allTextContents()).toEqual(cards);
      await other.page.getByRole('link', { name: 'Rapport', exact: true }).click();
      await other.page.waitForSelector('report-view article');
      const theirs = await other.page.locator('report-view article').evaluateAll((as) => as.map((a) => { const c = a.cloneNode(true) as HTMLElement; c.querySelector('.report-meta')?.remove(); return c.textContent ?? ''; }));
      expect(theirs).toEqual(report);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('carry the respond pair of a comparison, and a reload keeps the choice', async () => {
    await openApp(s.page, '#compare');
    await waitForIdle(s.page);
    await s.page.selectOption('[data-testid=compare-baseline]', 'lib:default.json');
    await s.page.locator('.design-choice input[data-key="lib:threshold-cliff.json"]').check();
    await s.page.getByTestId('compare-responses').check();
    await s.page.getByTestId('run').click();
    await waitForIdle(s.page, 240_000);
    const pairCards = '[data-testid=respond-pair] compare-card .card-row';
    await s.page.waitForSelector(pairCards);
    const pair = await s.page.locator('[data-testid=respond-pair] compare-card').allTextContents();
    expect(pair).toHaveLength(2);
    await s.page.getByTestId('share').click();
    const link = await s.page.getByTestId('share-link').inputValue();

    const other = await openSession();
    try {
      await other.page.goto(link);
      await other.page.waitForSelector(pairCards, { timeout: 240_000 });
      await waitForIdle(other.page, 240_000);
      expect(await other.page.getByTestId('compare-responses').isChecked()).toBe(true);
      expect(await other.page.locator('[data-testid=respond-pair] compare-card').allTextContents()).toEqual(pair);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
    await s.page.reload();
    await s.page.evaluate(() => { location.hash = 'compare'; });
    await s.page.waitForSelector('[data-testid=compare-responses]');
    expect(await s.page.getByTestId('compare-responses').isChecked()).toBe(true);
  }, 600_000);

  it('never start a long run by themselves: the user presses Run', async () => {
    const city = LIBRARY.find((e) => e.id === 'city-wide')!.scenario!;
    const link = `${baseUrl()}#${encodeShare({ design: { ...city, runs: 100_000 }, comparison: null, view: 'results' }, '0')}`;
    await s.page.goto(link);
    await s.page.waitForSelector('[data-testid=notices] .notice.warning');
    expect(await s.page.locator('[data-testid=notices]').textContent()).toMatch(/startades inte av sig själv/);
    await s.page.waitForTimeout(500);
    expect(await s.page.getByTestId('cancel').isDisabled()).toBe(true);
    expect(await s.page.getByTestId('results-empty').textContent()).toMatch(/Inga resultat ännu/);
  });
});
