import { neumaierSum } from './neumaierSum.js';
import { quantileSorted } from './quantile.js';

/** A metric across runs. `n` counts the runs where it was measurable; with n = 0 the rest is null. */
export interface Description {
  mean: number | null;
  sd: number | null;
  /** Monte Carlo standard error of the mean: sd / √n. */
  se: number | null;
  p05: number | null;
  p50: number | null;
  p95: number | null;
  n: number;
}

/**
 * Beyond this size, sums and squares of a few values overflow to Infinity (and Infinity −
 * Infinity to NaN). Only absurd inputs get there — a price of 1e-300 SEK a day makes margins
 * near −1e308 — and then the values are scaled down first; below it nothing changes.
 */
const LARGE = 1e150;
const representable = (x: number): number => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, x));

/** Mean, sample sd, Monte Carlo SE and percentiles of the finite values. */
export function describe(values: ArrayLike<number>): Description {
  const finite: number[] = [];
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) { finite.push(values[i]); largest = Math.max(largest, Math.abs(values[i])); }
  }
  const n = finite.length;
  if (n === 0) return { mean: null, sd: null, se: null, p05: null, p50: null, p95: null, n };
  const scale = largest > LARGE ? largest : 1;
  const xs = scale === 1 ? finite : finite.map((x) => x / scale);
  const mean = neumaierSum(xs) / n;
  const squares = xs.map((x) => (x - mean) * (x - mean));
  const sd = n > 1 ? Math.sqrt(neumaierSum(squares) / (n - 1)) : 0;
  const sorted = Float64Array.from(xs).sort();
  const at = (x: number): number => (scale === 1 ? x : representable(x * scale));
  return { mean: at(mean), sd: at(sd), se: at(sd / Math.sqrt(n)), p05: at(quantileSorted(sorted, 0.05)), p50: at(quantileSorted(sorted, 0.5)), p95: at(quantileSorted(sorted, 0.95)), n };
}
