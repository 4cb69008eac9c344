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

/** Mean, sample sd, Monte Carlo SE and percentiles of the finite values. */
export function describe(values: ArrayLike<number>): Description {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
  const n = finite.length;
  if (n === 0) return { mean: null, sd: null, se: null, p05: null, p50: null, p95: null, n };
  const mean = neumaierSum(finite) / n;
  const squares = finite.map((x) => (x - mean) * (x - mean));
  const sd = n > 1 ? Math.sqrt(neumaierSum(squares) / (n - 1)) : 0;
  const sorted = Float64Array.from(finite).sort();
  return { mean, sd, se: sd / Math.sqrt(n), p05: quantileSorted(sorted, 0.05), p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95), n };
}
