import { neumaierSum, neumaierSumOfSquares } from './neumaierSum.js';
import { quantileSorted } from './quantile.js';

/**
 * A metric across runs. `n` counts the runs where the per-run value was defined and
 * `undefinedRuns` those where it was not (a cost per attributable outcome in a run with no
 * attributable outcome); with n = 0 the figures are null. For a ratio metric `mean` is the
 * ratio of the totals across all runs and `se` its delta-method standard error; sd and the
 * percentiles describe the per-run ratios where they exist.
 */
export interface Description {
  mean: number | null;
  sd: number | null;
  /** Monte Carlo standard error of `mean`. */
  se: number | null;
  p05: number | null;
  p50: number | null;
  p95: number | null;
  n: number;
  undefinedRuns: number;
}

/**
 * Beyond this size, sums and squares of a few values overflow to Infinity (and Infinity −
 * Infinity to NaN). Only absurd inputs get there — a price of 1e-300 SEK a day makes margins
 * near −1e308 — and then the values are scaled down first; below it nothing changes.
 */
const LARGE = 1e150;
const representable = (x: number): number => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, x));
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Mean, sample sd, Monte Carlo SE and percentiles of the finite values. */
export function describe(values: ArrayLike<number>): Description {
  // Typed arrays and no per-element closures: summaries of every metric run once per command,
  // mostly before the JIT has compiled this code, where each pass over the runs costs.
  const finite = new Float64Array(values.length);
  let n = 0, largest = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) { finite[n++] = v; largest = Math.max(largest, Math.abs(v)); }
  }
  const undefinedRuns = values.length - n;
  if (n === 0) return { mean: null, sd: null, se: null, p05: null, p50: null, p95: null, n, undefinedRuns };
  const scale = largest > LARGE ? largest : 1;
  const xs = finite.subarray(0, n);
  if (scale !== 1) for (let i = 0; i < n; i++) xs[i] = xs[i] / scale;
  const mean = neumaierSum(xs) / n;
  const sd = n > 1 ? Math.sqrt(neumaierSumOfSquares(xs, mean) / (n - 1)) : 0;
  const sorted = xs.sort();
  const at = (x: number): number => (scale === 1 ? x : representable(x * scale));
  return { mean: at(mean), sd: at(sd), se: at(sd / Math.sqrt(n)), p05: at(quantileSorted(sorted, 0.05)), p50: at(quantileSorted(sorted, 0.5)), p95: at(quantileSorted(sorted, 0.95)), n, undefinedRuns };
}

/** Per-run ratios: NaN where the denominator is not positive (the ratio is undefined in that run). */
export function perRunRatios(num: ArrayLike<number>, den: ArrayLike<number>): Float64Array {
  const out = new Float64Array(num.length);
  for (let i = 0; i < num.length; i++) out[i] = den[i] > 0 && Number.isFinite(num[i]) ? num[i] / den[i] : NaN;
  return out;
}

/**
 * Ratio of totals R = Σx / Σy over the runs where both are finite, with its delta-method
 * standard error: se = sd(x − R·y) / (ȳ·√n) (Cochran, Sampling Techniques, 1977, §6.4).
 */
export function ratioOfTotals(num: ArrayLike<number>, den: ArrayLike<number>): { ratio: number; se: number; runs: number; meanDen: number } {
  const xs = new Float64Array(num.length), ys = new Float64Array(num.length);
  let n = 0;
  for (let i = 0; i < num.length; i++) if (Number.isFinite(num[i]) && Number.isFinite(den[i])) { xs[n] = num[i]; ys[n] = den[i]; n++; }
  const x = xs.subarray(0, n), y = ys.subarray(0, n);
  const sy = neumaierSum(y);
  if (n === 0 || !(sy > 0)) return { ratio: NaN, se: NaN, runs: n, meanDen: NaN };
  const ratio = neumaierSum(x) / sy;
  const meanDen = sy / n;
  // The residuals x − R·y, in place of x.
  for (let i = 0; i < n; i++) x[i] = x[i] - ratio * y[i];
  const rm = neumaierSum(x) / n;
  const sd = n > 1 ? Math.sqrt(neumaierSumOfSquares(x, rm) / (n - 1)) : 0;
  return { ratio, se: sd / (meanDen * Math.sqrt(n)), runs: n, meanDen };
}

/** A ratio metric across runs: the pooled ratio with its SE, and the spread of the per-run ratios. */
export function describeRatio(num: ArrayLike<number>, den: ArrayLike<number>): Description {
  const perRun = describe(perRunRatios(num, den));
  const pooled = ratioOfTotals(num, den);
  return { ...perRun, mean: finiteOrNull(pooled.ratio), se: finiteOrNull(pooled.se) };
}
