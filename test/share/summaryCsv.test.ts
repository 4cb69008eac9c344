import { describe, expect, it } from 'vitest';
import { compileScenario, METRICS, simulateScenario, summarise } from '../../src/core/index.js';
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
    expect(Number(cost[3])).toBe(s.metrics['purchaser.totalCost'].mean);
  });
  it('has one row per run and one column per metric', () => {
    const lines = runsCsv(result, c.seed, 'sv').trim().split('\r\n');
    expect(lines).toHaveLength(26);
    expect(lines[1].split(';')).toHaveLength(METRICS.length + 2);
  });
});
