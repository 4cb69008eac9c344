/**
 * Distributions for uncertain inputs (docs/model.md, "Uncertain inputs"). A numeric
 * scenario parameter may be one of these instead of a number; it is drawn once per run from
 * a stream of its own, keyed by the parameter's path, so a scenario and its baseline draw the
 * same value for the same uncertain input (common random numbers).
 */
import type { Stream } from './Stream.js';
import { normalQuantile } from './normalQuantile.js';
import { normalCdf } from './normalCdf.js';
import { exp } from './exp.js';
import { log } from './log.js';
import { pow } from './pow.js';

export type Distribution =
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'lognormal'; median: number; sdLog: number }
  | { dist: 'beta'; alpha: number; beta: number };

export function sampleDistribution(d: Distribution, stream: Stream): number {
  switch (d.dist) {
    case 'uniform':
      return d.min + (d.max - d.min) * stream.next();
    case 'triangular': {
      const u = stream.next();
      const span = d.max - d.min;
      if (span === 0) return d.min;
      const f = (d.mode - d.min) / span;
      return u < f ? d.min + Math.sqrt(u * span * (d.mode - d.min)) : d.max - Math.sqrt((1 - u) * span * (d.max - d.mode));
    }
    case 'normal':
      return d.mean + d.sd * normalQuantile(stream.next());
    case 'lognormal':
      return d.median * exp(d.sdLog * normalQuantile(stream.next()));
    case 'beta': {
      const x = sampleGamma(d.alpha, stream);
      const y = sampleGamma(d.beta, stream);
      return x / (x + y);
    }
  }
}

/**
 * A draw truncated to [min, max] by inverse-CDF sampling: one uniform, mapped into the part of
 * the distribution inside the bounds, so the draw follows the truncated distribution exactly
 * (clamping would pile probability onto the bounds). Uniform and triangular supports are
 * already inside the bounds (validation checks that); beta draws lie in [0, 1].
 */
export function sampleTruncated(d: Distribution, min: number, max: number, stream: Stream): number {
  if (d.dist !== 'normal' && d.dist !== 'lognormal') return Math.min(max, Math.max(min, sampleDistribution(d, stream)));
  const scale = d.dist === 'normal' ? d.sd : d.sdLog;
  const centre = d.dist === 'normal' ? d.mean : log(d.median);
  const toZ = (x: number): number => (d.dist === 'normal' ? (x - centre) / scale : x > 0 ? (log(x) - centre) / scale : -Infinity);
  const u = stream.next();
  if (!(scale > 0)) return Math.min(max, Math.max(min, d.dist === 'normal' ? d.mean : d.median));
  const lo = normalCdf(toZ(min));
  const hi = normalCdf(toZ(max));
  const z = normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, lo + u * (hi - lo))));
  const x = d.dist === 'normal' ? centre + scale * z : exp(centre + scale * z);
  return Math.min(max, Math.max(min, x));
}

/** Mean of a distribution (used to show the central value in the editor and in reports). */
export function distributionMean(d: Distribution): number {
  switch (d.dist) {
    case 'uniform': return (d.min + d.max) / 2;
    case 'triangular': return (d.min + d.mode + d.max) / 3;
    case 'normal': return d.mean;
    case 'lognormal': return d.median * exp((d.sdLog * d.sdLog) / 2);
    case 'beta': return d.alpha / (d.alpha + d.beta);
  }
}

/** Marsaglia–Tsang gamma(shape, 1); shape < 1 through the boost U^(1/shape). */
function sampleGamma(shape: number, stream: Stream): number {
  if (shape < 1) return sampleGamma(shape + 1, stream) * pow(stream.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalQuantile(stream.next());
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = stream.next();
    if (log(u) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
  }
}
