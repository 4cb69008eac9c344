/**
 * A sweep's report, the one structure every sweep format prints. Its JSON form:
 * `{ engine, scenario, seed, runs, baseline?, vary: [{path, values}], points: [{ values,
 * metrics, comparison? }], solve? }`. A point's `metrics` (and `comparison`) are exactly what
 * `simulate --format json` prints for that point's scenario: they come from the same
 * buildReport, so a sweep point and a plain run agree byte for byte.
 */
import { ENGINE, type Description, type Difference, type Scenario } from '../engine.js';
import type { VaryValues } from '../core/sweep/grid.js';
import { buildReport, type ScenarioRef } from './buildReport.js';
import type { RunOutcome } from './runScenario.js';

export interface SweepPoint {
  values: Record<string, number>;
  metrics: Record<string, Description>;
  comparison?: Record<string, Difference>;
}

export interface SolveReport {
  metric: string;
  /** The metric itself, or its paired difference from the baseline. */
  of: 'metric' | 'difference';
  target: number;
  path: string;
  value: number;
  /** Monte Carlo uncertainty of the value: the metric's SE over its local slope. */
  se: number;
  bracket: [number, number];
  iterations: number;
}

export interface SweepReport {
  engine: { name: string; version: string };
  scenario: ScenarioRef;
  seed: number;
  runs: number;
  baseline?: ScenarioRef;
  vary: VaryValues[];
  points: SweepPoint[];
  solve?: SolveReport;
}

export function sweepPoint(values: Record<string, number>, design: RunOutcome, baseline: RunOutcome | undefined): SweepPoint {
  const r = buildReport(design, { baseline });
  const point: SweepPoint = { values, metrics: r.metrics };
  if (r.comparison) point.comparison = r.comparison.metrics;
  return point;
}

/** Seed and runs are the design's after --seed and --runs, the same at every point. */
export function sweepHeader(s: Scenario, baseline: ScenarioRef | undefined, vary: VaryValues[]): Omit<SweepReport, 'points'> {
  const header: Omit<SweepReport, 'points'> = {
    engine: { name: ENGINE.name, version: ENGINE.version },
    scenario: { id: s.id, title: { sv: s.title.sv, en: s.title.en } },
    seed: s.seed,
    runs: s.runs,
    vary,
  };
  if (baseline) header.baseline = baseline;
  return header;
}
