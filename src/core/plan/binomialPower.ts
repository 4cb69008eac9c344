/**
 * Exact power of the one-sided z-test of a proportion when the count is binomial: the test
 * flags a provider whose x successes in n satisfy (x/n − p0)/√(p0(1 − p0)/n) < −z (or > z for
 * a higher rate), so power is a binomial tail at the critical count. The normal
 * approximation's n can miss the target by the lattice's saw-tooth; this is the reference the
 * simulated power is checked against.
 */
import { exp } from '../rng/exp.js';

/** Largest x flagged as low (−1 if none): x < n·p0 − z·√(n·p0·q0). */
export function lowCriticalCount(n: number, p0: number, z: number): number {
  const bound = n * p0 - z * Math.sqrt(n * p0 * (1 - p0));
  const x = Math.ceil(bound) - 1;
  return Math.min(n, Math.max(-1, x));
}

/** P(X ≤ c) for X ~ Binomial(n, p), summed in log space term by term (n up to about 10⁵). */
export function binomialCdf(c: number, n: number, p: number): number {
  if (c < 0) return 0;
  if (c >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const lp = Math.log(p), lq = Math.log(1 - p);
  // log pmf at 0, then the recurrence pmf(k+1) = pmf(k)·(n − k)/(k + 1)·p/q.
  let logPmf = n * lq, sum = 0;
  for (let k = 0; k <= c; k++) {
    sum += exp(logPmf);
    logPmf += Math.log((n - k) / (k + 1)) + lp - lq;
  }
  return Math.min(1, sum);
}

/** Exact power to flag a provider with rate p1 < p0 from n measured clients at critical z. */
export function exactLowPower(n: number, p0: number, p1: number, z: number): number {
  return binomialCdf(lowCriticalCount(n, p0, z), n, p1);
}
