/**
 * The planner's simulated power of the measure (src/core/plan/simulatePower.ts) against the
 * exact binomial power when the measure adds nothing beyond sampling: validity 1, a perfect
 * binary indicator, everyone measured, no case-mix differences. Clients of one provider are
 * then independent with the provider's mean true rate p (need and age vary within the
 * provider, but a mixture of Bernoullis is Bernoulli(E p)), so the number of recorded
 * successes among n measured is Binomial(n, p), and the one-sided z-test flags it with
 * probability P(X ≤ c(n)), c(n) the largest count with (c/n − b)/√(b(1 − b)/n) < −z.
 * Deficient provider (10 points worse) and typical provider (the test's actual size), each at
 * four n: 8 comparisons, k = familyK(8); SE = √(π(1 − π)/R) over R independent replicates.
 */
import { describe, expect, it } from 'vitest';
import { drawRunParams } from '../../src/core/compile/drawRunParams.js';
import { exactLowPower } from '../../src/core/plan/binomialPower.js';
import { emptyPowerCounts, simulatePower } from '../../src/core/plan/simulatePower.js';
import { typicalProvider } from '../../src/core/plan/typicalProvider.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { compileValid, testScenario } from '../support/testScenario.js';
import { expectWithinSE, familyK } from '../support/monteCarlo.js';

const R = 4000, NS = [10, 30, 80, 150], ALPHA = 0.05;
const K = familyK(2 * NS.length);

describe('validation: simulated power of a noiseless measure is the exact binomial power', () => {
  it(`${R} simulated providers, n = ${NS.join(', ')}`, () => {
    const c = compileValid(testScenario({
      segments: [{ service: 'hvbYouth', providers: 10, params: { caseMixSd: 0 } }],
      measure: { model: 'lowerIntervention', params: { validity: 1, sensitivity: 1, specificity: 1 } },
    }));
    const P = drawRunParams(c, 0);
    const tp = typicalProvider(c, P, 0, { difference: 0.1 });
    // The measure records the truth: the benchmark is the typical provider's true rate.
    expect(tp.benchmark).toBeCloseTo(tp.trueRate, 12);
    expect(tp.deficientRecorded).toBeCloseTo(tp.deficientTrueRate, 12);
    const z = normalQuantile(1 - ALPHA);
    const counts = simulatePower({ seed: 11, provider: tp, z, nMax: Math.max(...NS), caseMixSd: 0 }, 0, R, emptyPowerCounts(Math.max(...NS)));
    for (const n of NS) {
      const deficient = exactLowPower(n, tp.benchmark, tp.deficientTrueRate, z);
      const typical = exactLowPower(n, tp.benchmark, tp.benchmark, z);
      expectWithinSE(`power at n = ${n}`, counts.flaggedDeficient[n] / R, deficient, Math.sqrt((deficient * (1 - deficient)) / R), K);
      expectWithinSE(`size at n = ${n}`, counts.flaggedTypical[n] / R, typical, Math.sqrt((typical * (1 - typical)) / R), K);
    }
  });
});
