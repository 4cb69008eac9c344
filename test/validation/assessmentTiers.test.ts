/**
 * Misclassification into the social worker's three tiers (deficient / approved / very good)
 * under the normal model of the assessment measure: a client with signal S is assessed at
 * X = S − genderBias·female + σ·N(0, 1) and lands in "approved or better" when X > ¼ and in
 * "very good" when X > ¾. Tier probabilities are computed by numeric integration of the normal
 * density over each tier's interval (not with the engine's normalCdf), then compared with the
 * engine's observed rates at the two success levels:
 *   P(deficient) = 1 − P(≥ approved),  P(approved) = P(≥ approved) − P(≥ very good).
 * The true outcome is pinned to Y = 1 (or Y = 0) by extreme log-odds (P(other) < 3e-6), with
 * validity 1, so each row of the misclassification matrix is observed directly.
 * Tolerance: K = 4 exact binomial SEs over the measured clients (independent clients).
 */
import { describe, expect, it } from 'vitest';
import { compileValid } from '../support/testScenario.js';
import { saturatedScenario } from '../support/saturatedScenario.js';
import { eachRun } from '../support/eachRun.js';
import { normalTailByIntegration } from '../support/expectOverNormal.js';
import { cohortOf, meanGood } from '../support/cohortClosedForms.js';
import { expectWithinSE, familyK } from '../support/monteCarlo.js';

const J = 5, CAPACITY = 10, RUNS = 40, SHARE_FEMALE = 0.4;
type Level = 'approved' | 'veryGood';
const THRESHOLD: Record<Level, number> = { approved: 0.25, veryGood: 0.75 };

interface Pooled { observed: number; measured: number; cells: Array<[number, number]> }

function assess(level: Level, segment: Record<string, number>, measure: Record<string, number>): Pooled {
  const c = compileValid(saturatedScenario({ providers: J, capacity: CAPACITY, segment: { shareFemale: SHARE_FEMALE, qualitySd: 0, ...segment } }, {
    runs: RUNS, horizonMonths: 12,
    measure: { model: 'followUpAssessment', params: { successLevel: level, ...measure } },
  }));
  const out: Pooled = { observed: 0, measured: 0, cells: [] };
  eachRun(c, (s) => {
    for (let i = 0; i < s.measured.length; i++) {
      out.observed += s.observed[i];
      out.measured += s.measured[i];
      out.cells.push([s.observed[i], s.measured[i]]);
    }
  });
  return out;
}

/** P(X > threshold) for signal s, mixed over sex, by numeric integration. */
function atLeast(level: Level, s: number, sd: number, bias: number): number {
  let p = 0;
  for (let f = 0; f < 2; f++) p += (f ? SHARE_FEMALE : 1 - SHARE_FEMALE) * normalTailByIntegration((THRESHOLD[level] - s + bias * f) / sd);
  return p;
}

describe('validation: misclassification into the three assessment tiers', () => {
  const SD = 0.35, BIAS = 0.2;
  // Extreme log-odds make the true outcome certain: a0 ± 8 with effect ± 5, no need term.
  const truth = { good: { baselineLogOdds: 8, qualityMean: 5, needSlope: 0 }, poor: { baselineLogOdds: -8, qualityMean: -5, needSlope: 0 } };
  const measure = { validity: 1, interRaterSd: SD, genderBias: BIAS };
  const k = familyK(4);

  for (const [y, segment] of [[1, truth.good], [0, truth.poor]] as const) {
    it(`true outcome Y = ${y}: tier shares match the normal model`, () => {
      const approved = assess('approved', segment, measure);
      const veryGood = assess('veryGood', segment, measure);
      const tiers = {
        deficient: 1 - atLeast('approved', y, SD, BIAS),
        approved: atLeast('approved', y, SD, BIAS) - atLeast('veryGood', y, SD, BIAS),
        veryGood: atLeast('veryGood', y, SD, BIAS),
      };
      expect(tiers.deficient + tiers.approved + tiers.veryGood).toBeCloseTo(1, 12);
      const n = approved.measured;
      expect(veryGood.measured).toBe(n);
      const pA = 1 - tiers.deficient, pV = tiers.veryGood;
      expectWithinSE('P(approved or better)', approved.observed / n, pA, Math.sqrt((pA * (1 - pA)) / n), k);
      expectWithinSE('P(very good)', veryGood.observed / n, pV, Math.sqrt((pV * (1 - pV)) / n), k);
      // Common random numbers: the same noise draw assesses each client at both levels,
      // so "very good" never exceeds "approved or better" in any provider-period.
      expect(veryGood.cells.every(([o], i) => o <= approved.cells[i][0])).toBe(true);
    });
  }

  it('a realistic mix: validity 0.8, need-dependent outcomes, gender bias 0.3 — observed rate = E over Y and S', () => {
    const validity = 0.8, otherwiseRate = 0.5, bias = 0.3;
    const pooled = assess('approved', { qualityMean: 0.6 }, { validity, otherwiseRate, interRaterSd: SD, genderBias: bias });
    const pBar = meanGood(cohortOf('hvbYouth'), 0.6);
    const pS1 = validity * pBar + (1 - validity) * otherwiseRate;
    const expected = pS1 * atLeast('approved', 1, SD, bias) + (1 - pS1) * atLeast('approved', 0, SD, bias);
    expectWithinSE('observed rate', pooled.observed / pooled.measured, expected, Math.sqrt((expected * (1 - expected)) / pooled.measured));
  });
});
