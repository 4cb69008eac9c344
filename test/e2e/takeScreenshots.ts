/**
 * Screenshots of every view at 1280 and 390 px wide, in Swedish, for docs/screenshots/.
 * Run with `npm run screenshots` (builds the site, serves it, drives headless Chromium).
 */
import { mkdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { ARGS, chromiumPath } from './browser.js';

const OUT = 'docs/screenshots';
const WIDTHS = [1280, 390];

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cancel = document.querySelector('run-panel [data-testid=cancel]');
    const m = /^([\d\s\u00a0,]+) (av|of) ([\d\s\u00a0,]+)/.exec(document.querySelector('[data-testid=runs-progress]')?.textContent ?? '');
    return !!cancel?.hasAttribute('disabled') && !!m && m[1].replace(/\D/g, '') === m[3].replace(/\D/g, '');
  }, null, { timeout: 120_000 });
  await page.waitForTimeout(800);
}

/** Long views (the editor, the library) are cut at this height to keep the files small. */
const MAX_HEIGHT = 3200;

async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(600);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const cut = name === 'editor' || name === 'library';
  await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true, ...(cut ? { clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } } : {}) });
  console.log(`${OUT}/${name}-${width}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls!.local[0];
  for (const width of WIDTHS) {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-shots-'));
    const ctx = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), headless: true, args: ARGS, viewport: { width, height: 900 }, locale: 'sv-SE' });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url);
    await idle(page);
    await page.fill('#budget-input', '540');
    await page.press('#budget-input', 'Tab');
    // The flagging figure shows one run, simulated again in a worker once the batch is done.
    await page.waitForSelector('[data-chart=flags] svg', { timeout: 60_000 });
    await shoot(page, 'results', width);
    if (width === WIDTHS[0]) {
      // The first A4 page of the printed results (print media at the A4 text width).
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.waitForTimeout(1200);
      await page.screenshot({ path: join(OUT, 'results-print-a4.png'), fullPage: true, clip: { x: 0, y: 0, width: 794, height: 1123 } });
      console.log(`${OUT}/results-print-a4.png`);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(800);
    }
    for (const view of ['editor', 'library', 'accessibility']) {
      if (view === 'library') {
        // A named design, so the library shows "My designs" too.
        await page.evaluate(() => { location.hash = 'editor'; });
        await page.fill('#f-followUp-extraMinutes', '30');
        await page.press('#f-followUp-extraMinutes', 'Tab');
        await page.fill('[data-testid=design-name]', width < 600 ? 'Trettio minuter' : 'Trettio minuters uppföljning');
        await page.click('[data-testid=save-design]');
      }
      await page.evaluate((v) => { location.hash = v; }, view);
      await shoot(page, view, width);
    }
    await page.evaluate(() => { location.hash = 'editor'; });
    await page.locator('param-field glossary-link button').first().click();
    await page.waitForSelector('dialog.glossary[open]');
    await page.screenshot({ path: join(OUT, `glossary-${width}.png`) });
    await page.keyboard.press('Escape');
    await page.evaluate(() => { location.hash = 'compare'; });
    const keys = await page.locator('.design-choice input[type=checkbox]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
    // The current design is today's per diem, the same as the baseline: it is greyed out, not ticked.
    for (const k of ['lib:outcome-bonus-10.json', 'lib:withhold.json', 'lib:follow-up-30min.json'].filter((k) => keys.includes(k))) await page.locator(`.design-choice input[data-key="${k}"]`).check();
    await page.locator('run-panel [data-testid=run]').click();
    await idle(page);
    await shoot(page, 'compare', width);
    await page.evaluate(() => { location.hash = 'report'; });
    await shoot(page, 'report', width);
    if (width === WIDTHS[0]) {
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.waitForTimeout(800);
      const heights = await page.evaluate(() => [...document.querySelectorAll('.report-page')].map((el) => Math.round(el.getBoundingClientRect().height)));
      // A4 less the @page margins is about 267 mm ≈ 1009 CSS px tall and 182 mm ≈ 688 px wide.
      console.log(`report pages in print (px, one A4 page holds about 1009): ${heights.join(', ')}`);
      await page.screenshot({ path: join(OUT, 'report-print-a4.png'), fullPage: true });
      await page.pdf({ path: join(tmpdir(), 'workbench-report.pdf'), format: 'A4' });
      console.log(`${OUT}/report-print-a4.png (and a PDF in the temp folder)`);
    }
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
