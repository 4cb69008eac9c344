/**
 * Participation in whole runs: switched off it is no behaviour at all (bit-identical to a
 * scenario without it, whatever its parameters); the premium paid follows the closed form of
 * the decision, run by run and, through Little's law, in expectation within Monte Carlo error;
 * a provider that cannot get the premium it needs leaves and is replaced; an investor that
 * declines leaves the city buying at the per diem, exactly as under the per-diem rule.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metricColumn, metricDefinition, simulateScenario, summarise, type Scenario } from '../../../src/engine.js';
import { DAYS_PER_MONTH } from '../../../src/core/model/daysPerMonth.js';
import { episodeLengths } from '../../../src/core/simulate/EpisodeLengths.js';
import { scenarioArb } from '../../support/arbitraryScenario.js';
import { compileValid, testScenario } from '../../support/testScenario.js';
import { eachRun } from '../../support/eachRun.js';
import { expectWithinSE, moments } from '../../support/monteCarlo.js';
import { hvbYouth } from '../../../models/services/hvbYouth.js';

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

  // Per diem, places never short, a margin requirement above today's margin: every provider
  // re-prices by the same premium, known in closed form from its plan.
  const price = 4500, cpcm = 100_000, fixed = 170_000, lambda = 1.1, median = 6, sdLog = 0.6, r = 0.2, J = 5;
  const plannedOccupancy = lambda * median * Math.exp((sdLog * sdLog) / 2);
  const days = plannedOccupancy * DAYS_PER_MONTH;
  const premium = (r * days * price - (days * price - (plannedOccupancy * cpcm + fixed))) / ((1 - r) * days);
  const repricing = testScenario({
    runs: 400, horizonMonths: 24, seed: 7,
    segments: [{ service: 'hvbYouth', providers: J, params: { capacity: 200, referralsPerProviderMonth: lambda, episodeMedianMonths: median, episodeSdLog: sdLog, pricePerDay: price, costPerClientMonth: cpcm, fixedCostPerMonth: fixed } }],
    care: { warmUpMonths: 60 },
    behaviour: { participation: { enabled: true, reservationMargin: r, riskAversion: 0.5, maxPremiumShare: 0.5 } },
  });

  it('pays every re-pricing provider its closed-form premium on every client-day', () => {
    expect(hvbYouth.defaults.pricePerDay).toBe(price);
    expect(premium).toBeGreaterThan(0);
    const c = compileValid({ ...repricing, runs: 20 });
    eachRun(c, (s, m) => {
      const clientMonths = Array.from(s.clientMonthsTotal).reduce((a, b) => a + b, 0);
      expect(m('providers.premiumPaid')).toBeCloseTo(premium * DAYS_PER_MONTH * clientMonths, 3);
      expect(m('providers.repricingShare')).toBe(1);
      expect(m('providers.exited')).toBe(0);
    });
  });

  it('premium per year: closed form (Little\'s law: λ·E[length] client-months a month) within Monte Carlo error', () => {
    const { c, result } = simulate(repricing);
    const table = episodeLengths(median, sdLog, 60 + 24);
    // E[length] = Σ_{L ≥ 1} P(length ≥ L) from the kernel's own table of lengths.
    let meanLength = 1;
    for (let L = 2; L <= table.cap; L++) meanLength += 1 - table.cut[L];
    const perYear = premium * DAYS_PER_MONTH * 12 * J * lambda * meanLength;
    const column = metricColumn(result, metricDefinition('providers.premiumPaid'));
    const years = c.horizonMonths / 12;
    const m = moments(Array.from(column, (x) => x / years));
    expectWithinSE('premium paid per year', m.mean, perYear, m.seMean);
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
