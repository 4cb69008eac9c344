/**
 * Degenerate but legal scenarios: nothing to measure, no one to measure, no effect to
 * attribute. Whatever cannot be computed must come out as "not measurable" (null, with the
 * count n of runs where it was measurable below the run count), never NaN or Infinity, in
 * the summary, the per-provider table and the paired comparison.
 */
import { describe, expect, it } from 'vitest';
import { compare, compileScenario, simulateScenario, summarise, validateScenario, type MetricId, type Scenario, type Summary } from '../../src/engine.js';
import { measurabilityProblems, nonFinitePaths } from '../fuzz/briefSimulation.js';

/** Two chunks of runs, so merging is exercised too. */
const RUNS = 30;

function scenario(over: Partial<Scenario>): Scenario {
  const data: Scenario = {
    schemaVersion: 1, id: 'degenerate', title: { sv: 'Gränsfall', en: 'Degenerate case' },
    seed: 11, runs: RUNS, horizonMonths: 24,
    segments: [{ service: 'hvbYouth', providers: 6 }],
    measure: { model: 'lowerIntervention' }, payment: { rule: 'withhold' },
    ...over,
  };
  const checked = validateScenario(data);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.problem}`).join('\n'));
  return checked.scenario;
}

function simulate(s: Scenario): Summary {
  const design = compileScenario(s);
  const baseline = compileScenario({ ...s, payment: { rule: 'perDiem' } });
  const result = simulateScenario(design);
  const summary = summarise(design, result);
  const differences = compare({ horizonMonths: design.horizonMonths, result }, { horizonMonths: baseline.horizonMonths, result: simulateScenario(baseline) });
  expect(nonFinitePaths(summary)).toEqual([]);
  expect(nonFinitePaths(differences)).toEqual([]);
  expect(JSON.stringify({ summary, differences })).not.toMatch(/NaN|Infinity/);
  expect(measurabilityProblems(summary)).toEqual([]);
  return summary;
}

const notMeasurable = (s: Summary, id: MetricId): void => {
  expect(s.metrics[id].mean, id).toBeNull();
  expect(s.metrics[id].n, id).toBe(0);
};

describe('degenerate scenarios give null, never NaN', () => {
  it('zero referrals: no client, so no outcome rate and no cost per outcome', () => {
    const s = simulate(scenario({ segments: [{ service: 'hvbYouth', providers: 6, params: { referralsPerProviderMonth: 0 } }] }));
    expect(s.metrics['clients.served'].mean).toBe(0);
    for (const id of ['outcomes.trueRate', 'outcomes.observedRate', 'outcomes.trueRateFemale', 'purchaser.costPerTrueOutcome', 'purchaser.costPerAttributableOutcome', 'measurement.reliability', 'providers.marginMean'] as const) notMeasurable(s, id);
    for (const p of s.providers) expect(p.trueRate).toBeNull();
  });

  it('zero survey response: the observed rate and its reliability are not measurable', () => {
    const s = simulate(scenario({ measure: { model: 'clientChange', params: { responseRate: 0 } } }));
    expect(s.metrics['clients.served'].mean).toBeGreaterThan(0);
    for (const id of ['outcomes.observedRate', 'measurement.reliability', 'measurement.rankCorrelation', 'measurement.gamingInflation'] as const) notMeasurable(s, id);
    expect(s.metrics['outcomes.trueRate'].n).toBe(RUNS);
    for (const p of s.providers) expect(p.observedRate).toBeNull();
  });

  it('no effect over the baseline: nothing is attributable, so cost per attributable outcome is null', () => {
    const s = simulate(scenario({ segments: [{ service: 'hvbYouth', providers: 6, params: { qualityMean: 0, qualitySd: 0 } }], fallback: { quality: 0 } }));
    expect(s.metrics['outcomes.attributable'].mean).toBe(0);
    notMeasurable(s, 'purchaser.costPerAttributableOutcome');
    expect(s.metrics['purchaser.costPerTrueOutcome'].n).toBe(RUNS);
  });

  it('a harmful service: negative attributable outcomes give no cost per attributable outcome', () => {
    const s = simulate(scenario({ segments: [{ service: 'hvbYouth', providers: 6, params: { qualityMean: -3, qualitySd: 0 } }], fallback: { quality: -3 } }));
    expect(s.metrics['outcomes.attributable'].p95!).toBeLessThan(0);
    notMeasurable(s, 'purchaser.costPerAttributableOutcome');
  });

  it('one provider: no rank correlation, no spread between providers, no reliability', () => {
    const s = simulate(scenario({ segments: [{ service: 'hvbYouth', providers: 1 }] }));
    for (const id of ['measurement.rankCorrelation', 'providers.revenueCv', 'measurement.reliability'] as const) notMeasurable(s, id);
  });

  it('a one-month horizon without warm-up: episodes outlast it, so no one is discharged', () => {
    const s = simulate(scenario({ horizonMonths: 1, care: { warmUpMonths: 0 }, payment: { rule: 'withhold', settings: { period: 'month' } } }));
    notMeasurable(s, 'outcomes.trueRate');
    notMeasurable(s, 'purchaser.costPerTrueOutcome');
  });

  it('a price of zero: no revenue, so margins and the spread of payments are not measurable', () => {
    const s = simulate(scenario({ segments: [{ service: 'hvbYouth', providers: 6, params: { pricePerDay: 0 } }], payment: { rule: 'perDiem' } }));
    expect(s.metrics['purchaser.payments'].mean).toBe(0);
    notMeasurable(s, 'providers.marginMean');
    notMeasurable(s, 'providers.revenueCv');
    expect(s.metrics['providers.shareWithLoss'].mean).toBe(1);
    for (const p of s.providers) expect(p.margin).toBeNull();
  });

  it('every provider terminated early: referrals go to the fallback and output stays finite', () => {
    const s = simulate(scenario({
      flagging: { zCritical: 0.5, minClients: 1 },
      inspection: { enabled: true, auditsPerYear: 1000, sensitivity: 1, specificity: 0, terminateOnConfirmed: true },
    }));
    expect(s.metrics['providers.terminated'].mean!).toBeGreaterThan(0);
    expect(s.metrics['clients.fallback'].mean!).toBeGreaterThan(0);
  });

  it('a single run: the spread is zero, not undefined', () => {
    const s = simulate(scenario({ runs: 1 }));
    expect(s.metrics['purchaser.totalCost'].sd).toBe(0);
    expect(s.metrics['purchaser.totalCost'].se).toBe(0);
  });

  it('zero capacity and zero providers are refused at their paths', () => {
    const base = scenario({});
    const zeroCapacity = validateScenario({ ...base, segments: [{ service: 'hvbYouth', providers: 6, params: { capacity: 0 } }] });
    const zeroProviders = validateScenario({ ...base, segments: [{ service: 'hvbYouth', providers: 0 }] });
    expect(zeroCapacity.ok ? [] : zeroCapacity.issues.map((i) => i.path)).toEqual(['segments[0].params.capacity']);
    expect(zeroProviders.ok ? [] : zeroProviders.issues.map((i) => i.path)).toEqual(['segments[0].providers']);
  });
});
