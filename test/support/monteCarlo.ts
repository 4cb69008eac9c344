/**
 * Monte Carlo tolerances. Every statistical assertion in this suite compares an estimate with
 * its closed form within K standard errors, where the standard error follows from the number
 * of simulated runs (or draws), never a hand-picked epsilon. K = 4 gives a false-alarm
 * probability of about 6e-5 per assertion under a normal approximation; for a family of m
 * assertions `familyK(m)` widens K so the family's false-alarm rate stays about 1e-4.
 */
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { neumaierSum } from '../../src/core/summarise/neumaierSum.js';

export const K = 4;

/** Bonferroni: the z such that m two-sided tests together fail with probability ≈ 1e-4. */
export function familyK(m: number): number {
  return Math.max(K, -normalQuantile(0.5e-4 / m));
}

export interface Moments {
  n: number;
  mean: number;
  /** Sample variance (n − 1 divisor). */
  variance: number;
  /** Fourth central moment (n divisor). */
  m4: number;
  /** Monte Carlo standard error of the mean. */
  seMean: number;
  /** Standard error of the sample variance, √((m4 − s⁴)/n). */
  seVariance: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  const mean = neumaierSum(xs) / n;
  let s2 = 0, s4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i] - mean;
    s2 += d * d;
    s4 += d * d * d * d;
  }
  const variance = s2 / (n - 1);
  const m4 = s4 / n;
  return { n, mean, variance, m4, seMean: Math.sqrt(variance / n), seVariance: Math.sqrt(Math.max(0, m4 - variance * variance) / n) };
}

/**
 * Asserts |actual − expected| ≤ k·se with a message that shows the numbers, so a failure
 * reads as a statistical statement.
 */
export function expectWithinSE(label: string, actual: number, expected: number, se: number, k = K): void {
  const z = (actual - expected) / se;
  // VALIDATION_REPORT=1 prints every comparison, for the table in test/validation/README.md.
  if (process.env.VALIDATION_REPORT) console.log(`[validation] ${label}: estimate ${actual.toPrecision(6)}, closed form ${expected.toPrecision(6)}, SE ${se.toPrecision(3)}, z ${z.toFixed(2)}, k ${k.toFixed(2)}`);
  if (!(Math.abs(actual - expected) <= k * se)) {
    throw new Error(`${label}: got ${actual}, expected ${expected} ± ${k}·SE (SE = ${se}); z = ${z.toFixed(2)}`);
  }
}

/**
 * Pearson correlation of paired samples with its delta-method standard error, valid without
 * assuming normality (Kendall & Stuart): Var(r) ≈ [ρ²/4·(μ40/μ20² + μ04/μ02² + 2μ22/(μ20μ02))
 * − ρ·(μ31/(μ20^1.5 μ02^0.5) + μ13/(μ20^0.5 μ02^1.5)) + μ22/(μ20μ02)] / n.
 */
export function correlationWithSE(x: ArrayLike<number>, y: ArrayLike<number>): { r: number; se: number; n: number } {
  const n = x.length;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let m20 = 0, m02 = 0, m11 = 0, m40 = 0, m04 = 0, m22 = 0, m31 = 0, m13 = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] - mx, b = y[i] - my;
    m20 += a * a; m02 += b * b; m11 += a * b;
    m40 += a ** 4; m04 += b ** 4; m22 += a * a * b * b; m31 += a ** 3 * b; m13 += a * b ** 3;
  }
  [m20, m02, m11, m40, m04, m22, m31, m13] = [m20, m02, m11, m40, m04, m22, m31, m13].map((v) => v / n);
  const r = m11 / Math.sqrt(m20 * m02);
  const v = ((r * r) / 4) * (m40 / m20 ** 2 + m04 / m02 ** 2 + (2 * m22) / (m20 * m02))
    - r * (m31 / (m20 ** 1.5 * m02 ** 0.5) + m13 / (m20 ** 0.5 * m02 ** 1.5))
    + m22 / (m20 * m02);
  return { r, se: Math.sqrt(Math.max(0, v) / n), n };
}
