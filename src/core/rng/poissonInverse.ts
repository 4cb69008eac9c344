import type { Stream } from './Stream.js';
import { exp } from './exp.js';

/**
 * Poisson draw by sequential inversion from one uniform: exactly one uniform per call, which
 * keeps referral streams aligned between a scenario and its baseline (common random numbers).
 * O(mean) work; referral means per provider-month are small. Larger means (a provider left
 * alone in its segment) are split into parts so exp(-mean) cannot underflow.
 */
export const MAX_PART_MEAN = 500;

export function poissonDraw(mean: number, stream: Stream): number {
  if (mean <= MAX_PART_MEAN) return poissonInverse(mean, stream.next());
  const parts = Math.ceil(mean / MAX_PART_MEAN);
  let k = 0;
  for (let i = 0; i < parts; i++) k += poissonInverse(mean / parts, stream.next());
  return k;
}

export function poissonInverse(mean: number, u: number): number {
  return poissonInverseFrom(mean, exp(-mean), u);
}

/** `poissonInverse` given exp(−mean), for a caller that draws many times with one mean. */
export function poissonInverseFrom(mean: number, expMinusMean: number, u: number): number {
  if (mean <= 0) return 0;
  let k = 0;
  let p = expMinusMean;
  let cdf = p;
  while (u > cdf) {
    k++;
    p *= mean / k;
    const next = cdf + p;
    if (next === cdf) break; // the tail has vanished in floating point
    cdf = next;
  }
  return k;
}
