/**
 * Participation in whole runs: switched off it is no behaviour at all (bit-identical to a
 * scenario without it, whatever its parameters); the premium paid never exceeds its cap;
 * a provider that cannot get the premium it needs leaves and is replaced; an investor that
 * declines leaves the city buying at the per diem, exactly as under the per-diem rule.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metricColumn, metricDefinition, simulateScenario, summarise, type Scenario } from '../../../src/engine.js';
import { DAYS_PER_MONTH } from '../../../src/core/model/daysPerMonth.js';
import { scenarioArb } from '../../support/arbitraryScenario.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { eachRun } from '../../support/eachRun.js';

const simulate = (s: Scenario) => {
  const c = compileValid(s);
  return { c, result: simulateScenario(c) };
};

describe('participation', () => {
  it('switched off, whatever its parameters, gives results bit-identical to a scenario without it', () => {
    const params = fc.record({
      renewalMonths: fc.integer({ min: 1, max: 36 }), reservationMargin: fc.double({ min: 0, max: 0.5, noNaN: true }),
      riskAversion: fc.double({ min: 0, max: 5, noNaN: true }), maxPremiumShare: fc.double({ min: 0, max: 1, noNaN: true }),
      investorHurdleRate: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(fc.property(scenarioArb, params, (scenario, p) => {
      const { participation: _ignored, ...others } = scenario.behaviour ?? {};
      const without = simulate({ ...scenario, behaviour: others });
      const off = simulate({ ...scenario, behaviour: { ...others, participation: { ...p, enabled: false } } });
      expect(Array.from(off.result.metrics)).toEqual(Array.from(without.result.metrics));
      expect(Array.from(off.result.providers.sums)).toEqual(Array.from(without.result.providers.sums));
    }), { numRuns: 25 });
  });

  it('never pays a premium above the cap: at most maxPremiumShare × per diem on every client-day', () => {
    const on = scenarioArb.map((sc) => ({ ...sc, behaviour: { ...sc.behaviour, participation: { ...sc.behaviour?.participation, enabled: true } } }));
    fc.assert(fc.property(on, (scenario) => {
      const c = compileValid(scenario);
      const share = Number(c.behaviour.participation.maxPremiumShare);
      eachRun(c, (s, m) => {
        let bound = 0;
        for (let j = 0; j < c.providerCount; j++) bound += share * Number(c.segments[c.providerSegment[j]].params.pricePerDay) * DAYS_PER_MONTH * s.clientMonthsTotal[j];
        expect(m('providers.premiumPaid')).toBeGreaterThanOrEqual(0);
        expect(m('providers.premiumPaid')).toBeLessThanOrEqual(bound * (1 + 1e-9) + 1e-6);
      });
    }), { numRuns: 40 });
  });

  it('a provider that cannot get the premium it needs leaves at the start and is replaced after the procurement delay', () => {
    const s = testScenario({
      runs: 5, horizonMonths: 12, segments: [{ service: 'hvbYouth', providers: 4 }],
      inspection: { procurementDelayMonths: 6 },
      behaviour: { participation: { enabled: true, reservationMargin: 0.3, maxPremiumShare: 0 } },
    });
    const c = compileValid(s);
    eachRun(c, (state, m) => {
      expect(m('providers.exited')).toBe(4);
      expect(m('providers.replaced')).toBe(4);
      expect(m('providers.premiumPaid')).toBe(0);
      expect(m('purchaser.fallbackCost')).toBeGreaterThan(0);
      expect(state.active.every((a) => a === 1)).toBe(true);
    });
  });

  it('an investor that declines leaves the city paying the per diem, exactly as under the per-diem rule', () => {
    const base = testScenario({ runs: 8, horizonMonths: 24, segments: [{ service: 'tfco', providers: 2 }], behaviour: { participation: { enabled: true, investorHurdleRate: 1 } } });
    const declined = simulate({ ...base, payment: { rule: 'socialOutcomes' } });
    const perDiem = simulate(base);
    const summary = summarise(declined.c, declined.result);
    expect(summary.metrics['investor.declined'].mean).toBe(1);
    expect(summary.metrics['investor.invested'].n).toBe(0);
    expect(Array.from(metricColumn(declined.result, metricDefinition('purchaser.totalCost')))).toEqual(Array.from(metricColumn(perDiem.result, metricDefinition('purchaser.totalCost'))));
    // With no hurdle, a generous price and return cap and a precise baseline, the contract goes ahead.
    const generous = { successThreshold: 0, pricePerOutcome: 5_000_000, returnCap: 1, comparisonGroupSize: 5000 };
    const invests = simulate({ ...base, payment: { rule: 'socialOutcomes', params: generous }, behaviour: { participation: { enabled: true, investorHurdleRate: 0 } } });
    expect(summarise(invests.c, invests.result).metrics['investor.declined'].mean).toBe(0);
  });
});
