/**
 * A scenario in which every provider measures exactly `capacity × periodMonths` clients per
 * payment period, so closed forms can use a fixed n.
 *
 * Why n is fixed: episodes last exactly one month (median 1, no spread), so every client
 * admitted in month t is discharged, and measured (lag 0), in month t + 1, freeing all places.
 * Referrals arrive at 4 × capacity per provider-month, so each provider fills its `capacity`
 * places every month (P(Poisson(4c) < c) < 1e-8 for c ≥ 10; the rest go to the fallback).
 * One warm-up month fills the places before the first measured month. Client-months per
 * period are likewise exactly `capacity × periodMonths`.
 */
import type { Scenario } from '../../src/engine.js';
import { testScenario, type ScenarioOverrides } from './testScenario.js';

export interface SaturatedOptions {
  providers: number;
  capacity: number;
  /** Extra segment parameters (quality, need slope, …). */
  segment?: Record<string, number>;
  service?: string;
}

export function saturatedScenario(o: SaturatedOptions, overrides: ScenarioOverrides = {}): Scenario {
  const base = testScenario({
    segments: [{
      service: o.service ?? 'hvbYouth',
      providers: o.providers,
      params: {
        referralsPerProviderMonth: 4 * o.capacity,
        capacity: o.capacity,
        episodeMedianMonths: 1,
        episodeSdLog: 0,
        // Closed forms here assume every provider gets the same kind of clients.
        caseMixSd: 0,
        ...o.segment,
      },
    }],
    care: { warmUpMonths: 1 },
  });
  return testScenario(overrides, base);
}
