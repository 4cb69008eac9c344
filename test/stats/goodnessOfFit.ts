/**
 * Goodness-of-fit tests for the statistical health check: one-sample Kolmogorov–Smirnov
 * against a continuous CDF, and Pearson's chi-square against a discrete distribution. Each
 * test runs at α = 0.001. With m such tests in the suite, the chance that a correct engine
 * fails at least one is at most m × 0.001 (Bonferroni); the seeds are fixed, so a given
 * engine passes or fails the same way every time, and a single failure among hundreds of
 * tests is worth rerunning at other seeds before it is called a bug.
 */
export const ALPHA = 0.001;

/** Kolmogorov's K_α: P(sup √n |F_n − F| > K_α) → α, i.e. √(−ln(α/2) / 2). */
const K_ALPHA = Math.sqrt(-Math.log(ALPHA / 2) / 2);

/** Stephens' finite-n correction of the asymptotic critical value (accurate for n ≥ 35). */
export function ksCritical(n: number): number {
  return K_ALPHA / (Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n));
}

/** D = sup |F_n(x) − F(x)| of a sample against a continuous CDF. */
export function ksStatistic(sample: ArrayLike<number>, cdf: (x: number) => number): number {
  const xs = Float64Array.from(sample).sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Asymptotic p-value of D (Kolmogorov distribution with Stephens' correction), for reports. */
export function ksPValue(d: number, n: number): number {
  const lambda = (Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n)) * d;
  if (lambda < 0.3) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) sum += 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
  return Math.min(1, Math.max(0, sum));
}

/** Upper-α quantile of the standard normal for α = 0.001. */
const Z_ALPHA = 3.090232306167813;

/** Chi-square critical value at α = 0.001 by Wilson–Hilferty (within 1 % for df ≥ 3). */
export function chiSquareCritical(df: number): number {
  const h = 2 / (9 * df);
  return df * Math.pow(1 - h + Z_ALPHA * Math.sqrt(h), 3);
}

export interface ChiSquare {
  statistic: number;
  df: number;
  critical: number;
}

/**
 * Pearson's chi-square of integer counts against a pmf on 0, 1, 2, …: neighbouring values
 * are pooled until each bin expects at least 5, and the upper tail is one last bin.
 */
export function chiSquareDiscrete(sample: ArrayLike<number>, pmf: (k: number) => number): ChiSquare {
  const n = sample.length;
  const observed = new Map<number, number>();
  for (let i = 0; i < n; i++) observed.set(sample[i], (observed.get(sample[i]) ?? 0) + 1);
  const bins: Array<{ expected: number; observed: number }> = [];
  let expected = 0, seen = 0, cumulative = 0;
  for (let k = 0; cumulative < 1 - 1e-12 && k < 1e6; k++) {
    const p = pmf(k);
    cumulative += p;
    expected += n * p;
    seen += observed.get(k) ?? 0;
    if (expected >= 5 && n * (1 - cumulative) >= 5) { bins.push({ expected, observed: seen }); expected = 0; seen = 0; }
  }
  // The tail beyond the last closed bin, including any count the pmf would call impossible.
  let tailObserved = 0;
  const closed = bins.reduce((a, b) => a + b.observed, 0);
  tailObserved = n - closed;
  bins.push({ expected: n - bins.reduce((a, b) => a + b.expected, 0), observed: tailObserved });
  const statistic = bins.reduce((s, b) => s + ((b.observed - b.expected) ** 2) / b.expected, 0);
  const df = bins.length - 1;
  return { statistic, df, critical: chiSquareCritical(df) };
}

/** Chi-square of points in the unit square against independence, on a g × g grid. */
export function chiSquareGrid(xs: ArrayLike<number>, ys: ArrayLike<number>, g: number): ChiSquare {
  const counts = new Float64Array(g * g);
  for (let i = 0; i < xs.length; i++) counts[Math.floor(xs[i] * g) * g + Math.floor(ys[i] * g)]++;
  const e = xs.length / (g * g);
  let statistic = 0;
  for (const c of counts) statistic += ((c - e) ** 2) / e;
  const df = g * g - 1;
  return { statistic, df, critical: chiSquareCritical(df) };
}
