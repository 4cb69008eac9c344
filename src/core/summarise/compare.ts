/**
 * Paired comparison of a design against its baseline on common random numbers: run r of both
 * used the same streams, so the per-run difference removes the luck both share and its spread
 * is the design's own uncertainty.
 *
 * A verdict needs two things: the 95 % interval of the mean difference excludes zero (it is
 * not Monte Carlo noise), and the difference is at least the metric's smallest important
 * difference (it is big enough to matter). Otherwise it is "unclear", whatever its sign.
 */
import { METRICS, type MetricDefinition, type MetricId, type MetricUnit } from '../metrics/metricCatalogue.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';
import { describe, ratioOfTotals } from './describe.js';
import { neumaierSum } from './neumaierSum.js';
import { basisFactor, metricColumn, quantityColumn, reportedBasis, type OutputBasis } from './metricValues.js';

/** better/worse for metrics with a good direction; higher/lower for those without; unclear otherwise. */
export type Verdict = 'better' | 'worse' | 'higher' | 'lower' | 'unclear';

export interface Difference {
  /** Design minus baseline: the mean of per-run differences, or the difference of the pooled ratios. */
  meanDiff: number | null;
  se: number | null;
  /** 95 % interval of the mean difference. */
  low: number | null;
  high: number | null;
  /** 5th and 95th percentiles of the per-run differences: how much one contract period could differ. */
  p05: number | null;
  p95: number | null;
  /** Runs where both sides were defined. */
  n: number;
  baseline: number | null;
  design: number | null;
  /** The smallest important difference used for the verdict (absolute, on this basis). */
  smallest: number | null;
  verdict: Verdict;
  unit: MetricUnit;
  basis: ReturnType<typeof reportedBasis>;
}

/** A simulated scenario: its horizon (for the per-year basis) and its runs. */
export interface Simulated {
  horizonMonths: number;
  result: SimulationResult;
}

export interface CompareOptions {
  basis?: OutputBasis;
  /** Smallest important differences that replace the catalogue's, absolute, on the basis asked for. */
  smallest?: Partial<Record<MetricId, number>>;
}

/** Two-sided 95 % normal quantile. */
const Z95 = 1.959963984540054;
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function compare(design: Simulated, baseline: Simulated, options: CompareOptions = {}): Record<MetricId, Difference> {
  const out = {} as Record<MetricId, Difference>;
  for (const def of METRICS) out[def.id] = compareMetric(def, design, baseline, options);
  return out;
}

/** One metric's paired difference, interval, levels and verdict. */
export function compareMetric(def: MetricDefinition, design: Simulated, baseline: Simulated, options: CompareOptions = {}): Difference {
  const basis = options.basis ?? 'perYear';
  const runs = Math.min(design.result.runs, baseline.result.runs);
  const a = metricColumn(design.result, def, basisFactor(def, basis, design.horizonMonths), runs);
  const b = metricColumn(baseline.result, def, basisFactor(def, basis, baseline.horizonMonths), runs);
  const spread = describe(a.map((x, r) => x - b[r]));
  const level = def.ratio ? pairedRatio(design.result, baseline.result, def, runs) : pairedMean(a, b);
  const smallest = smallestDifference(def, level.baseline, options.smallest?.[def.id]);
  const low = level.diff - Z95 * level.se, high = level.diff + Z95 * level.se;
  return {
    meanDiff: finiteOrNull(level.diff), se: finiteOrNull(level.se), low: finiteOrNull(low), high: finiteOrNull(high),
    p05: spread.p05, p95: spread.p95, n: level.n,
    baseline: finiteOrNull(level.baseline), design: finiteOrNull(level.design),
    smallest: finiteOrNull(smallest), verdict: verdictOf(def, level.diff, low, high, smallest),
    unit: def.unit, basis: reportedBasis(def, basis),
  };
}

interface Level { diff: number; se: number; n: number; baseline: number; design: number }

/** Plain metric: mean of the per-run differences over runs where both sides are defined. */
function pairedMean(a: Float64Array, b: Float64Array): Level {
  const xs: number[] = [], ys: number[] = [];
  for (let r = 0; r < a.length; r++) if (Number.isFinite(a[r]) && Number.isFinite(b[r])) { xs.push(a[r]); ys.push(b[r]); }
  const n = xs.length;
  if (n === 0) return { diff: NaN, se: NaN, n, baseline: NaN, design: NaN };
  const d = describe(xs.map((x, i) => x - ys[i]));
  return { diff: d.mean ?? NaN, se: d.se ?? NaN, n, baseline: neumaierSum(ys) / n, design: neumaierSum(xs) / n };
}

/**
 * Ratio metric: difference of the pooled ratios, with the delta-method SE of the paired
 * difference (the influence of run r on R = Σx/Σy is (x_r − R·y_r)/ȳ; the paired SE is the
 * spread of the design's influence minus the baseline's).
 */
function pairedRatio(design: SimulationResult, baseline: SimulationResult, def: MetricDefinition, runs: number): Level {
  const [num, den] = def.ratio!;
  const xd = quantityColumn(design, num, runs), yd = quantityColumn(design, den, runs);
  const xb = quantityColumn(baseline, num, runs), yb = quantityColumn(baseline, den, runs);
  const keep: number[] = [];
  for (let r = 0; r < runs; r++) if ([xd[r], yd[r], xb[r], yb[r]].every(Number.isFinite)) keep.push(r);
  const pick = (xs: Float64Array): Float64Array => Float64Array.from(keep, (r) => xs[r]);
  const D = ratioOfTotals(pick(xd), pick(yd)), B = ratioOfTotals(pick(xb), pick(yb));
  const n = keep.length;
  // No pooled ratio on one side (nothing in the denominator in any run): nothing to compare.
  if (!Number.isFinite(D.ratio) || !Number.isFinite(B.ratio)) return { diff: NaN, se: NaN, n: 0, baseline: B.ratio, design: D.ratio };
  const influence = keep.map((r) => (xd[r] - D.ratio * yd[r]) / D.meanDen - (xb[r] - B.ratio * yb[r]) / B.meanDen);
  const sd = describe(influence).sd ?? NaN;
  return { diff: D.ratio - B.ratio, se: n > 0 ? sd / Math.sqrt(n) : NaN, n, baseline: B.ratio, design: D.ratio };
}

/** The smallest important difference in the metric's unit: an override, or the catalogue's rule. */
export function smallestDifference(def: MetricDefinition, baselineLevel: number, override?: number): number {
  if (override !== undefined) return Math.abs(override);
  const s = def.smallest;
  if (s.absolute !== undefined) return s.absolute;
  return Number.isFinite(baselineLevel) ? Math.abs(baselineLevel) * (s.relative ?? 0) : NaN;
}

export function verdictOf(def: MetricDefinition, diff: number, low: number, high: number, smallest: number): Verdict {
  if (!Number.isFinite(diff) || !Number.isFinite(low) || !Number.isFinite(high)) return 'unclear';
  if (low <= 0 && high >= 0) return 'unclear';
  if (!(Math.abs(diff) >= smallest)) return 'unclear';
  const up = diff > 0;
  if (!def.better) return up ? 'higher' : 'lower';
  return up === (def.better === 'higher') ? 'better' : 'worse';
}
