/**
 * The p-quantile of an input distribution: the tornado's low and high ends (10th and 90th
 * percentile) and its base (the median). Closed forms where they exist; the beta by
 * bisection on its CDF, the regularised incomplete beta function by Lentz's continued
 * fraction (Numerical Recipes, 3rd ed., 2007, §6.4), which is exact to about 1e-12 here.
 * The quantiles are of the distribution as written, before truncation to the parameter's
 * bounds; the scenario validator refuses an end that falls outside them.
 */
import type { Distribution } from '../rng/Distribution.js';
import { exp } from '../rng/exp.js';
import { normalQuantile } from '../rng/normalQuantile.js';

export function distributionQuantile(d: Distribution, p: number): number {
  switch (d.dist) {
    case 'uniform':
      return d.min + (d.max - d.min) * p;
    case 'triangular': {
      const span = d.max - d.min;
      if (span === 0) return d.min;
      const f = (d.mode - d.min) / span;
      return p < f ? d.min + Math.sqrt(p * span * (d.mode - d.min)) : d.max - Math.sqrt((1 - p) * span * (d.max - d.mode));
    }
    case 'normal':
      return d.mean + d.sd * normalQuantile(p);
    case 'lognormal':
      return d.median * exp(d.sdLog * normalQuantile(p));
    case 'beta': {
      let lo = 0, hi = 1;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (betaCdf(mid, d.alpha, d.beta) < p) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    }
  }
}

/** log Γ(x), Lanczos (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1, d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d; if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c; if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d; h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d; if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c; if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b): the beta(a, b) CDF at x. */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(x, a, b)) / a : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
