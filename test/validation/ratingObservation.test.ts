/**
 * The kernel's rating measure against its closed form (ObservationModel): outcome-dependent
 * non-response, "don't know", ceiling, rating noise and a sex gap. Identical providers measure
 * n = 30 discharged clients per quarter; each client is counted with probability
 * c = p̄·P(counted | Y = 1) + (1 − p̄)·P(counted | Y = 0) and, if counted, recorded good with
 * probability τ = Σ_sex w·[p̄·P(counted, good | 1, sex) + (1 − p̄)·P(counted, good | 0, sex)] / c.
 * Tolerance: K = 4 exact binomial SEs (independent clients).
 */
import { describe, it } from 'vitest';
import { measures, measureSpecs } from '../../models/index.js';
import { defaultsOf } from '../../src/core/model/ParamSpec.js';
import { observationModel } from '../../src/core/measure/ObservationModel.js';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun } from '../support/eachRun.js';
import { cohortOf, meanGood } from '../support/cohortClosedForms.js';
import { providerScore } from '../support/reliabilityClosedForm.js';
import { expectWithinSE } from '../support/monteCarlo.js';

const J = 5, CAPACITY = 10, RUNS = 60, SHARE_FEMALE = 0.5, QUALITY = 0.6;

describe('validation: rating measure in the kernel', () => {
  it('counted share and observed rate of ihfRating (with a sex gap of 0.3) match the closed form', () => {
    const params = { sexGap: 0.3 };
    const c = compileValid(saturatedScenario({ providers: J, capacity: CAPACITY, service: 'familyTherapyIhf', segment: { qualityMean: QUALITY, qualitySd: 0, shareFemale: SHARE_FEMALE } }, {
      runs: RUNS, horizonMonths: 12, measure: { model: 'ihfRating', params },
    }));
    let measured = 0, observed = 0;
    eachRun(c, (s) => {
      for (let i = 0; i < s.measured.length; i++) { measured += s.measured[i]; observed += s.observed[i]; }
    });
    const discharged = RUNS * J * 4 * 3 * CAPACITY;
    const om = observationModel('rating', { ...defaultsOf(measureSpecs), ...measures.ihfRating.defaults, ...params });
    const score = providerScore(om, meanGood(cohortOf('familyTherapyIhf'), QUALITY), SHARE_FEMALE);
    expectWithinSE('counted share', measured / discharged, score.counted, Math.sqrt((score.counted * (1 - score.counted)) / discharged));
    expectWithinSE('observed rate among counted', observed / measured, score.tau, Math.sqrt((score.tau * (1 - score.tau)) / measured));
  });
});
