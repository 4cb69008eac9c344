/**
 * The running mean: each point is the summary's estimate over that prefix of the runs; its
 * SE matches the closed form σ/√n, and its 95 % band covers the true mean about 95 % of the time.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, metricDefinition, QI, QUANTITY_COUNT, simulateScenario, summarise, type SimulationResult } from '../../../src/engine.js';
import { runningMean } from '../../../src/core/summarise/runningMean.js';
import { ProviderTotals } from '../../../src/core/simulate/ProviderTotals.js';
import { Stream } from '../../../src/core/rng/Stream.js';
import { tinyScenario } from '../../cli/tinyScenario.js';

/** A result whose total cost in run r is draw(r); nothing else is filled in. */
function resultOf(values: readonly number[]): SimulationResult {
  const metrics = new Float64Array(values.length * QUANTITY_COUNT);
  values.forEach((v, r) => { metrics[r * QUANTITY_COUNT + QI['purchaser.totalCost']] = v; });
  return { runs: values.length, metrics, providers: new ProviderTotals(1) };
}

describe('runningMean', () => {
  it("ends at the summary's mean and SE, for a plain and a ratio metric; every point is that prefix's estimate", () => {
    const s = tinyScenario({ runs: 120 });
    const c = compileScenario(s);
    const result = simulateScenario(c);
    const full = summarise(c, result).metrics;
    for (const id of ['purchaser.totalCost', 'outcomes.trueRate'] as const) {
      const def = metricDefinition(id);
      const factor = def.basis === 'flow' ? 12 / s.horizonMonths : 1;
      const points = runningMean(result, def, factor, 25);
      expect(points.map((p) => p.runs)).toEqual([25, 50, 75, 100, 120]);
      const last = points[points.length - 1];
      expect(last.mean).toBeCloseTo(full[id].mean!, 6);
      expect(last.se! / full[id].se!).toBeCloseTo(1, 9);
      // A prefix is a plain run of that many runs (runs are drawn per run index).
      const prefix = compileScenario({ ...s, runs: 50 });
      const at50 = summarise(prefix, simulateScenario(prefix)).metrics[id];
      expect(points[1].mean! / at50.mean!).toBeCloseTo(1, 9);
      expect(points[1].se! / at50.se!).toBeCloseTo(1, 9);
    }
  });

  it('SE matches σ/√n for uniform draws, within the Monte Carlo error of a sample sd', () => {
    const stream = new Stream('running-mean-se');
    const n = 10_000;
    const points = runningMean(resultOf(Array.from({ length: n }, () => stream.next())), metricDefinition('purchaser.totalCost'), 1, 1000);
    const sigma = Math.sqrt(1 / 12);
    // sd of a sample sd: σ·√((κ − 1)/(4n)) with kurtosis κ = 9/5 for the uniform; 4 of those.
    const tol = 4 * Math.sqrt((9 / 5 - 1) / (4 * n));
    const last = points[points.length - 1];
    expect(Math.abs(last.se! * Math.sqrt(n) / sigma - 1)).toBeLessThan(tol);
    expect(Math.abs(last.mean! - 0.5)).toBeLessThan(4 * sigma / Math.sqrt(n));
  });

  it('the 95 % band covers the true mean in about 95 % of independent series', () => {
    const stream = new Stream('running-mean-coverage');
    const series = 600, n = 200;
    let covered = 0;
    for (let k = 0; k < series; k++) {
      const p = runningMean(resultOf(Array.from({ length: n }, () => stream.next())), metricDefinition('purchaser.totalCost'), 1, n)[0];
      if (Math.abs(p.mean! - 0.5) <= 1.96 * p.se!) covered++;
    }
    // Binomial error of the coverage over `series` series: three of them.
    expect(Math.abs(covered / series - 0.95)).toBeLessThan(3 * Math.sqrt(0.95 * 0.05 / series));
  });
});
