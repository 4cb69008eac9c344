import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

/** Pages of a PDF: its page objects (/Type /Page, not /Pages). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('printing the results', () => {
  it('prints the content only: no navigation or controls; headline, what was simulated and every chart; a PDF of a few A4 pages', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.waitForSelector('[data-chart=flags] svg', { timeout: 60_000 });
    const print = s.page.getByRole('button', { name: 'Skriv ut eller spara som PDF' });
    expect(await print.isEnabled()).toBe(true);
    expect(await s.page.locator('.print-assumptions').isVisible()).toBe(false);

    await s.page.emulateMedia({ media: 'print' });
    for (const hidden of ['app-header nav', 'run-panel', 'design-bar', '#run-number', '#budget-input', '.export-panel', '[data-testid=print-results]']) {
      expect({ hidden, visible: await s.page.locator(hidden).first().isVisible() }).toEqual({ hidden, visible: false });
    }
    expect(await s.page.locator('[data-testid=headline]').isVisible()).toBe(true);
    const meta = s.page.locator('.print-assumptions .report-meta');
    expect(await meta.isVisible()).toBe(true);
    expect(await meta.innerText()).toMatch(/^Frö 20261124 · 1\s000 körningar · 36 månader · motor outcome-payment-workbench \d+\.\d+\.\d+ · /);
    // The headline comes before what was simulated, and that before the first chart.
    const top = (sel: string): Promise<number> => s.page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('[data-testid=headline]')).toBeLessThan(await top('.print-assumptions'));
    expect(await top('.print-assumptions')).toBeLessThan(await top('.chart-canvas svg'));
    // Every chart of the view is drawn for paper (cost, margins, one run's flags, care hours,
    // outcomes by group, measurement, and the key figures' convergence).
    const charts = s.page.locator('.chart-canvas svg');
    expect(await s.page.locator('.chart-canvas').count()).toBe(7);
    expect(await charts.count()).toBe(7);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      // Drawn, not collapsed to nothing by the print styles.
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
    }

    const pdf = await s.page.pdf({ format: 'A4' });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);
    expect(s.errors).toEqual([]);
  });
});
