/**
 * The trade-off between wrongly flagged acceptable providers and missed deficient ones, by
 * simulating the whole scenario (the engine's own runs, simulateRun) and judging every
 * provider at the end of every payment period over each window, at every threshold, against
 * the truth the engine draws (the lowest `deficientQuantile` of true quality is deficient).
 * z is computed exactly as the engine flags (simulate/flagWindow), so the point at the
 * scenario's own window and threshold is the engine's wrong-flag and miss rate as a ratio of
 * totals across runs. Tallies are whole numbers, summed in any order, so a split between
 * workers gives the same result.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { drawRunParams } from '../compile/drawRunParams.js';
import { METRIC_COUNT } from '../metrics/metricCatalogue.js';
import { flagOverWindow, type FlagTargets, type FlagWindow } from '../simulate/flagWindow.js';
import { simulateRun } from '../simulate/simulateRun.js';

/** Per window × threshold: acceptable evaluations, of them flagged; deficient evaluations, of them flagged. */
export const ROC_FIELDS = 4;

export interface RocSetup {
  windows: readonly FlagWindow[];
  thresholds: readonly number[];
  /** NaN: the segment's pooled rate. */
  benchmark: number;
}

export interface RocCounts {
  /** [window][threshold][acceptable, flaggedAcceptable, deficient, flaggedDeficient], flattened. */
  tallies: Float64Array;
  /** Measured clients and active provider-months per segment, for the typical provider's pace. */
  measured: Float64Array;
  providerMonths: Float64Array;
  clientMonths: Float64Array;
  runs: number;
}

export interface RocPoint {
  threshold: number;
  falseFlagRate: number | null;
  missRate: number | null;
  precision: number | null;
}

export function emptyRocCounts(setup: RocSetup, segments: number): RocCounts {
  return {
    tallies: new Float64Array(setup.windows.length * setup.thresholds.length * ROC_FIELDS),
    measured: new Float64Array(segments), providerMonths: new Float64Array(segments), clientMonths: new Float64Array(segments), runs: 0,
  };
}

/** Simulates runs [from, to) and adds their evaluations to `out`. */
export function rocCounts(c: CompiledScenario, setup: RocSetup, from: number, to: number, out: RocCounts): RocCounts {
  const row = new Float64Array(METRIC_COUNT);
  for (let r = from; r < to; r++) {
    const s = simulateRun(c, r, row, 0);
    const P = drawRunParams(c, r);
    tallyCells(c, s, setup, P.sections.flagging.minClients, Boolean(P.sections.riskAdjustment.enabled), out);
    out.runs++;
  }
  return out;
}

export function mergeRocCounts(a: RocCounts, b: RocCounts): RocCounts {
  for (let i = 0; i < a.tallies.length; i++) a.tallies[i] += b.tallies[i];
  for (let g = 0; g < a.measured.length; g++) { a.measured[g] += b.measured[g]; a.providerMonths[g] += b.providerMonths[g]; a.clientMonths[g] += b.clientMonths[g]; }
  a.runs += b.runs;
  return a;
}

/** What the tally reads of a run: RunState satisfies it; validation tests build one from a normal model. */
export interface RocCells {
  periods: number;
  periodMonths: number;
  measured: Float64Array;
  observed: Float64Array;
  expected: Float64Array;
  clientMonths: Float64Array;
  /** Per provider: still under contract at the end of the run, truly deficient. */
  active: Uint8Array;
  deficient: Uint8Array;
}

export interface RocLayout {
  segments: ReadonlyArray<{ offset: number; providers: number }>;
  periodMonths: number;
  horizonMonths: number;
}

/** Adds one run's evaluations: every provider at the end of every period, over each window, at each threshold. */
export function tallyCells(layout: RocLayout, s: RocCells, setup: RocSetup, minClients: number, riskAdjusted: boolean, out: RocCounts): void {
  const T = setup.thresholds.length;
  for (let g = 0; g < layout.segments.length; g++) {
    const { offset, providers: n } = layout.segments[g];
    const t: FlagTargets = { count: n, active: new Uint8Array(n), flagged: new Float64Array(n), positive: new Uint8Array(n), z: new Float64Array(n) };
    for (let k = 0; k < n; k++) {
      const j = offset + k;
      for (let q = 0; q < s.periods; q++) { out.measured[g] += s.measured[j * s.periods + q]; out.clientMonths[g] += s.clientMonths[j * s.periods + q]; }
      out.providerMonths[g] += s.active[j] ? layout.horizonMonths : countMonths(s, j);
    }
    for (let q = 0; q < s.periods; q++) {
      // A terminated provider counts in the periods in which it still had clients.
      for (let k = 0; k < n; k++) { const j = offset + k; t.active[k] = s.active[j] || s.clientMonths[j * s.periods + q] > 0 ? 1 : 0; }
      for (let w = 0; w < setup.windows.length; w++) {
        flagOverWindow(t, s, offset, q, layout.periodMonths, { window: setup.windows[w], reference: setup.benchmark === setup.benchmark ? 'benchmark' : 'pooled', benchmarkRate: setup.benchmark, zCritical: 0, minClients }, riskAdjusted);
        for (let k = 0; k < n; k++) {
          if (!t.active[k]) continue;
          const deficient = s.deficient[offset + k] === 1;
          const z = t.z[k];
          for (let i = 0; i < T; i++) {
            const o = (w * T + i) * ROC_FIELDS + (deficient ? 2 : 0);
            out.tallies[o]++;
            if (z < -setup.thresholds[i]) out.tallies[o + 1]++;
          }
        }
      }
    }
  }
}

/** Months with clients of a provider that left: the periods it still had client-months in. */
function countMonths(s: RocCells, j: number): number {
  let months = 0;
  for (let q = 0; q < s.periods; q++) if (s.clientMonths[j * s.periods + q] > 0) months += s.periodMonths;
  return months;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** ROC points of window w: wrong-flag rate, miss rate and precision at each threshold. */
export function rocPoints(counts: RocCounts, setup: RocSetup, w: number): RocPoint[] {
  const T = setup.thresholds.length;
  return setup.thresholds.map((threshold, i) => {
    const o = (w * T + i) * ROC_FIELDS;
    const [acc, flaggedAcc, def, flaggedDef] = [counts.tallies[o], counts.tallies[o + 1], counts.tallies[o + 2], counts.tallies[o + 3]];
    return {
      threshold,
      falseFlagRate: ratio(flaggedAcc, acc),
      missRate: ratio(def - flaggedDef, def),
      precision: ratio(flaggedDef, flaggedAcc + flaggedDef),
    };
  });
}
