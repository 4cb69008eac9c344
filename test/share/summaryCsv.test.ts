import { describe, expect, it } from 'vitest';
import { compileScenario, METRICS, QUANTITIES, simulateScenario, summarise } from '../../src/engine.js';
import { summaryCsv } from '../../src/share/summaryCsv.js';
import { runsCsv } from '../../src/share/runsCsv.js';
import { defaultScenario } from '../../src/ui/state/scenarioLibrary.js';

const c = compileScenario({ ...defaultScenario(), runs: 25, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 5 }] });
const result = simulateScenario(c);

describe('summaryCsv and runsCsv', () => {
  it('has one row per metric with its mean', () => {
    const s = summarise(c, result);
    const lines = summaryCsv(s, 'en').trim().split('\r\n');
    expect(lines).toHaveLength(METRICS.length + 1);
    const cost = lines.find((l) => l.startsWith('purchaser.totalCost;'))!.split(';');
    // The same per-year figure as the table on screen, with its unit and basis.
    expect(cost.slice(2, 5)).toEqual(['SEK', 'perYear', String(s.metrics['purchaser.totalCost'].mean)]);
    expect(lines[0]).toBe('metric;name;unit;basis;mean;sd;mc_se;p05;p50;p95;runs;runs_undefined');
    expect(summaryCsv(s, 'sv').split('\r\n')[0]).toMatch(/;körningar;/);
  });
  it('has one row per run and one column per quantity of the run table', () => {
    const lines = runsCsv(result, c.seed, 'sv').trim().split('\r\n');
    expect(lines).toHaveLength(26);
    expect(lines[1].split(';')).toHaveLength(QUANTITIES.length + 2);
  });
});
