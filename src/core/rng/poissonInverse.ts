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

/** The smallest k whose Poisson(mean) CDF, summed term by term, reaches u. */
export function poissonInverse(mean: number, u: number): number {
  if (mean <= 0) return 0;
  let k = 0;
  let p = exp(-mean);
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

/**
 * The CDF that `poissonInverse` walks, as a table: cdf[k] is its running sum after term k,
 * and the last entry is +∞ at the k where the sum stops changing in floating point (where the
 * walk breaks off). `poissonFromTable(poissonCdf(mean), u)` is `poissonInverse(mean, u)` for
 * every u: the same additions in the same order, done once per mean instead of per draw, so a
 * draw is a few loads and compares instead of a division per step. Tables are shared by mean
 * (a provider's referral mean changes only when the market does).
 */
export function poissonCdf(mean: number): Float64Array {
  let table = cdfTables.get(mean);
  if (table) return table;
  const sums: number[] = [];
  if (mean > 0) {
    let p = exp(-mean);
    let cdf = p;
    sums.push(cdf);
    for (let k = 1; ; k++) {
      p *= mean / k;
      const next = cdf + p;
      if (next === cdf) break;
      cdf = next;
      sums.push(cdf);
      // A NaN sum (an infinite mean) ends the walk there: u > NaN is false, as it is for the walk.
      if (cdf !== cdf) break;
    }
  }
  sums.push(Infinity);
  table = Float64Array.from(sums);
  if (cdfTables.size >= MAX_TABLES) cdfTables.clear();
  cdfTables.set(mean, table);
  return table;
}

/** Tables kept at once; a scenario whose means keep changing rebuilds them, which costs what drawing did. */
const MAX_TABLES = 1024;
const cdfTables = new Map<number, Float64Array>();

/** The smallest k with u ≤ cdf[k]: a Poisson draw from `poissonCdf`'s table. */
export function poissonFromTable(cdf: Float64Array, u: number): number {
  let k = 0;
  while (u > cdf[k]) k++;
  return k;
}
