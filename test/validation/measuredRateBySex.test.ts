/**
 * The measured rate by sex shows a gender bias in assessment as a gap the true rates do not
 * have. With the true outcome pinned to Y = 1 (extreme log-odds, validity 1), the social
 * worker's assessment X = 1 − genderBias·female + σ·N(0, 1) passes "approved or better" when
 * X > ¼: P(male) = P(N > (¼ − 1)/σ), P(female) = P(N > (¼ − 1 + bias)/σ), each by numeric
 * integration of the normal density. Tolerance: Bonferroni k for two comparisons, exact
 * binomial SE over the measured clients of each sex.
 */
import { describe, expect, it } from 'vitest';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun } from '../support/eachRun.js';
import { normalTailByIntegration } from '../support/expectOverNormal.js';
import { expectWithinSE, familyK } from '../support/monteCarlo.js';

describe('validation: measured rate by sex under a gender bias in assessment', () => {
  it('female and male measured rates match the normal model; true rates do not differ', () => {
    const SD = 0.35, BIAS = 0.3;
    const c = compileValid(saturatedScenario(
      { providers: 5, capacity: 10, segment: { shareFemale: 0.5, qualitySd: 0, baselineLogOdds: 8, qualityMean: 5, needSlope: 0 } },
      { runs: 40, horizonMonths: 12, measure: { model: 'followUpAssessment', params: { successLevel: 'approved', validity: 1, interRaterSd: SD, genderBias: BIAS } } },
    ));
    const n = [0, 0, 0, 0];
    let trueGap = 0;
    eachRun(c, (s, metric) => {
      for (let i = 0; i < 4; i++) n[i] += s.measuredBySex[i];
      trueGap += metric('outcomes.trueRateFemale') - metric('outcomes.trueRateMale');
    });
    const k = familyK(2);
    const pMale = normalTailByIntegration((0.25 - 1) / SD), pFemale = normalTailByIntegration((0.25 - 1 + BIAS) / SD);
    expectWithinSE('measured rate, male', n[1] / n[0], pMale, Math.sqrt((pMale * (1 - pMale)) / n[0]), k);
    expectWithinSE('measured rate, female', n[3] / n[2], pFemale, Math.sqrt((pFemale * (1 - pFemale)) / n[2]), k);
    // Everyone's true outcome is good (P(not) < 3e-6): the whole gap is the assessment's.
    expect(Math.abs(trueGap / c.runs)).toBeLessThan(1e-3);
    expect(pMale - pFemale).toBeGreaterThan(0.05);
  });
});
