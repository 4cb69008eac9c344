/**
 * Reliability of provider rates, R = s²_b / (s²_b + s²_w/n), and Spearman–Brown.
 *
 * Design: 40 providers with effects δ ~ N(0.6, 0.5), redrawn every run, each measuring exactly
 * n clients per period (saturatedScenario) with a perfect binary measure. The reliability of a
 * provider's rate is then its test–retest correlation: the correlation, across providers and
 * runs, of its observed rates in two consecutive periods equals s²_b / (s²_b + s²_w/n), where
 * s²_b = Var_δ p̄(δ) and s²_w = E_δ[p̄(1 − p̄)] (closed form by numeric integration).
 * Lengthening the period from a quarter to a year multiplies n by 4, so R_year must equal
 * Spearman–Brown's 4R/(1 + 3R).
 *
 * Tolerances: K = 4 delta-method standard errors of the sample correlation (no normality
 * assumed), one (provider, run) pair each, pairs independent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureSpecs } from '../../models/index.js';
import { defaultsOf } from '../../src/core/model/ParamSpec.js';
import { observationModel } from '../../src/core/measure/ObservationModel.js';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun, cellOf } from '../support/eachRun.js';
import { cohortOf } from '../support/cohortClosedForms.js';
import { reliabilityClosedForm, spearmanBrown } from '../support/reliabilityClosedForm.js';
import { correlationWithSE, expectWithinSE, moments } from '../support/monteCarlo.js';
import { services } from '../../models/index.js';
import { logistic } from '../../src/core/rng/logistic.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { streamFor } from '../../src/core/rng/Stream.js';

const J = 40, CAPACITY = 10, QUALITY = { qualityMean: 0.6, qualitySd: 0.5 };
const perfect = { model: 'lowerIntervention', params: { validity: 1, sensitivity: 1, specificity: 1 } };
const om = observationModel('binary', { ...defaultsOf(measureSpecs), validity: 1, sensitivity: 1, specificity: 1 });
const closedForm = (n: number): number => reliabilityClosedForm({ om, cohort: cohortOf('hvbYouth'), ...QUALITY, shareFemale: 0.4, n });

/** Correlation of each provider's rate in periods 0 and 1, over all providers and runs. */
function testRetest(period: 'quarter' | 'year', runs: number): ReturnType<typeof correlationWithSE> {
  const months = period === 'quarter' ? 3 : 12;
  const c = compileValid(saturatedScenario({ providers: J, capacity: CAPACITY, segment: QUALITY }, {
    runs, horizonMonths: 2 * months, market: 'redrawn', measure: perfect, payment: { rule: 'perDiem', settings: { period } },
  }));
  const x: number[] = [], y: number[] = [];
  let wrongN = 0;
  eachRun(c, (s) => {
    for (let j = 0; j < J; j++) {
      const a = cellOf(s, j, 0), b = cellOf(s, j, 1);
      if (a.measured !== CAPACITY * months || b.measured !== CAPACITY * months) wrongN++;
      x.push(a.rate);
      y.push(b.rate);
    }
  });
  expect(wrongN).toBe(0);
  return correlationWithSE(x, y);
}

describe('validation: reliability and Spearman–Brown', () => {
  const rQuarter = closedForm(3 * CAPACITY);
  const rYear = closedForm(12 * CAPACITY);

  it('the closed form obeys Spearman–Brown exactly when n grows fourfold', () => {
    expect(rYear).toBeCloseTo(spearmanBrown(rQuarter, 4), 10);
    expect(rQuarter > 0.3 && rQuarter < 0.8).toBe(true);
  });

  it('quarterly rates: test–retest correlation = s²_b / (s²_b + s²_w/n), n = 30', () => {
    const t = testRetest('quarter', 100);
    expectWithinSE('quarter-to-quarter correlation', t.r, rQuarter, t.se);
  });

  it('yearly rates: test–retest correlation = Spearman–Brown 4R/(1 + 3R), n = 120', () => {
    const t = testRetest('year', 40);
    expectWithinSE('year-to-year correlation', t.r, spearmanBrown(rQuarter, 4), t.se);
  });
});

/**
 * The engine's own metric, measurement.reliability, is R̂ = B / (B + W) for the J providers of
 * a run: B the variance (divisor J) of their true scores τ_j, W the mean of τ_j(1 − τ_j)/n.
 * Its expectation over markets is computed here by simulating δ_j and each provider's n clients'
 * age bands directly (no need term: needSlope = 0, so the only case-mix is the age bands).
 * Tolerance: K = 4 × √(SE_engine² + SE_reference²).
 */
function expectedEngineReliability(n: number, replicates: number): { mean: number; se: number } {
  const hvb = services.hvbYouth;
  const total = hvb.ageBands.reduce((a, b) => a + b.share, 0);
  const a0 = hvb.defaults.baselineLogOdds!;
  const s = streamFor(1, 0, `reference-reliability-${n}`);
  const values = new Float64Array(replicates);
  const tau = new Float64Array(J);
  for (let i = 0; i < replicates; i++) {
    for (let j = 0; j < J; j++) {
      const d = QUALITY.qualityMean + QUALITY.qualitySd * normalQuantile(s.next());
      let sum = 0;
      for (let k = 0; k < n; k++) {
        let u = s.next() * total, band = 0;
        while (u > hvb.ageBands[band].share && band < hvb.ageBands.length - 1) { u -= hvb.ageBands[band].share; band++; }
        sum += logistic(a0 + hvb.ageBands[band].logitShift + d);
      }
      tau[j] = sum / n;
    }
    let mean = 0, within = 0;
    for (const t of tau) { mean += t / J; within += (t * (1 - t)) / n / J; }
    let between = 0;
    for (const t of tau) between += (t - mean) ** 2 / J;
    values[i] = between / (between + within);
  }
  const m = moments(values);
  return { mean: m.mean, se: m.seMean };
}

describe('validation: the engine\'s reliability metric', () => {
  const scenario = (period: 'quarter' | 'year', runs: number) => compileValid(saturatedScenario(
    { providers: J, capacity: CAPACITY, segment: { ...QUALITY, needSlope: 0 } },
    { runs, horizonMonths: period === 'quarter' ? 3 : 12, market: 'redrawn', measure: perfect, payment: { rule: 'perDiem', settings: { period } } },
  ));
  const engine = (period: 'quarter' | 'year', runs: number): Float64Array => {
    const out = new Float64Array(runs);
    eachRun(scenario(period, runs), (_s, m, r) => { out[r] = m('measurement.reliability'); });
    return out;
  };
  const runs: Record<'quarter' | 'year', Float64Array> = { quarter: new Float64Array(0), year: new Float64Array(0) };
  beforeAll(() => {
    runs.quarter = engine('quarter', 200);
    runs.year = engine('year', 60);
  });

  for (const [label, n] of [['quarter', 30], ['year', 120]] as const) {
    it(`${label}: mean of measurement.reliability = E[B / (B + W)] over markets of ${J} providers, n = ${n}`, () => {
      const m = moments(runs[label]);
      const ref = expectedEngineReliability(n, 3000);
      expectWithinSE('engine reliability', m.mean, ref.mean, Math.hypot(m.seMean, ref.se));
    });
  }

  it('larger n per provider never lowers it: yearly minus quarterly, run by run on the same markets', () => {
    const diffs = runs.year.map((y, r) => y - runs.quarter[r]);
    const m = moments(diffs);
    expect(m.mean - 4 * m.seMean).toBeGreaterThan(0);
  });
});
