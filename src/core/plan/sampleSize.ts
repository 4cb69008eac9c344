/**
 * Normal-approximation sample sizes for proportions (Fleiss, Levin & Paik, Statistical
 * Methods for Rates and Proportions, 3rd ed. 2003, §2.5 and §4.2; Chow, Shao & Wang, Sample
 * Size Calculations in Clinical Research, 2nd ed. 2008, §4.1–4.2). One-sided tests at level
 * `alpha` with power `power`; the variance is taken under the null for the critical value
 * and under the alternative for the power, as in those formulas.
 */
import { normalCdf } from '../rng/normalCdf.js';
import { normalQuantile } from '../rng/normalQuantile.js';

/**
 * Clients needed to tell a rate p1 from a benchmark p0 with a one-sample z-test:
 * n = [(z₁₋α·√(p0(1 − p0)) + z₁₋β·√(p1(1 − p1))) / (p1 − p0)]², unrounded.
 */
export function oneSampleN(p0: number, p1: number, alpha: number, power: number): number {
  const za = normalQuantile(1 - alpha), zb = normalQuantile(power);
  const num = za * Math.sqrt(p0 * (1 - p0)) + zb * Math.sqrt(p1 * (1 - p1));
  return (num / (p1 - p0)) ** 2;
}

/** Power of the one-sample z-test with n clients: Φ((|p1 − p0|·√n − z₁₋α·√(p0 q0)) / √(p1 q1)). */
export function oneSamplePower(p0: number, p1: number, alpha: number, n: number): number {
  const za = normalQuantile(1 - alpha);
  const sd1 = Math.sqrt(p1 * (1 - p1));
  const x = Math.abs(p1 - p0) * Math.sqrt(n) - za * Math.sqrt(p0 * (1 - p0));
  if (sd1 === 0) return x > 0 ? 1 : 0;
  return normalCdf(x / sd1);
}

/**
 * Clients per group to tell two groups' rates apart (Fleiss, Levin & Paik 2003, eq. 4.14):
 * n = [(z₁₋α·√(2 p̄ q̄) + z₁₋β·√(p1 q1 + p2 q2)) / (p1 − p2)]², p̄ = (p1 + p2)/2; with the
 * continuity correction (eq. 4.15) n' = n/4·(1 + √(1 + 4/(n·|p1 − p2|)))². Unrounded.
 */
export function twoGroupN(p1: number, p2: number, alpha: number, power: number, continuity = false): number {
  const za = normalQuantile(1 - alpha), zb = normalQuantile(power);
  const pBar = (p1 + p2) / 2;
  const num = za * Math.sqrt(2 * pBar * (1 - pBar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const n = (num / (p1 - p2)) ** 2;
  if (!continuity) return n;
  return (n / 4) * (1 + Math.sqrt(1 + 4 / (n * Math.abs(p1 - p2)))) ** 2;
}

/** Power of the two-group comparison with n per group (the inverse of twoGroupN without correction). */
export function twoGroupPower(p1: number, p2: number, alpha: number, n: number): number {
  const za = normalQuantile(1 - alpha);
  const pBar = (p1 + p2) / 2;
  return normalCdf((Math.abs(p1 - p2) * Math.sqrt(n) - za * Math.sqrt(2 * pBar * (1 - pBar))) / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)));
}
