/**
 * Attributable effect and the counterfactual (docs/model.md §4). With no capacity limit
 * (capacity 1000, about 3 referrals per provider-month) and no admin burden, every client is
 * treated by a provider of effect δ ~ N(μ, σ) (redrawn per run), and one uniform decides the
 * outcome in both worlds. Per discharged client:
 *   E[p0]      = E_z,age[logistic(a0 − b·z + shift)]                 (counterfactual)
 *   E[p1]      = E_δ E_z,age[logistic(a0 − b·z + shift + δ)]         (true rate)
 *   E[p1 − p0] = attributable / discharged
 * all by numeric integration. Need terciles: E[p1 | z in the top third] = 3·∫_{z > z⅔} φ(z)·p1 dz.
 * Tolerance: K = 4 Monte Carlo SEs of the per-run ratios (each run's ratio is a mean over
 * its independent discharged clients, so its expectation is exactly the closed form).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { services } from '../../models/index.js';
import { logistic } from '../../src/core/rng/logistic.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { compileValid, testScenario } from '../support/testScenario.js';
import { eachRun } from '../support/eachRun.js';
import { cohortOf, meanAttributable, meanGood, overProviders } from '../support/cohortClosedForms.js';
import { simpson } from '../support/expectOverNormal.js';
import { expectWithinSE, familyK, moments } from '../support/monteCarlo.js';

const RUNS = 200, MU = 0.6, SIGMA = 0.3;

describe('validation: attributable effect and counterfactual', () => {
  const c = compileValid(testScenario({
    runs: RUNS, horizonMonths: 36, market: 'redrawn',
    segments: [{ service: 'hvbYouth', providers: 8, params: { capacity: 1000, referralsPerProviderMonth: 3, qualityMean: MU, qualitySd: SIGMA } }],
  }));
  const cols = { p0: new Float64Array(RUNS), p1: new Float64Array(RUNS), attr: new Float64Array(RUNS), high: new Float64Array(RUNS), low: new Float64Array(RUNS), sexGap: new Float64Array(RUNS) };
  let fallback = 0, adminHours = 0;
  beforeAll(() => {
    eachRun(c, (s, m, r) => {
      cols.p0[r] = s.counterfactualGoodAll / s.dischargedAll;
      cols.p1[r] = m('outcomes.trueRate');
      cols.attr[r] = m('outcomes.attributable') / s.dischargedAll;
      cols.high[r] = m('outcomes.trueRateHighNeed');
      cols.low[r] = m('outcomes.trueRateLowNeed');
      cols.sexGap[r] = m('outcomes.trueRateFemale') - m('outcomes.trueRateMale');
      fallback += m('clients.fallback');
      adminHours += m('care.hoursToAdmin');
    });
  });
  const cohort = cohortOf('hvbYouth');
  const k = familyK(6);

  it('the set-up has no capacity limit and no admin burden', () => {
    expect(fallback).toBe(0);
    expect(adminHours).toBe(0);
  });

  it('counterfactual rate = E[logistic(a0 − b·z + shift)]', () => {
    const m = moments(cols.p0);
    expectWithinSE('counterfactual rate', m.mean, meanGood(cohort, 0), m.seMean, k);
  });

  it('true rate = E_δ E_z[p1]', () => {
    const m = moments(cols.p1);
    expectWithinSE('true rate', m.mean, overProviders(MU, SIGMA, (d) => meanGood(cohort, d)), m.seMean, k);
  });

  it('attributable / discharged = E_δ E_z[p1 − p0]', () => {
    const m = moments(cols.attr);
    const expected = overProviders(MU, SIGMA, (d) => meanAttributable(cohort, d));
    expect(expected).toBeGreaterThan(0.05);
    expectWithinSE('attributable per discharged client', m.mean, expected, m.seMean, k);
  });

  it('sex does not change true outcomes: female − male true rate is 0', () => {
    const m = moments(cols.sexGap);
    expectWithinSE('female − male true rate', m.mean, 0, m.seMean, k);
  });

  it('need terciles: true rate among the highest- and lowest-need thirds', () => {
    const zHi = normalQuantile(2 / 3);
    const phi = (z: number): number => Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    const bands = services.hvbYouth.ageBands;
    const total = bands.reduce((a, b) => a + b.share, 0);
    const tercile = (lo: number, hi: number): number => 3 * overProviders(MU, SIGMA, (d) => bands.reduce((acc, b) =>
      acc + (b.share / total) * simpson((z) => phi(z) * logistic(cohort.baselineLogOdds - cohort.needSlope * z + b.logitShift + d), lo, hi, 400), 0), 40);
    for (const [label, col, expected] of [['high need', cols.high, tercile(zHi, 10)], ['low need', cols.low, tercile(-10, -zHi)]] as const) {
      const m = moments(col);
      expectWithinSE(label, m.mean, expected, m.seMean, k);
    }
  });
});
