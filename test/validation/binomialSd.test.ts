/**
 * Binomial noise of an observed provider rate (docs/model.md §5, §7: with 20 clients a year the binomial
 * noise alone is about ±10 percentage points). One provider measures exactly n = 30 clients per
 * quarter (saturatedScenario), with a perfect binary measure, so its observed rate across runs
 * is Binomial(n, p̄)/n with p̄ = E over need and age of logistic(a0 − b·z + shift + δ).
 * Tolerance: K = 4 standard errors; the SE of the sample SD follows from the binomial's
 * exact central moments: SE(s²) = √((μ4 − σ⁴)/R), SE(s) ≈ SE(s²)/(2σ).
 */
import { describe, expect, it } from 'vitest';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun, cellOf } from '../support/eachRun.js';
import { cohortOf, meanGood } from '../support/cohortClosedForms.js';
import { binomialRateMoments } from '../support/binomial.js';
import { expectWithinSE, moments } from '../support/monteCarlo.js';

const RUNS = 4000, CAPACITY = 10, N = 3 * CAPACITY, QUALITY = 0.6;

describe('validation: binomial SD of an observed provider rate', () => {
  it(`SD of one provider's quarterly rate across ${RUNS} runs is √(p̄(1 − p̄)/n), n = ${N}`, () => {
    const c = compileValid(saturatedScenario(
      { providers: 1, capacity: CAPACITY, segment: { qualityMean: QUALITY, qualitySd: 0 } },
      { runs: RUNS, horizonMonths: 3, measure: { model: 'lowerIntervention', params: { validity: 1, sensitivity: 1, specificity: 1 } } },
    ));
    const rates = new Float64Array(RUNS);
    let wrongN = 0;
    eachRun(c, (s, _m, r) => {
      const cell = cellOf(s, 0, 0);
      if (cell.measured !== N) wrongN++;
      rates[r] = cell.rate;
    });
    expect(wrongN).toBe(0);

    const pBar = meanGood(cohortOf('hvbYouth'), QUALITY);
    const exact = binomialRateMoments(N, pBar);
    const sd = Math.sqrt(exact.mu2);
    expect(sd).toBeCloseTo(Math.sqrt((pBar * (1 - pBar)) / N), 12);
    const m = moments(rates);
    expectWithinSE('mean observed rate', m.mean, pBar, sd / Math.sqrt(RUNS));
    const seSd = Math.sqrt((exact.mu4 - exact.mu2 ** 2) / RUNS) / (2 * sd);
    expectWithinSE('SD of the observed rate', Math.sqrt(m.variance), sd, seSd);
  });
});
