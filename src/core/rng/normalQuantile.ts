/**
 * Standard normal quantile (inverse CDF), Acklam's rational approximation:
 * |relative error| < 1.15e-9 over (0, 1). One uniform in, one normal out, so a
 * normal draw consumes a fixed number of uniforms and streams stay aligned across scenarios.
 *
 * The coefficients are written as literals and the tails (5 % of draws) live in a function of
 * their own, so the central branch is small enough for V8 to inline into the kernel; the
 * arithmetic is the same operation for operation, so the numbers are the same bits.
 */
import { log } from './log.js';
/** Below P_LOW and above P_HIGH the tail formula applies; between them the central one. */
export const P_LOW = 0.02425;
export const P_HIGH = 1 - P_LOW;

export function normalQuantile(p: number): number {
  return p < P_LOW || p > P_HIGH ? normalTail(p) : normalCentral(p);
}

/**
 * The central region's formula, P_LOW ≤ p ≤ P_HIGH. Exported with normalTail for the kernel,
 * which writes normalQuantile's test at its call site: V8 then inlines this small function
 * there (the whole normalQuantile, tail included, would not fit its inlining budget).
 */
export function normalCentral(p: number): number {
  const q = p - 0.5;
  const r = q * q;
  return ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r + -2.759285104469687e2) * r + 1.38357751867269e2) * r + -3.066479806614716e1) * r + 2.506628277459239) * q)
    / (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r + -1.556989798598866e2) * r + 6.680131188771972e1) * r + -1.328068155288572e1) * r + 1);
}

/** The lower tail (p < P_LOW) and, by symmetry of the formula, the upper (p > P_HIGH). */
export function normalTail(p: number): number {
  const upper = p > P_HIGH;
  const q = Math.sqrt(-2 * log(upper ? 1 - p : p));
  const x = (((((-7.784894002430293e-3 * q + -3.223964580411365e-1) * q + -2.400758277161838) * q + -2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783)
    / ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  return upper ? -x : x;
}
