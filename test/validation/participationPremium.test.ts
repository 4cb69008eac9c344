/**
 * Participation's premium against its closed form. Per diem, places never short, a margin
 * requirement r above today's margin: every provider re-prices by the same premium per day,
 *   π = (r·E − (E − C)) / ((1 − r)·d)   (docs/model.md, "Participation"; no risk under a per diem),
 * with E, C, d its planned revenue, cost and client-days. Run by run the premium paid is π on
 * every client-day; in expectation, by Little's law, a provider has λ·E[length] clients a month,
 * so the premium a year is π · 365.25/12 · 12 · J · λ · E[length], within Monte Carlo error.
 */
import { describe, expect, it } from 'vitest';
import { metricColumn, metricDefinition, simulateScenario } from '../../src/engine.js';
import { DAYS_PER_MONTH } from '../../src/core/model/daysPerMonth.js';
import { episodeLengths } from '../../src/core/simulate/EpisodeLengths.js';
import { compileValid, testScenario } from '../support/testScenario.js';
import { eachRun } from '../support/eachRun.js';
import { expectWithinSE, moments } from '../support/monteCarlo.js';

describe('participation premium', () => {
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
    const c = compileValid(repricing);
    const result = simulateScenario(c);
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

});
