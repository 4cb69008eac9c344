/**
 * How a metric's estimate settles as runs are added: its mean and Monte Carlo SE over the first
 * n runs, at checkpoints every `every` runs and at the last run. The runs are taken in run
 * order, which is chunk order, so the curve is the same whatever the number of workers.
 *
 * Each point is estimated as the summary estimates the whole: a plain metric by the mean of
 * its finite per-run values (SE = sd/√n, sd updated by Welford's method), a ratio metric by
 * the ratio of its totals with the delta-method SE (describeRatio), from running sums:
 * with R = Σx/Σy the residuals x − R·y sum to zero, so their variance is
 * (Σx² − 2R·Σxy + R²·Σy²)/(n − 1).
 */
import type { MetricDefinition } from '../metrics/metricCatalogue.js';
import { QI, QUANTITY_COUNT, plainQuantity } from '../metrics/metricCatalogue.js';
import type { SimulationResult } from '../simulate/SimulationResult.js';

export interface RunningPoint {
  /** Runs taken so far. */
  runs: number;
  mean: number | null;
  se: number | null;
}

export function runningMean(result: SimulationResult, def: MetricDefinition, factor: number, every: number): RunningPoint[] {
  const step = Math.max(1, Math.floor(every));
  const out: RunningPoint[] = [];
  const m = result.metrics;
  if (def.ratio) {
    const xi = QI[def.ratio[0]], yi = QI[def.ratio[1]];
    let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (let r = 0; r < result.runs; r++) {
      const x = m[r * QUANTITY_COUNT + xi], y = m[r * QUANTITY_COUNT + yi];
      if (Number.isFinite(x) && Number.isFinite(y)) { n++; sx += x; sy += y; sxx += x * x; sxy += x * y; syy += y * y; }
      if ((r + 1) % step === 0 || r + 1 === result.runs) {
        if (n === 0 || !(sy > 0)) { out.push({ runs: r + 1, mean: null, se: null }); continue; }
        const ratio = sx / sy;
        const ss = Math.max(0, sxx - 2 * ratio * sxy + ratio * ratio * syy);
        const se = n > 1 ? Math.sqrt(ss / (n - 1)) / ((sy / n) * Math.sqrt(n)) : null;
        out.push({ runs: r + 1, mean: ratio, se });
      }
    }
    return out;
  }
  const qi = QI[plainQuantity(def)];
  let n = 0, mean = 0, m2 = 0;
  for (let r = 0; r < result.runs; r++) {
    const x = m[r * QUANTITY_COUNT + qi] * factor;
    if (Number.isFinite(x)) {
      n++;
      const d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }
    if ((r + 1) % step === 0 || r + 1 === result.runs) {
      out.push({ runs: r + 1, mean: n > 0 ? mean : null, se: n > 1 ? Math.sqrt(m2 / (n - 1) / n) : null });
    }
  }
  return out;
}
