import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('downloads', () => {
  it('gives a summary CSV equal to the table on screen, that Swedish Excel reads', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('download-summary').click()]);
    expect(download.suggestedFilename()).toBe('default-summary.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0].split(';')).toEqual(['mått-id', 'mått', 'enhet', 'bas', 'medel', 'p05', 'p50 (median)', 'p95', 'medelfel (MC)', 'standardavvikelse', 'körningar', 'körningar utan värde']);
    // The screen's table: each row's metric id and the raw numbers behind the text shown.
    const screen = await s.page.locator('#table-h + data-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).dataset.value ?? '')));
    expect(screen.length).toBe(lines.length - 1);
    const sv = (x: string): string => (x === '' ? '' : String(Number(Number(x).toPrecision(15))).replace('.', ','));
    screen.forEach((row, i) => {
      const cells = lines[i + 1].split(';');
      expect(cells[0]).toBe(row[0]);
      expect(cells.slice(4, 9)).toEqual(row.slice(1).map(sv));
    });
    const cost = lines.find((l) => l.startsWith('purchaser.totalCost;'))!.split(';');
    expect(cost[1]).toBe('Total kostnad');
    expect(cost[2]).toBe('kronor');
    expect(cost[3]).toMatch(/^per år/);
    expect(cost[4]).toMatch(/^\d+(,\d+)?$/);
    const rate = lines.find((l) => l.startsWith('outcomes.trueRate;'))!.split(';');
    expect(rate[4]).toMatch(/^0,\d+$/);
  });

  it('exports a chart as SVG and its table as CSV, with our own buttons', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    await s.page.waitForSelector('.chart-canvas[data-chart=cost] svg');
    const figure = s.page.locator('chart-figure').first();
    const [svg] = await Promise.all([s.page.waitForEvent('download'), figure.getByRole('button', { name: /SVG/ }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Kommunens kostnad per år');
    const [png] = await Promise.all([s.page.waitForEvent('download'), figure.getByRole('button', { name: /PNG/ }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    const [csv] = await Promise.all([s.page.waitForEvent('download'), figure.getByRole('button', { name: /CSV/ }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(';');
    // vega-embed's own action menu is off.
    expect(await s.page.locator('.vega-actions, details.vega-embed-wrapper').count()).toBe(0);
  });
});
