/**
 * Switching a parameter between a fixed value and a distribution in the editor: a starting
 * distribution around the current value (inside the parameter's range) and the central value
 * of a distribution when switching back. The user then edits the numbers; nothing is clamped.
 */
import type { Distribution } from '../../core/rng/Distribution.js';
import type { NumberSpec } from '../../core/model/ParamSpec.js';

export type DistKind = Distribution['dist'];
export const DIST_KINDS: readonly DistKind[] = ['uniform', 'triangular', 'normal', 'lognormal', 'beta'];

export type DistField = 'min' | 'max' | 'mode' | 'mean' | 'sd' | 'median' | 'sdLog' | 'alpha' | 'beta';

/** The fields of each distribution, in the order the editor shows them (each has a `d_<field>` text). */
export const DIST_FIELDS: Readonly<Record<DistKind, readonly DistField[]>> = {
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['median', 'sdLog'],
  beta: ['alpha', 'beta'],
};

const round = (x: number): number => Number(x.toPrecision(4));

export function startDistribution(kind: DistKind, value: number, spec: NumberSpec): Distribution {
  const spread = value !== 0 ? Math.abs(value) * 0.2 : (spec.max - spec.min) * 0.1;
  const lo = round(Math.max(spec.min, value - spread));
  const hi = round(Math.min(spec.max, value + spread));
  switch (kind) {
    case 'uniform':
      return { dist: 'uniform', min: lo, max: hi };
    case 'triangular':
      return { dist: 'triangular', min: lo, mode: round(value), max: hi };
    case 'normal':
      return { dist: 'normal', mean: round(value), sd: round(spread / 2) };
    case 'lognormal':
      return { dist: 'lognormal', median: round(value > 0 ? value : Math.max(spec.min, 1e-3)), sdLog: 0.2 };
    case 'beta': {
      // Mean at the current value (when it lies in 0–1) with the weight of about 20 observations.
      const m = value > 0 && value < 1 ? value : 0.5;
      return { dist: 'beta', alpha: round(m * 20), beta: round((1 - m) * 20) };
    }
  }
}

export function centralValue(d: Distribution): number {
  switch (d.dist) {
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return d.mode;
    case 'normal':
      return d.mean;
    case 'lognormal':
      return d.median;
    case 'beta':
      return d.alpha / (d.alpha + d.beta);
  }
}

export function isDistribution(x: unknown): x is Distribution {
  return typeof x === 'object' && x !== null && typeof (x as { dist?: unknown }).dist === 'string';
}
