/**
 * Closed forms of the cohort model (docs/model.md §2–§4), written from the model's statement rather than from the
 * kernel: a client of need z ~ N(0, 1) in age band b has p0 = logistic(a0 − b·z + shift_b)
 * without the service and p1 = logistic(a0 − b·z + shift_b + δ) with a provider of effect δ.
 * Expectations over z are numeric integrals, over age bands exact sums.
 */
import { services } from '../../models/index.js';
import { logistic } from '../../src/core/rng/logistic.js';
import { expectOverNormal } from './expectOverNormal.js';

export interface Cohort {
  baselineLogOdds: number;
  needSlope: number;
  ageBands: ReadonlyArray<{ share: number; logitShift: number }>;
}

/** The cohort of a service with segment overrides (the same layering the compiler does). */
export function cohortOf(service: string, params: { baselineLogOdds?: number; needSlope?: number } = {}): Cohort {
  const s = services[service];
  return {
    baselineLogOdds: params.baselineLogOdds ?? s.defaults.baselineLogOdds!,
    needSlope: params.needSlope ?? s.defaults.needSlope!,
    ageBands: s.ageBands,
  };
}

/** E over clients of g(linear predictor without the service). */
function overClients(c: Cohort, g: (lin: number) => number): number {
  const total = c.ageBands.reduce((a, b) => a + b.share, 0);
  let out = 0;
  for (const band of c.ageBands) {
    out += (band.share / total) * expectOverNormal((z) => g(c.baselineLogOdds - c.needSlope * z + band.logitShift));
  }
  return out;
}

// Property tests evaluate the same cohort at the same grid of effects many times.
const meanGoodCache = new WeakMap<Cohort, Map<number, number>>();

/** Mean P(good outcome) of a client treated by a provider of effect δ (δ = 0: counterfactual p0). */
export function meanGood(c: Cohort, effect: number): number {
  let cache = meanGoodCache.get(c);
  if (!cache) { cache = new Map(); meanGoodCache.set(c, cache); }
  let v = cache.get(effect);
  if (v === undefined) { v = overClients(c, (lin) => logistic(lin + effect)); cache.set(effect, v); }
  return v;
}

/** Mean attributable effect E[p1 − p0] for a provider of effect δ. */
export function meanAttributable(c: Cohort, effect: number): number {
  return overClients(c, (lin) => logistic(lin + effect) - logistic(lin));
}

/** E over δ ~ N(mean, sd) of f(δ). */
export function overProviders(mean: number, sd: number, f: (effect: number) => number, intervals = 200): number {
  return expectOverNormal(f, mean, sd, intervals);
}
