/** The benchmark's reference kernel does the work it claims: the right number of clients, outcomes with the right probability. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedClients, REFERENCE_FIELDS, referenceRuns, referenceWorkFor, type ReferenceWork } from '../../bench/referenceKernel.js';
import { compileScenario, parseScenarioText } from '../../src/engine.js';
import { logistic } from '../../src/core/rng/logistic.js';
import { expectWithinSE, familyK } from '../support/monteCarlo.js';

function work(): ReferenceWork {
  return {
    seed: 11,
    months: 12,
    rate: Float64Array.of(2, 1, 0.5),
    intercept: Float64Array.of(-0.2, 0.5, -1),
    slope: Float64Array.of(0.8, 0.3, 1.2),
    shareFemale: Float64Array.of(0.4, 0.5, 0.9),
  };
}

function run(w: ReferenceWork, first: number, runs: number): Float64Array {
  const out = new Float64Array(runs * REFERENCE_FIELDS);
  referenceRuns(w, first, runs, out);
  return out;
}

/** P(good) for one provider: need uniform on (−√3, √3), 15 % in the oldest age band (−0.2), female −0.1. */
function goodProbability(w: ReferenceWork, j: number): number {
  const steps = 4000, half = Math.sqrt(3);
  let p = 0;
  for (let i = 0; i < steps; i++) {
    const z = -half + ((i + 0.5) / steps) * 2 * half;
    for (const [age, pa] of [[-0.2, 0.15], [0, 0.85]]) {
      for (const [sex, ps] of [[-0.1, w.shareFemale[j]], [0, 1 - w.shareFemale[j]]]) {
        p += (pa * ps * logistic(w.intercept[j] - w.slope[j] * z + age + sex)) / steps;
      }
    }
  }
  return p;
}

describe('referenceRuns', () => {
  const w = work();
  const runs = 400;
  const out = run(w, 0, runs);
  const total = (field: number): number => {
    let s = 0;
    for (let i = 0; i < runs; i++) s += out[i * REFERENCE_FIELDS + field];
    return s;
  };
  const k = familyK(4);
  const clients = total(0);

  it('simulates the expected number of clients (Poisson referrals per provider and month)', () => {
    const mean = expectedClients(w, runs);
    expect(mean).toBe(3.5 * 12 * runs);
    expectWithinSE('clients', clients, mean, Math.sqrt(mean), k);
  });

  it('gives good outcomes at the rate the logistic model implies', () => {
    let expected = 0;
    for (let j = 0; j < 3; j++) expected += (w.rate[j] / 3.5) * goodProbability(w, j);
    expectWithinSE('good rate', total(1) / clients, expected, Math.sqrt((expected * (1 - expected)) / clients), k);
    // Observed: 80 % of good outcomes and 20 % of poor ones.
    const observed = 0.2 + 0.6 * expected;
    expectWithinSE('observed rate', total(2) / clients, observed, Math.sqrt((observed * (1 - observed)) / clients), k);
  });

  it('draws uniform episode lengths', () => {
    expectWithinSE('episode draw mean', total(3) / clients, 0.5, Math.sqrt(1 / 12 / clients), k);
  });

  it('gives each run the same numbers however runs are chunked', () => {
    const whole = run(w, 0, 10);
    const split = new Float64Array(10 * REFERENCE_FIELDS);
    split.set(run(w, 0, 4), 0);
    split.set(run(w, 4, 6), 4 * REFERENCE_FIELDS);
    expect(split).toEqual(whole);
    expect(run({ ...w, seed: 12 }, 0, 10)).not.toEqual(whole);
  });
});

describe('referenceWorkFor', () => {
  it("takes the load scenario's providers, referral rates and months", () => {
    const parsed = parseScenarioText(readFileSync(new URL('../../bench/load-750.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('bench/load-750.json is invalid');
    const c = compileScenario(parsed.scenario);
    const w = referenceWorkFor(c);
    expect(w.rate.length).toBe(c.providerCount);
    expect(w.months).toBe(12 + 36);
    expect(new Set(w.rate)).toEqual(new Set([2.5]));
    const youth = c.segments[0].params;
    expect(w.intercept[0]).toBeCloseTo(Number(youth.baselineLogOdds) + Number(youth.qualityMean), 12);
  });
});
