import { describe, expect, it } from 'vitest';
import { METRIC_IDS, metricColumn, metricDefinition, simulateScenario, summarise } from '../../../src/engine.js';
import { describe as describeValues } from '../../../src/core/summarise/describe.js';
import { compiledTestScenario } from '../../support/testScenario.js';

describe('summarise', () => {
  const c = compiledTestScenario({ runs: 30, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 4 }, { service: 'tfco', providers: 2 }] });
  const result = simulateScenario(c);
  const summary = summarise(c, result);

  it('describes every metric across runs', () => {
    expect(Object.keys(summary.metrics)).toEqual([...METRIC_IDS]);
    expect(summary.runs).toBe(30);
    // Flows per year by default: the 12-month horizon makes per year equal to the contract total.
    expect(summary.metrics['purchaser.totalCost']).toEqual({ ...describeValues(metricColumn(result, metricDefinition('purchaser.totalCost'))), unit: 'SEK', basis: 'perYear' });
  });

  it('gives one entry per provider with its segment and service, and means across runs', () => {
    expect(summary.providers.map((p) => [p.index, p.segment, p.service])).toEqual([
      [0, 0, 'hvbYouth'], [1, 0, 'hvbYouth'], [2, 0, 'hvbYouth'], [3, 0, 'hvbYouth'], [4, 1, 'tfco'], [5, 1, 'tfco'],
    ]);
    for (const p of summary.providers) {
      expect(p.revenuePerYear!).toBeGreaterThan(0);
      expect(p.trueRate! >= 0 && p.trueRate! <= 1).toBe(true);
      expect(p.deficient === 0 || p.deficient === 1).toBe(true); // a fixed market
    }
    // Provider revenues per year add up to the purchaser's payments per year (per diem, no sanctions).
    const perYear = summary.providers.reduce((a, p) => a + p.revenuePerYear!, 0);
    expect(perYear).toBeCloseTo(summary.metrics['purchaser.payments'].mean!, 0);
  });
});
