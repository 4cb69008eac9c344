/**
 * Numeric integration for the closed forms: E[f(X)] for X ~ N(mean, sd²) by composite
 * Simpson's rule over ±10 sd. For the smooth integrands used here (logistic curves, their
 * products) the error is far below 1e-10, i.e. far below any Monte Carlo tolerance.
 */
const HALF_WIDTH = 10;

/** ∫_a^b f(x) dx by composite Simpson with `intervals` (even) panels. */
export function simpson(f: (x: number) => number, a: number, b: number, intervals = 400): number {
  const n = intervals % 2 === 0 ? intervals : intervals + 1;
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

const phi = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

export function expectOverNormal(f: (x: number) => number, mean = 0, sd = 1, intervals = 400): number {
  if (sd === 0) return f(mean);
  return simpson((e) => phi(e) * f(mean + sd * e), -HALF_WIDTH, HALF_WIDTH, intervals);
}

/** P(X > c) for X ~ N(0, 1) by integrating the density (independent of the engine's normalCdf). */
export function normalTailByIntegration(c: number): number {
  if (c >= HALF_WIDTH) return 0;
  if (c <= -HALF_WIDTH) return 1;
  return simpson(phi, c, HALF_WIDTH, 2000);
}
