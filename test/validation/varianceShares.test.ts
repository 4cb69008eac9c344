/**
 * First-order variance shares (given-data, binned) on a toy additive model with a closed
 * form: y = 2·x1 + x2 + 0·x3 + ε, x ~ U(0, 1), ε ~ N(0, 0.5²), so Var y = 4/12 + 1/12 + 0.25
 * and S1 = 0.5, S2 = 0.125, S3 = 0.
 *
 * SE from the sample size: a share is a correlation ratio η², whose estimate has variance
 * ≈ 4η²(1 − η²)²/n (as R² of a regression); for η² = 0 the bias-corrected between-bin
 * variance fluctuates as σ²·χ²(M − 1)/n, sd σ²·√(2(M − 1))/n. Both terms are added. Three
 * comparisons: Bonferroni k = 4.1.
 */
import { describe, expect, it } from 'vitest';
import { binCount, firstOrderShare } from '../../src/core/sensitivity/varianceShares.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { streamFor } from '../../src/core/rng/Stream.js';

const K = 4.1;

describe('first-order variance shares match the additive closed form', () => {
  it.each([2_000, 10_000])('n = %i', (n) => {
    const s = streamFor(7, n, 'toy');
    const x = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (const xi of x) xi[i] = s.next();
      y[i] = 2 * x[0][i] + x[1][i] + 0.5 * normalQuantile(s.next());
    }
    const total = 4 / 12 + 1 / 12 + 0.25;
    const exact = [(4 / 12) / total, (1 / 12) / total, 0];
    const m = binCount(n);
    exact.forEach((S, i) => {
      const se = Math.sqrt((4 * S * (1 - S) ** 2) / n + (2 * (m - 1)) / (n * n));
      const est = firstOrderShare(x[i], y);
      expect(est.n).toBe(n);
      expect(Math.abs(est.share - S)).toBeLessThanOrEqual(K * se);
    });
  });

  it('leaves out unmeasurable runs and gives 0 for a constant metric', () => {
    expect(firstOrderShare([1, 2, 3, 4, 5], [1, 1, 1, 1, 1]).share).toBe(0);
    expect(firstOrderShare([1, 2, 3, 4, 5, 6], [1, NaN, 3, 4, 5, 6]).n).toBe(5);
  });
});
