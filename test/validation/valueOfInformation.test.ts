/**
 * EVPI and EVPPI by the regression method on a linear-normal decision problem with closed
 * forms. Incremental net benefit INB = a + Σ b_i θ_i + ε with θ_i ~ N(0, 1) independent and
 * ε ~ N(0, s_ε²) the run's own luck (not information anyone can buy). Knowing θ_i:
 *
 *   EVPPI_i = E[max(0, a + b_i θ_i)] − max(0, a) = a·Φ(a/s) + s·φ(a/s) − max(0, a), s = |b_i|
 *   EVPI    = the same with s = √Σ b_i²
 *
 * SE from the sample size: the estimate is a mean over n runs of h(g) = max(0, g) − g (a > 0),
 * so its SE is sd(h)/√n, with sd(h) taken from the closed-form g on the same draws; the
 * regression adds an error of order s_ε·√(p/n) in ĝ, which max() passes on only near g = 0,
 * far smaller. Four comparisons: Bonferroni k = 4.21.
 */
import { describe, expect, it } from 'vitest';
import { evpi, evppi, incrementalNetBenefit, valueOfKnowing } from '../../src/core/sensitivity/valueOfInformation.js';
import { normalCdf } from '../../src/core/rng/normalCdf.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { streamFor } from '../../src/core/rng/Stream.js';

const K = 4.21;
const A = 100;
const B = [300, 150, 0];
const NOISE = 400;

const closedForm = (s: number): number => (s === 0 ? 0 : A * normalCdf(A / s) + (s * Math.exp(-(A * A) / (2 * s * s))) / Math.sqrt(2 * Math.PI) - Math.max(0, A));

function sdOf(h: Float64Array): number {
  let m = 0;
  for (const v of h) m += v;
  m /= h.length;
  let q = 0;
  for (const v of h) q += (v - m) ** 2;
  return Math.sqrt(q / (h.length - 1));
}

describe('EVPI and EVPPI match the linear-normal closed forms', () => {
  const n = 10_000;
  const s = streamFor(11, 0, 'voi');
  const theta = B.map(() => new Float64Array(n));
  const inb = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let g = A;
    B.forEach((b, i) => { theta[i][r] = normalQuantile(s.next()); g += b * theta[i][r]; });
    inb[r] = g + NOISE * normalQuantile(s.next());
  }
  const seOf = (g: (r: number) => number): number => sdOf(Float64Array.from({ length: n }, (_, r) => Math.max(0, g(r)) - g(r))) / Math.sqrt(n);

  it.each([0, 1, 2])('EVPPI of input %i', (i) => {
    const se = Math.max(seOf((r) => A + B[i] * theta[i][r]), 1e-9) + (NOISE * Math.sqrt(12 / n)) / Math.sqrt(n);
    expect(Math.abs(evppi(inb, theta[i]) - closedForm(Math.abs(B[i])))).toBeLessThanOrEqual(K * se);
  });

  it('EVPI (additive fit on every input)', () => {
    const total = Math.hypot(...B);
    const se = seOf((r) => A + B.reduce((acc, b, i) => acc + b * theta[i][r], 0));
    expect(Math.abs(evpi(inb, theta) - closedForm(total))).toBeLessThanOrEqual(K * se);
    // The run's own luck is not information: the naive E[max(0, INB)] − max(0, E[INB]) overstates.
    expect(valueOfKnowing(inb)).toBeGreaterThan(closedForm(total) + 10 * se);
  });

  it('net benefit is value × extra outcomes − extra cost, run by run', () => {
    expect(Array.from(incrementalNetBenefit(1000, [3, 5], [1, 5], [10_000, 2_000], [4_000, 2_500]))).toEqual([-4000, 500]);
  });
});
