/**
 * Probability of a threshold payment from the binomial CDF (thresholdBonus, docs/model.md §8). Ten identical providers
 * each measure exactly n = 30 clients per quarter (saturatedScenario) with a perfect measure,
 * so each provider-period's count is Binomial(30, p̄) and the cliff pays with probability
 * P(X/n ≥ target) = Σ_{k: k/n ≥ target} C(n,k) p̄^k (1 − p̄)^(n−k). The smoothed version pays
 * E[ramp(X/n)] of the bonus. Payments reveal the bonuses: every provider-period's base is the
 * same (30 client-months at the price), so bonuses = payments / base − periods.
 * Tolerance: K = 4 standard errors; for the cliff the exact binomial SE √(π(1 − π)/N) over
 * N independent provider-periods, for the ramp the SE of the per-run means.
 */
import { describe, expect, it } from 'vitest';
import { ramp } from '../../src/core/model/PaymentRule.js';
import { DAYS_PER_MONTH } from '../../src/core/simulate/settlePeriod.js';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun } from '../support/eachRun.js';
import { cohortOf, meanGood } from '../support/cohortClosedForms.js';
import { binomialPmf } from '../support/binomial.js';
import { expectWithinSE, moments } from '../support/monteCarlo.js';

const J = 10, CAPACITY = 10, N = 30, PERIODS = 4, RUNS = 200, PRICE = 1000, TARGET = 0.45, QUALITY = 0.6;
const BASE = N * DAYS_PER_MONTH * PRICE;

/** Share of the bonus paid, per provider-period, across runs. */
function bonusShares(smoothing: number): Float64Array {
  const c = compileValid(saturatedScenario({ providers: J, capacity: CAPACITY, segment: { qualityMean: QUALITY, qualitySd: 0, pricePerDay: PRICE } }, {
    runs: RUNS, horizonMonths: 3 * PERIODS,
    measure: { model: 'lowerIntervention', params: { validity: 1, sensitivity: 1, specificity: 1 } },
    payment: { rule: 'thresholdBonus', params: { bonusShare: 1, target: TARGET, smoothing } },
  }));
  const out = new Float64Array(RUNS);
  eachRun(c, (_s, m, r) => { out[r] = (m('purchaser.payments') / BASE - J * PERIODS) / (J * PERIODS); });
  return out;
}

describe('validation: probability of a threshold payment', () => {
  const pBar = meanGood(cohortOf('hvbYouth'), QUALITY);
  const pmf = binomialPmf(N, pBar);

  it('cliff: share of provider-periods paid = binomial upper tail at the target', () => {
    const shares = bonusShares(0);
    // Each provider-period either earns the bonus or not: the run's count is a whole number.
    for (const x of shares) expect(Math.abs(x * J * PERIODS - Math.round(x * J * PERIODS))).toBeLessThan(1e-6);
    let pi = 0;
    for (let k = 0; k <= N; k++) if (k / N >= TARGET) pi += pmf[k];
    expect(pi > 0.2 && pi < 0.8).toBe(true);
    const observed = moments(shares).mean;
    expectWithinSE('P(threshold bonus)', observed, pi, Math.sqrt((pi * (1 - pi)) / (RUNS * J * PERIODS)));
  });

  it('smoothed: mean share of the bonus = E[ramp(X/n; target ± width/2)] under the binomial', () => {
    const width = 0.2;
    const m = moments(bonusShares(width));
    let expected = 0;
    for (let k = 0; k <= N; k++) expected += pmf[k] * ramp(k / N, TARGET - width / 2, TARGET + width / 2);
    expectWithinSE('expected share of the smoothed bonus', m.mean, expected, m.seMean);
  });
});
