/**
 * Wrong-flag and miss rates of the planner's ROC tally (src/core/plan/rocCurve.ts, which
 * judges with the engine's flagOverWindow) under a normal model, against numeric integration.
 *
 * Model: provider quality ε ~ N(0, 1), true rate θ = μ + τ·ε, deficient when ε < Φ⁻¹(0.16);
 * each quarter a provider's observed rate is θ + N(0, σ²/n) with n measured clients. Over a
 * window of m quarters the rate is θ + N(0, σ²/(n·m)), and it is flagged at threshold t when
 * (rate − b)/√(b(1 − b)/(n·m)) < −t with benchmark b = μ. So
 *   wrong flags(t, m) = ∫_{ε > c} Φ((b − t·s0(m) − θ(ε))/(σ/√(n·m))) φ(ε) dε / (1 − q),
 *   misses(t, m)      = 1 − ∫_{ε < c} Φ(…) φ(ε) dε / q,
 * averaged over the quarters of the horizon (a window covers min(q + 1, w) quarters early on).
 * The tally counts every provider-quarter; the runs are independent, so the SE is the spread
 * of the per-run rates over √runs. 12 comparisons, k = familyK(12).
 */
import { describe, it } from 'vitest';
import { emptyRocCounts, rocPoints, tallyCells, type RocCells, type RocSetup } from '../../src/core/plan/rocCurve.js';
import { normalQuantile } from '../../src/core/rng/normalQuantile.js';
import { streamFor } from '../../src/core/rng/Stream.js';
import { simpson } from '../support/expectOverNormal.js';
import { expectWithinSE, familyK, moments } from '../support/monteCarlo.js';
import type { FlagWindow } from '../../src/core/simulate/flagWindow.js';

const RUNS = 300, PROVIDERS = 60, QUARTERS = 12, N = 20;
const MU = 0.45, TAU = 0.06, SIGMA = Math.sqrt(MU * (1 - MU)), Q = 0.16;
const WINDOWS: FlagWindow[] = ['period', '12', 'cumulative'];
const THRESHOLDS = [1, 1.645];
const K = familyK(WINDOWS.length * THRESHOLDS.length * 2);

const phi = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const Phi = (x: number): number => (x < -10 ? 0 : simpson(phi, -10, x, 2000));

function closedForm(t: number, window: FlagWindow): { wrong: number; miss: number } {
  const c = normalQuantile(Q);
  let wrong = 0, miss = 0;
  for (let q = 0; q < QUARTERS; q++) {
    const m = window === 'period' ? 1 : window === 'cumulative' ? q + 1 : Math.min(q + 1, 4);
    const s0 = Math.sqrt((MU * (1 - MU)) / (N * m)), se = SIGMA / Math.sqrt(N * m);
    const flag = (e: number): number => phi(e) * Phi((MU - t * s0 - (MU + TAU * e)) / se);
    wrong += simpson(flag, c, 10, 800) / (1 - Q);
    miss += 1 - simpson(flag, -10, c, 800) / Q;
  }
  return { wrong: wrong / QUARTERS, miss: miss / QUARTERS };
}

/** One run of the normal model as the cells the tally reads. */
function normalRun(run: number): RocCells {
  const s = streamFor(7, run, 'roc-normal');
  const cells = PROVIDERS * QUARTERS;
  const measured = new Float64Array(cells).fill(N), observed = new Float64Array(cells);
  const deficient = new Uint8Array(PROVIDERS);
  const c = normalQuantile(Q);
  for (let j = 0; j < PROVIDERS; j++) {
    const e = normalQuantile(s.next());
    deficient[j] = e < c ? 1 : 0;
    for (let q = 0; q < QUARTERS; q++) observed[j * QUARTERS + q] = N * (MU + TAU * e + (SIGMA / Math.sqrt(N)) * normalQuantile(s.next()));
  }
  return { periods: QUARTERS, periodMonths: 3, measured, observed, expected: new Float64Array(cells), clientMonths: new Float64Array(cells).fill(1), active: new Uint8Array(PROVIDERS).fill(1), deficient };
}

describe('validation: wrong flags and misses of the z-test under a normal model', () => {
  it(`ROC tallies over ${RUNS} runs × ${PROVIDERS} providers × ${QUARTERS} quarters match numeric integration, windows ${WINDOWS.join(', ')}`, () => {
    const setup: RocSetup = { windows: WINDOWS, thresholds: THRESHOLDS, benchmark: MU };
    const layout = { segments: [{ offset: 0, providers: PROVIDERS }], periodMonths: 3, horizonMonths: 3 * QUARTERS };
    const perRun = WINDOWS.map(() => THRESHOLDS.map(() => ({ wrong: new Float64Array(RUNS), miss: new Float64Array(RUNS) })));
    for (let r = 0; r < RUNS; r++) {
      const counts = emptyRocCounts(setup, 1);
      tallyCells(layout, normalRun(r), setup, 1, false, counts);
      WINDOWS.forEach((_w, w) => rocPoints(counts, setup, w).forEach((p, i) => { perRun[w][i].wrong[r] = p.falseFlagRate ?? NaN; perRun[w][i].miss[r] = p.missRate ?? NaN; }));
    }
    WINDOWS.forEach((window, w) => THRESHOLDS.forEach((t, i) => {
      const exact = closedForm(t, window);
      const wrong = moments(perRun[w][i].wrong), miss = moments(perRun[w][i].miss);
      expectWithinSE(`wrong-flag rate, window ${window}, t = ${t}`, wrong.mean, exact.wrong, wrong.seMean, K);
      expectWithinSE(`miss rate, window ${window}, t = ${t}`, miss.mean, exact.miss, miss.seMean, K);
    }));
  });
});
