/**
 * Judging providers over a window (flagging.window, flagging.reference): instead of one
 * payment period's clients, a provider is judged on the measured clients and recorded
 * successes of the latest 12, 24 or 36 months, or of everything since the contract began,
 * against the segment's pooled rate over the same window or against a fixed benchmark rate.
 * More clients make a flag surer; a longer window reacts more slowly to a change.
 *
 * The engine calls `flagOverWindow` only when the scenario asks for something other than one
 * period against the pooled rate, so the default keeps its results bit for bit. The planner
 * (src/core/plan) uses `windowPeriods` and `zAgainstReference` for the same definitions.
 */
import { deviationZ, testablePooledRate } from '../settle/settlementRules.js';

/** The judging windows: one payment period, the latest 12, 24 or 36 months, or since the start. */
export const FLAG_WINDOWS = ['period', '12', '24', '36', 'cumulative'] as const;
export type FlagWindow = (typeof FLAG_WINDOWS)[number];

/** How many payment periods, ending with period `q`, a window covers (never more than have passed). */
export function windowPeriods(window: FlagWindow, periodMonths: number, q: number): number {
  if (window === 'period') return 1;
  if (window === 'cumulative') return q + 1;
  return Math.min(q + 1, Math.max(1, Math.round(Number(window) / periodMonths)));
}

/**
 * z = (rate − reference) / √(reference·(1 − reference)/n) for every eligible provider (at least
 * `minClients` measured and a rate), NaN for the others. `benchmark` NaN means the pooled rate
 * of the eligible providers (Σ rate·n / Σ n). Returns the reference used (NaN when there is
 * none strictly between 0 and 1, and then every z is NaN).
 */
export function zAgainstReference(
  rate: ArrayLike<number>, measured: ArrayLike<number>, active: ArrayLike<number>, count: number,
  minClients: number, benchmark: number, zOut: Float64Array,
): number {
  let good = 0, total = 0;
  for (let k = 0; k < count; k++) {
    zOut[k] = NaN;
    if (eligible(rate, measured, active, k, minClients)) { good += rate[k] * measured[k]; total += measured[k]; }
  }
  const p = benchmark === benchmark ? benchmark : total > 0 ? good / total : NaN;
  if (!testablePooledRate(p)) return NaN;
  for (let k = 0; k < count; k++) {
    if (eligible(rate, measured, active, k, minClients)) zOut[k] = deviationZ(rate[k], p, measured[k]);
  }
  return p;
}

function eligible(rate: ArrayLike<number>, measured: ArrayLike<number>, active: ArrayLike<number>, k: number, minClients: number): boolean {
  return active[k] !== 0 && measured[k] >= minClients && rate[k] === rate[k];
}

/** The period inputs the window rewrites (a structural subset of settlePeriod's inputs). */
export interface FlagTargets {
  count: number;
  active: Uint8Array;
  flagged: Float64Array;
  positive: Uint8Array;
  z: Float64Array;
}

/** The cells of the run the window sums (RunState's provider × period arrays). */
export interface FlagCells {
  periods: number;
  measured: Float64Array;
  observed: Float64Array;
  expected: Float64Array;
}

export interface WindowSettings {
  window: FlagWindow;
  reference: 'pooled' | 'benchmark';
  benchmarkRate: number;
  zCritical: number;
  minClients: number;
}

let scratch = { rate: new Float64Array(64), measured: new Float64Array(64) };

/**
 * Flags (and clearly positive providers) of one segment at the end of period `q`, judged over
 * the window. Recorded successes include any over-reporting (gaming writes to the cells
 * first). With risk adjustment a provider's window rate is observed ÷ expected × the segment's
 * raw rate over the window, as for one period.
 */
export function flagOverWindow(t: FlagTargets, cells: FlagCells, offset: number, q: number, periodMonths: number, f: WindowSettings, riskAdjusted: boolean): void {
  const n = t.count;
  if (scratch.rate.length < n) scratch = { rate: new Float64Array(2 * n), measured: new Float64Array(2 * n) };
  const { rate, measured } = scratch;
  const w = windowPeriods(f.window, periodMonths, q);
  let sumGood = 0, sumMeasured = 0;
  for (let k = 0; k < n; k++) {
    let m = 0, x = 0, e = 0;
    for (let p = q - w + 1; p <= q; p++) {
      const cell = (offset + k) * cells.periods + p;
      m += cells.measured[cell]; x += cells.observed[cell]; e += cells.expected[cell];
    }
    measured[k] = m;
    rate[k] = m > 0 ? x / m : NaN;
    if (riskAdjusted && m > 0 && e > 0) rate[k] = x / e; // scaled by the raw rate below
    if (t.active[k]) { sumGood += x; sumMeasured += m; }
  }
  if (riskAdjusted) {
    const raw = sumMeasured > 0 ? sumGood / sumMeasured : NaN;
    for (let k = 0; k < n; k++) if (measured[k] > 0 && expectedOver(cells, offset + k, q, w) > 0) rate[k] *= raw;
  }
  const benchmark = f.reference === 'benchmark' ? f.benchmarkRate : NaN;
  zAgainstReference(rate, measured, t.active, n, f.minClients, benchmark, t.z);
  for (let k = 0; k < n; k++) {
    const z = t.z[k];
    t.flagged[k] = z < -f.zCritical ? 1 : 0;
    t.positive[k] = z > f.zCritical ? 1 : 0;
  }
}

function expectedOver(cells: FlagCells, j: number, q: number, w: number): number {
  let e = 0;
  for (let p = q - w + 1; p <= q; p++) e += cells.expected[j * cells.periods + p];
  return e;
}

/** Whether the scenario asks for anything but one period against the pooled rate. */
export function usesWindow(f: Pick<WindowSettings, 'window' | 'reference'>): boolean {
  return f.window !== 'period' || f.reference !== 'pooled';
}
