/**
 * Resource ceilings are enforced before anything runs, with a message saying what to lower:
 * work (runs × providers × months), expected referrals (simulated clients), and memory.
 * The memory estimate is checked against the typed arrays of a real run's state, and the
 * referral estimate against the referrals a simulation actually draws.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, LIMITS, simulateScenario, summarise, validateScenario, type Scenario } from '../../src/engine.js';
import { estimateResources } from '../../src/core/validate/estimateResources.js';
import { simulateRun } from '../../src/core/simulate/simulateRun.js';
import { QUANTITY_COUNT } from '../../src/core/metrics/metricCatalogue.js';

const base: Scenario = {
  schemaVersion: 1, id: 'resources', title: { sv: 'Resurser', en: 'Resources' },
  seed: 5, runs: 2, horizonMonths: 24,
  segments: [{ service: 'hvbYouth', providers: 10 }],
  measure: { model: 'lowerIntervention' }, payment: { rule: 'perDiem' },
};

function typedArrayBytes(state: object): number {
  let bytes = 0;
  for (const value of Object.values(state)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes;
}

function issuesOf(s: Scenario): Array<{ path: string; problem: string; allowed: string }> {
  const r = validateScenario(s);
  return r.ok ? [] : r.issues;
}

describe('memory estimate', () => {
  const shapes: Array<[string, Partial<Scenario>]> = [
    ['10 providers, quarterly', {}],
    ['300 providers in two segments, monthly, 60 months', { horizonMonths: 60, segments: [{ service: 'hvbYouth', providers: 200 }, { service: 'tfco', providers: 100 }], payment: { rule: 'perDiem', settings: { period: 'month' } } }],
    ['50 providers, yearly, no warm-up', { horizonMonths: 120, care: { warmUpMonths: 0 }, segments: [{ service: 'hvbYouth', providers: 50 }], payment: { rule: 'perDiem', settings: { period: 'year' } } }],
  ];
  for (const [name, over] of shapes) {
    it(`matches the typed arrays of a real run: ${name}`, () => {
      const c = compileScenario({ ...base, ...over });
      const state = simulateRun(c, 0, new Float64Array(QUANTITY_COUNT), 0);
      const actual = typedArrayBytes(state);
      const estimate = estimateResources(c).runStateBytes;
      // Within a quarter either way: the kernel may gain or lose an array without the ceiling lying.
      expect(estimate).toBeGreaterThanOrEqual(actual * 0.8);
      expect(estimate).toBeLessThanOrEqual(actual * 1.25);
    });
  }

  it('grows with providers × months', () => {
    const at = (providers: number, horizonMonths: number): number =>
      estimateResources(compileScenario({ ...base, horizonMonths, segments: [{ service: 'hvbYouth', providers }] })).runStateBytes;
    expect(at(400, 48) / at(200, 48)).toBeCloseTo(2, 1);
    expect(at(200, 108) / at(200, 48)).toBeGreaterThan(1.8);
  });

  it('refuses a scenario over the ceiling up front and says what to lower', () => {
    const big: Scenario = {
      ...base, runs: 60, horizonMonths: 120, care: { warmUpMonths: 60 }, payment: { rule: 'perDiem', settings: { period: 'month' } },
      segments: Array.from({ length: 20 }, () => ({ service: 'hvbYouth', providers: 2000 })),
    };
    expect(estimateResources(compileScenario(big)).peakBytes).toBeGreaterThan(LIMITS.maxMemoryBytes);
    const issues = issuesOf(big);
    expect(issues.map((i) => i.path)).toEqual(['segments']);
    expect(issues[0].allowed).toMatch(/lower providers, horizonMonths or care\.warmUpMonths, or choose a longer payment\.settings\.period/);
    // The same market paid quarterly needs a third of the period tables and fits.
    expect(issuesOf({ ...big, payment: { rule: 'perDiem', settings: { period: 'quarter' } } })).toEqual([]);
  });
});

describe('work ceilings', () => {
  it('runs × providers × months over the ceiling is refused, naming what to lower', () => {
    const issues = issuesOf({ ...base, runs: 100_000, segments: [{ service: 'hvbYouth', providers: 2000 }] });
    expect(issues.map((i) => i.path)).toEqual(['runs']);
    expect(issues[0].allowed).toMatch(/lower runs, providers or horizonMonths/);
  });

  it('expected referrals over the ceiling are refused; just under it is accepted', () => {
    const rate = 500;
    const months = 12 + 24;
    const perRun = 100 * rate * months;
    const runsAtCeiling = Math.floor(LIMITS.maxReferralRuns / perRun);
    const at = (runs: number): Scenario => ({ ...base, runs, segments: [{ service: 'hvbYouth', providers: 100, params: { referralsPerProviderMonth: rate, capacity: 1000 } }] });
    expect(issuesOf(at(runsAtCeiling))).toEqual([]);
    const issues = issuesOf(at(runsAtCeiling + 1));
    expect(issues.map((i) => i.path)).toEqual(['runs']);
    expect(issues[0].allowed).toMatch(/referralsPerProviderMonth/);
  });

  it('counts a distribution of the referral rate at its mean', () => {
    const c = compileScenario({ ...base, segments: [{ service: 'hvbYouth', providers: 10, params: { referralsPerProviderMonth: { dist: 'uniform', min: 1, max: 3 } } }] });
    expect(estimateResources(c).referrals).toBeCloseTo(2 * 10 * 2 * (12 + 24), 6);
  });

  it('the referral estimate is what a simulation draws (within 4 Monte Carlo SE)', () => {
    // Without warm-up every referral is counted as served or sent to the fallback.
    const s: Scenario = { ...base, runs: 200, care: { warmUpMonths: 0 }, segments: [{ service: 'hvbYouth', providers: 10, params: { referralsPerProviderMonth: 1.5 } }] };
    const c = compileScenario(s);
    const summary = summarise(c, simulateScenario(c), { basis: 'contract' });
    const served = summary.metrics['clients.served'];
    const fallback = summary.metrics['clients.fallback'];
    const perRun = served.mean! + fallback.mean!;
    const expected = estimateResources(c).referrals / s.runs;
    // Poisson total per run: variance = mean, so the SE of the mean over runs is √(mean / runs).
    const se = Math.sqrt(expected / s.runs);
    expect(Math.abs(perRun - expected)).toBeLessThan(4 * se);
  });
});
