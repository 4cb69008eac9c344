/**
 * One-way sensitivity (a tornado): each uncertain input at its low and high value with every
 * other input at its base, the metric at both ends, sorted by swing |high − low|. An input
 * given as a distribution goes from its 10th to its 90th percentile around its median; an
 * estimate (a fixed value whose spec documents a plausible range) from one end of that range
 * to the other around the scenario's value. The runs themselves are all on one seed (common
 * random numbers), so a swing is the input's effect, not luck.
 */
import { distributionQuantile } from './distributionQuantile.js';
import type { EstimateInput } from './estimateInputs.js';
import type { UncertainInput } from './uncertainInputs.js';

export const LOW_P = 0.1;
export const HIGH_P = 0.9;

export type InputKind = 'distribution' | 'estimate';

/** Which inputs a tornado takes: `--inputs` on the command line, the same choice in the page. */
export const INPUT_CHOICES = ['all', 'distributions', 'estimates'] as const;
export type InputChoice = (typeof INPUT_CHOICES)[number];

export interface TornadoEnd {
  path: string;
  kind: InputKind;
  /** The value the input has while the others move: a distribution's median, an estimate's value in the scenario. */
  base: number;
  low: number;
  high: number;
}

export interface TornadoRow extends TornadoEnd {
  metricLow: number | null;
  metricHigh: number | null;
  swing: number | null;
}

export interface TornadoPlan {
  /** Every distribution at its median (an estimate's base is already the scenario's value). */
  base: Record<string, number>;
  ends: TornadoEnd[];
}

/**
 * The distributions are held at their medians in every case, also when only the estimates
 * are varied, so that every row moves one input from the same base.
 */
export function tornadoPlan(distributions: readonly UncertainInput[], estimates: readonly EstimateInput[] = [], choice: InputChoice = 'all'): TornadoPlan {
  const base: Record<string, number> = {};
  for (const i of distributions) base[i.path] = distributionQuantile(i.dist, 0.5);
  const ends: TornadoEnd[] = [];
  if (choice !== 'estimates') for (const i of distributions) ends.push({ path: i.path, kind: 'distribution', base: base[i.path], low: distributionQuantile(i.dist, LOW_P), high: distributionQuantile(i.dist, HIGH_P) });
  if (choice !== 'distributions') for (const e of estimates) ends.push({ path: e.path, kind: 'estimate', base: e.base, low: e.low, high: e.high });
  return { base, ends };
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
