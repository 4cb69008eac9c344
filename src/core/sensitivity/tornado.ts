/**
 * One-way sensitivity (a tornado): each uncertain input at its low and high value (10th and
 * 90th percentile) with every other uncertain input at its base (median), the metric at
 * both ends, sorted by swing |high − low|. The runs themselves are all on one seed (common
 * random numbers), so a swing is the input's effect, not luck.
 */
import { distributionQuantile } from './distributionQuantile.js';
import type { UncertainInput } from './uncertainInputs.js';

export const LOW_P = 0.1;
export const HIGH_P = 0.9;

export interface TornadoEnd {
  path: string;
  low: number;
  high: number;
}

export interface TornadoRow extends TornadoEnd {
  metricLow: number | null;
  metricHigh: number | null;
  swing: number | null;
}

export interface TornadoPlan {
  /** Every uncertain input at its median. */
  base: Record<string, number>;
  ends: TornadoEnd[];
}

export function tornadoPlan(inputs: readonly UncertainInput[]): TornadoPlan {
  const base: Record<string, number> = {};
  for (const i of inputs) base[i.path] = distributionQuantile(i.dist, 0.5);
  return { base, ends: inputs.map((i) => ({ path: i.path, low: distributionQuantile(i.dist, LOW_P), high: distributionQuantile(i.dist, HIGH_P) })) };
}

/** Rows sorted by swing, largest first; an end that could not be measured sorts last. Ties keep input order. */
export function tornadoRows(ends: readonly TornadoEnd[], metricAt: (path: string, end: 'low' | 'high') => number | null): TornadoRow[] {
  const rows = ends.map((e): TornadoRow => {
    const metricLow = metricAt(e.path, 'low');
    const metricHigh = metricAt(e.path, 'high');
    return { ...e, metricLow, metricHigh, swing: metricLow === null || metricHigh === null ? null : Math.abs(metricHigh - metricLow) };
  });
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.swing ?? -1) - (a.r.swing ?? -1) || a.i - b.i)
    .map((x) => x.r);
}
