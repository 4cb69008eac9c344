/**
 * Expected outcome bonus = bonus × E[observed successes] (outcomeBonus, docs/model.md §8). Ten identical providers,
 * exactly n = 30 measured clients per quarter, an imperfect binary measure. A client's chance
 * of being recorded good is, from first principles, p_rec = p̄·P(rec | Y = 1) + (1 − p̄)·P(rec | Y = 0)
 * with P(rec | Y) = P(S = 1 | Y)·sensitivity + P(S = 0 | Y)·(1 − specificity) and
 * P(S = 1 | Y) = validity·Y + (1 − validity)·otherwiseRate. Clients are independent, so the
 * run's bonus total has SD = bonus·√(cells·n·p_rec(1 − p_rec)).
 * Tolerance: K = 4 standard errors of the mean over runs (exact binomial SE).
 */
import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH } from '../../src/core/simulate/settlePeriod.js';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun } from '../support/eachRun.js';
import { cohortOf, meanGood } from '../support/cohortClosedForms.js';
import { expectWithinSE, moments } from '../support/monteCarlo.js';

const J = 10, CAPACITY = 10, N = 30, PERIODS = 4, RUNS = 100, PRICE = 1000, BONUS = 5000, QUALITY = 0.6;
const MEASURE = { validity: 0.7, otherwiseRate: 0.4, sensitivity: 0.9, specificity: 0.8 };

describe('validation: expected outcome bonus', () => {
  it('mean bonus per run = bonus × cells × n × p_rec', () => {
    const c = compileValid(saturatedScenario({ providers: J, capacity: CAPACITY, segment: { qualityMean: QUALITY, qualitySd: 0, pricePerDay: PRICE } }, {
      runs: RUNS, horizonMonths: 3 * PERIODS,
      measure: { model: 'lowerIntervention', params: MEASURE },
      payment: { rule: 'outcomeBonus', params: { bonusPerSuccess: BONUS } },
    }));
    const bonus = new Float64Array(RUNS), observedRate = new Float64Array(RUNS);
    eachRun(c, (_s, m, r) => {
      bonus[r] = m('purchaser.payments') - J * PERIODS * N * DAYS_PER_MONTH * PRICE;
      observedRate[r] = m('outcomes.observedRate');
    });

    const pBar = meanGood(cohortOf('hvbYouth'), QUALITY);
    const rec = (y: number): number => {
      const s1 = MEASURE.validity * y + (1 - MEASURE.validity) * MEASURE.otherwiseRate;
      return s1 * MEASURE.sensitivity + (1 - s1) * (1 - MEASURE.specificity);
    };
    const pRec = pBar * rec(1) + (1 - pBar) * rec(0);
    const clients = J * PERIODS * N;
    const expected = BONUS * clients * pRec;
    const seRun = BONUS * Math.sqrt(clients * pRec * (1 - pRec));
    expectWithinSE('bonus per run', moments(bonus).mean, expected, seRun / Math.sqrt(RUNS));
    expectWithinSE('observed rate', moments(observedRate).mean, pRec, Math.sqrt(pRec * (1 - pRec) / clients / RUNS));
    // The bonus is a whole number of successes in every run.
    for (const b of bonus) expect(Math.abs(b / BONUS - Math.round(b / BONUS))).toBeLessThan(1e-6);
  });
});
