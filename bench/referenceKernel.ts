/**
 * The yardstick the engine is measured against: the same clients as a scenario (Poisson
 * referrals per provider and month over warm-up + horizon, the same runs), with only the
 * bare work an analyst would write by hand — an inlined sfc32 generator, six uniform draws
 * and one logistic per client, a Bernoulli outcome — and no bookkeeping beyond a few sums
 * per run. No capacity, no payment periods, no measurement model: whatever the engine takes
 * beyond this is the price of its model.
 */
import type { CompiledScenario } from '../src/engine.js';
import { distributionMean } from '../src/core/rng/Distribution.js';
import type { ParamValue } from '../src/core/scenario/Scenario.js';

/** Plain data (it is posted to worker threads). */
export interface ReferenceWork {
  seed: number;
  months: number;
  /** Per provider: referrals per month, the linear predictor's intercept (a0 + effect), need slope, share female. */
  rate: Float64Array;
  intercept: Float64Array;
  slope: Float64Array;
  shareFemale: Float64Array;
}

/** Per run: [clients, true good outcomes, observed good outcomes, sum of episode draws]. */
export const REFERENCE_FIELDS = 4;

const value = (v: ParamValue | undefined): number => (typeof v === 'number' ? v : typeof v === 'object' ? distributionMean(v) : NaN);

/** The reference work of a compiled scenario: its providers, rates and months. */
export function referenceWorkFor(c: CompiledScenario): ReferenceWork {
  const J = c.providerCount;
  const work: ReferenceWork = {
    seed: c.seed,
    months: value(c.sections.care.warmUpMonths) + c.horizonMonths,
    rate: new Float64Array(J), intercept: new Float64Array(J), slope: new Float64Array(J), shareFemale: new Float64Array(J),
  };
  for (const seg of c.segments) {
    for (let j = seg.offset; j < seg.offset + seg.providers; j++) {
      work.rate[j] = value(seg.params.referralsPerProviderMonth);
      work.intercept[j] = value(seg.params.baselineLogOdds) + value(seg.params.qualityMean);
      work.slope[j] = value(seg.params.needSlope);
      work.shareFemale[j] = value(seg.params.shareFemale);
    }
  }
  return work;
}

/** A run's four 32-bit seed words from (seed, run): splitmix32, so runs are independent of chunking. */
export function referenceSeed(seed: number, run: number): [number, number, number] {
  let x = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(run + 1, 0x85ebca77)) | 0;
  const next = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return z ^ (z >>> 15);
  };
  return [next(), next(), next()];
}

const TWO_POW_NEG_32 = 2 ** -32;
/** Uniform need z with unit variance: (u − ½)·√12. */
const SQRT12 = Math.sqrt(12);

/** Runs [firstRun, firstRun + runs) into out (runs × REFERENCE_FIELDS). */
export function referenceRuns(work: ReferenceWork, firstRun: number, runs: number, out: Float64Array): void {
  const J = work.rate.length;
  const expMinusRate = work.rate.map((r) => Math.exp(-r));
  for (let i = 0; i < runs; i++) {
    let [a, b, c] = referenceSeed(work.seed, firstRun + i);
    let d = 1;
    let clients = 0, good = 0, observed = 0, episodes = 0;
    // sfc32, inlined: t is the output; the state stays in registers.
    for (let k = 0; k < 15; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
    }
    for (let m = 0; m < work.months; m++) {
      for (let j = 0; j < J; j++) {
        // Poisson referrals by inversion from one draw.
        let t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
        const u = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
        const rate = work.rate[j];
        let n = 0, p = expMinusRate[j], cdf = p;
        while (u > cdf && n < 1000) { n++; p *= rate / n; cdf += p; }
        const intercept = work.intercept[j], slope = work.slope[j], shareFemale = work.shareFemale[j];
        for (let r = 0; r < n; r++) {
          t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
          const uSex = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
          t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
          const uAge = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
          t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
          const uNeed = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
          t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
          const uLength = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
          t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
          const uOutcome = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;
          t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = ((c << 21) | (c >>> 11)) + t | 0;
          const uMeasure = ((t >>> 0) + 0.5) * TWO_POW_NEG_32;

          const female = uSex < shareFemale ? 1 : 0;
          const z = (uNeed - 0.5) * SQRT12;
          const lin = intercept - slope * z + (uAge < 0.15 ? -0.2 : 0) - 0.1 * female;
          const isGood = uOutcome < 1 / (1 + Math.exp(-lin)) ? 1 : 0;
          clients++;
          good += isGood;
          observed += isGood === 1 ? (uMeasure < 0.8 ? 1 : 0) : uMeasure < 0.2 ? 1 : 0;
          episodes += uLength;
        }
      }
    }
    const o = i * REFERENCE_FIELDS;
    out[o] = clients; out[o + 1] = good; out[o + 2] = observed; out[o + 3] = episodes;
  }
}

/** Expected clients of `runs` runs (Σ rate × months): the client-episodes both kernels simulate. */
export function expectedClients(work: ReferenceWork, runs: number): number {
  let perMonth = 0;
  for (let j = 0; j < work.rate.length; j++) perMonth += work.rate[j];
  return perMonth * work.months * runs;
}
