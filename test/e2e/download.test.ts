import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, openSession, waitForResults, type Session } from './browser.js';

let s: Session;
beforeEach(async () => { s = await openSession(); });
afterEach(async () => { await s.close(); });

describe('downloads', () => {
  it('gives a summary CSV that Swedish Excel reads: semicolons, decimal comma, UTF-8 mark', async () => {
    await openApp(s.page);
    await waitForResults(s.page);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('download-summary').click()]);
    expect(download.suggestedFilename()).toBe('default-summary.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0].split(';')[0]).toBe('metric');
    const cost = lines.find((l) => l.startsWith('purchaser.totalCost;'))!.split(';');
    expect(cost[1]).toBe('Total kostnad');
    expect(cost[3]).toMatch(/^\d+(,\d+)?$/);
    const rate = lines.find((l) => l.startsWith('outcomes.trueRate;'))!.split(';');
    expect(rate[3]).toMatch(/^0,\d+$/);
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
