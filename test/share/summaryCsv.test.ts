import { describe, expect, it } from 'vitest';
import { compileScenario, METRICS, QUANTITIES, simulateScenario, summarise } from '../../src/engine.js';
import { MARKET_SHARE_HEADER, summaryCsv, SUMMARY_HEADER } from '../../src/share/summaryCsv.js';
import { runsCsv } from '../../src/share/runsCsv.js';
import { csvNumber } from '../../src/share/csv.js';
import { defaultScenario } from '../../src/ui/state/scenarioLibrary.js';
import { metricRows } from '../../src/ui/data/metricRows.js';
import { percentileTable } from '../../src/ui/data/percentileTable.js';

const c = compileScenario({ ...defaultScenario(), runs: 25, horizonMonths: 24, segments: [{ service: 'hvbYouth', providers: 5 }] });
const result = simulateScenario(c);

describe('summaryCsv and runsCsv', () => {
  it('gives the table on screen: the same rows, per-year figures, unit and basis', () => {
    const rows = metricRows(result, 2, 'sv');
    const table = percentileTable(rows, result.runs, 'sv');
    const lines = summaryCsv(rows, 'sv').trim().split('\r\n');
    expect(lines[0].split(';')).toEqual([...SUMMARY_HEADER.sv]);
    expect(lines).toHaveLength(METRICS.length + 1);
    table.rows.forEach((row, i) => {
      const cells = lines[i + 1].split(';');
      expect(cells[0]).toBe(row[0].raw);
      // mean, p05, p50, p95 and the MC standard error, in the table's order.
      expect(cells.slice(4, 9)).toEqual(row.slice(1).map((c) => csvNumber(c.raw as number | null, 'sv')));
    });
    const cost = lines.find((l) => l.startsWith('purchaser.totalCost;'))!.split(';');
    expect(cost[3]).toMatch(/^per år/);
    expect(cost[2]).toBe('kronor');
  });
  it('adds the share of spread from the market, as the core summarises it, when the runs are split among markets', () => {
    const split = compileScenario({ ...defaultScenario(), runs: 40, markets: 4, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 5 }] });
    const r = simulateScenario(split);
    const core = summarise(split, r).metrics;
    const rows = metricRows(r, 1, 'en', split.markets);
    for (const row of rows) expect(row.marketShare).toBe(core[row.def.id].marketShare);
    expect(rows.some((row) => row.marketShare !== null && row.marketShare! > 0)).toBe(true);
    const table = percentileTable(rows, r.runs, 'en');
    expect(table.headers[table.headers.length - 1]).toBe('Share of spread from the market');
    const lines = summaryCsv(rows, 'en').trim().split('\r\n');
    expect(lines[0].split(';')).toEqual([...SUMMARY_HEADER.en, MARKET_SHARE_HEADER.en]);
    const cost = lines.find((l) => l.startsWith('purchaser.totalCost;'))!.split(';');
    expect(cost[cost.length - 1]).toBe(csvNumber(core['purchaser.totalCost'].marketShare ?? null, 'en'));
    // One market: no such column, on screen or in the file.
    expect(metricRows(result, 2, 'en').every((row) => row.marketShare === undefined)).toBe(true);
    expect(percentileTable(metricRows(result, 2, 'en'), result.runs, 'en').headers).not.toContain('Share of spread from the market');
  });
  it('writes no binary noise and spells the header right', () => {
    expect(csvNumber(2.8425000000000002, 'sv')).toBe('2,8425');
    expect(csvNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(SUMMARY_HEADER.sv).toContain('körningar');
  });
  it('has one row per run and one column per quantity of the run table', () => {
    const lines = runsCsv(result, c.seed, 'sv').trim().split('\r\n');
    expect(lines).toHaveLength(26);
    expect(lines[1].split(';')).toHaveLength(QUANTITIES.length + 2);
  });
});
