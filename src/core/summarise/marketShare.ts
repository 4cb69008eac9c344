/**
 * How much of a metric's spread across runs comes from which market the city happens to have:
 * runs are split into M markets of consecutive runs (scenario field `markets`), each market a
 * fresh draw of providers' qualities and case mix, and a one-way random-effects decomposition
 * gives the between-market share of variance, σ²_market / (σ²_market + σ²_within), with
 * σ²_market = max(0, (MSB − MSW) / n₀) (the ANOVA estimator for unequal group sizes; Searle,
 * Casella and McCulloch, Variance Components, 1992, §3.6). Runs where the metric is undefined
 * are left out; null where fewer than two markets or no within-market spread remain.
 */
import { marketOf } from '../simulate/market.js';

export { marketOf };

export function betweenMarketShare(values: ArrayLike<number>, markets: number): number | null {
  const runs = values.length;
  if (markets < 2) return null;
  const n = new Float64Array(markets), sum = new Float64Array(markets);
  for (let r = 0; r < runs; r++) {
    const x = values[r];
    if (!Number.isFinite(x)) continue;
    const g = marketOf(r, runs, markets);
    n[g]++; sum[g] += x;
  }
  let N = 0, total = 0, groups = 0, sumN2 = 0;
  for (let g = 0; g < markets; g++) if (n[g] > 0) { N += n[g]; total += sum[g]; groups++; sumN2 += n[g] * n[g]; }
  if (groups < 2 || N <= groups) return null;
  const grand = total / N;
  let ssb = 0, ssw = 0;
  for (let g = 0; g < markets; g++) if (n[g] > 0) { const m = sum[g] / n[g]; ssb += n[g] * (m - grand) * (m - grand); }
  for (let r = 0; r < runs; r++) {
    const x = values[r];
    if (!Number.isFinite(x)) continue;
    const g = marketOf(r, runs, markets);
    const d = x - sum[g] / n[g];
    ssw += d * d;
  }
  const msb = ssb / (groups - 1), msw = ssw / (N - groups);
  const n0 = (N - sumN2 / N) / (groups - 1);
  const between = Math.max(0, (msb - msw) / n0);
  const denominator = between + msw;
  return denominator > 0 ? between / denominator : null;
}
