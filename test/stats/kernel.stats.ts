/**
 * The same health check one level up, on what the kernel actually draws, across runs (each
 * run has its own streams, so runs are independent samples) and several scenario seeds:
 * referrals per run, provider quality in a redrawn market, and uncertain inputs as
 * drawRunParams draws them per run. α = 0.001 per test (see goodnessOfFit.ts).
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, simulateScenario, type Scenario } from '../../src/engine.js';
import { drawRunParams } from '../../src/core/compile/drawRunParams.js';
import { QUANTITY_COUNT, QI } from '../../src/core/metrics/metricCatalogue.js';
import { simulateRun } from '../../src/core/simulate/simulateRun.js';
import { chiSquareDiscrete, ksCritical, ksStatistic } from './goodnessOfFit.js';
import { betaCdf, normalCdfReference, poissonPmf } from './referenceCdfs.js';

const SEEDS = [3, 1009, 65_537, 4_294_967_295];

function scenario(seed: number, runs: number, over: Partial<Scenario> = {}): Scenario {
  return {
    schemaVersion: 1, id: 'stats', title: { sv: 'Statistik', en: 'Statistics' }, seed, runs, horizonMonths: 6,
    segments: [{ service: 'hvbYouth', providers: 3, params: { referralsPerProviderMonth: 1.1, capacity: 1000 } }],
    measure: { model: 'lowerIntervention' }, payment: { rule: 'perDiem' }, care: { warmUpMonths: 0 },
    ...over,
  };
}

describe('referrals per run are Poisson(providers × rate × months)', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const runs = 4000;
      const c = compileScenario(scenario(seed, runs));
      const result = simulateScenario(c);
      const totals = new Float64Array(runs);
      for (let r = 0; r < runs; r++) totals[r] = result.metrics[r * QUANTITY_COUNT + QI['clients.served']] + result.metrics[r * QUANTITY_COUNT + QI['clients.fallback']];
      const chi = chiSquareDiscrete(totals, poissonPmf(3 * 1.1 * 6));
      expect(chi.statistic).toBeLessThan(chi.critical);
    });
  }
});

describe('provider quality in a redrawn market is Normal(qualityMean, qualitySd)', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const runs = 2000, providers = 5;
      const c = compileScenario(scenario(seed, runs, { horizonMonths: 1, market: 'redrawn', segments: [{ service: 'hvbYouth', providers, params: { referralsPerProviderMonth: 0 } }] }));
      const quality = new Float64Array(runs * providers);
      const row = new Float64Array(QUANTITY_COUNT);
      for (let r = 0; r < runs; r++) quality.set(simulateRun(c, r, row, 0).quality, r * providers);
      expect(ksStatistic(quality, (x) => normalCdfReference((x - 0.6) / 0.3))).toBeLessThan(ksCritical(quality.length));
    });
  }
});

describe('uncertain inputs drawn once per run follow their distributions', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: beta share female, normal quality, lognormal cost`, () => {
      const runs = 5000;
      const c = compileScenario(scenario(seed, runs, {
        segments: [{ service: 'hvbYouth', providers: 3, params: {
          shareFemale: { dist: 'beta', alpha: 4, beta: 6 },
          qualityMean: { dist: 'normal', mean: 0.6, sd: 0.2 },
          costPerClientMonth: { dist: 'lognormal', median: 100_000, sdLog: 0.3 },
        } }],
      }));
      const female = new Float64Array(runs), quality = new Float64Array(runs), cost = new Float64Array(runs);
      for (let r = 0; r < runs; r++) {
        const p = drawRunParams(c, r).segments[0];
        female[r] = p.shareFemale; quality[r] = p.qualityMean; cost[r] = p.costPerClientMonth;
      }
      const critical = ksCritical(runs);
      expect(ksStatistic(female, (x) => betaCdf(x, 4, 6))).toBeLessThan(critical);
      expect(ksStatistic(quality, (x) => normalCdfReference((x - 0.6) / 0.2))).toBeLessThan(critical);
      expect(ksStatistic(cost, (x) => normalCdfReference(Math.log(x / 100_000) / 0.3))).toBeLessThan(critical);
    });
  }
});
