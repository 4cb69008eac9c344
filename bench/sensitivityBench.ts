/**
 * Speed of the sensitivity tools (issue 12): a tornado of up to 20 inputs on the default
 * scenario at 1,000 runs per point on a warm pool of 2 Node workers (as the CLI runs it), the
 * per-point overhead (set the path, validate, compile: what a point costs besides its runs),
 * and EVPPI for every input plus EVPI and the variance shares from a 10,000-run
 * uncertain-inputs comparison (the analysis alone, after the runs).
 *
 * The default scenario has no distributions, so the bench gives it some: ±10 % uniform around
 * the default of its first 20 numeric, non-integer parameters with a positive default (care,
 * segment and section parameters), an estimate a reader can reproduce.
 */
import { catalogue, compileScenario, metricColumn, metricDefinition, type MetricId, type Scenario } from '../src/engine.js';
import { overlayInputs } from '../src/core/sensitivity/overlayInputs.js';
import { runInputValues } from '../src/core/sensitivity/runInputs.js';
import { DEFAULT_SENSITIVITY, runSensitivity } from '../src/core/sensitivity/runSensitivity.js';
import { findUncertainInputs } from '../src/core/sensitivity/uncertainInputs.js';
import { evpi, evppi, incrementalNetBenefit } from '../src/core/sensitivity/valueOfInformation.js';
import { firstOrderShare } from '../src/core/sensitivity/varianceShares.js';
import { setScenarioPaths } from '../src/core/sweep/setScenarioPaths.js';
import { PointRunner } from '../src/cli/PointRunner.js';
import { sectionSpecs, segmentSpecs } from '../models/index.js';
import type { ParamSpecs } from '../src/core/model/ParamSpec.js';

export interface SensitivityBench {
  tornado: { inputs: number; points: number; runsPerPoint: number; workers: number; seconds: number; secondsPerPoint: number; overheadPerPointMs: number };
  /**
   * What a point costs on the warm pool beyond its runs: `points` points of `runsPerPoint` runs
   * one after another, against one job of points × runsPerPoint runs on the same pool.
   */
  warmPool: { points: number; runsPerPoint: number; pointsSeconds: number; oneJobSeconds: number; overheadPerPointMs: number; cpuOverheadPerPointMs: number };
  evppi: { runs: number; inputs: number; simulateSeconds: number; analysisSeconds: number };
}

const seconds = (from: number): number => (performance.now() - from) / 1000;

/** Uniform ±10 % around the defaults of up to `n` numeric parameters the scenario accepts. */
function withUncertainDefaults(s: Scenario, n: number): Scenario {
  const candidates: Array<[string, ParamSpecs]> = [['segments[0].params', segmentSpecs], ...Object.entries(sectionSpecs).map(([k, v]): [string, ParamSpecs] => [k, v])];
  let out = s;
  let added = 0;
  for (const [prefix, specs] of candidates) {
    for (const [key, spec] of Object.entries(specs)) {
      if (added >= n) return out;
      if (spec.kind !== 'number' || spec.integer || !(spec.default > 0)) continue;
      const lo = Math.max(spec.min, spec.default * 0.9), hi = Math.min(spec.max, spec.default * 1.1);
      if (!(hi > lo)) continue;
      const r = setScenarioPaths(out, { [`${prefix}.${key}`]: { dist: 'uniform', min: lo, max: hi } }, catalogue);
      if (r.ok) { out = r.scenario; added++; }
    }
  }
  return out;
}

export async function benchSensitivity(load: (name: string, runs: number) => Scenario, quick: boolean): Promise<SensitivityBench> {
  const runsPerPoint = quick ? 25 : 1000;
  // --quick: a smoke test of the code path only (3 inputs, this thread).
  const design = withUncertainDefaults(load('scenarios/default', runsPerPoint), quick ? 3 : 20);
  const inputs = findUncertainInputs(design).length;
  const workers = quick ? 1 : 2;
  const runner = new PointRunner(workers, Infinity);
  try {
    await runner.run({ ...design, runs: 50 }); // start and warm the threads
    let points = 0;
    let started = performance.now();
    await runSensitivity(design, undefined, DEFAULT_SENSITIVITY, async (s) => { points++; return (await runner.run(s)).result; }, catalogue);
    const tornadoSeconds = seconds(started);
    // Overhead per point: what a point costs besides its runs.
    started = performance.now();
    const reps = 20;
    for (let i = 0; i < reps; i++) {
      const r = setScenarioPaths(design, { 'segments[0].params.pricePerDay': 4000 + i }, catalogue);
      if (r.ok) compileScenario(r.scenario);
    }
    const overheadPerPointMs = (seconds(started) * 1000) / reps;
    const warmPool = await warmPoolOverhead(runner, design, runsPerPoint, quick ? 2 : 8);

    // EVPPI from one 10,000-run comparison with the uncertain inputs drawn per run.
    const runs = quick ? 100 : 10_000;
    const source = load('scenarios/uncertain-inputs', runs);
    const a = overlayInputs(load('scenarios/outcome-bonus-10', runs), source, catalogue).scenario;
    const b = overlayInputs(load('scenarios/default', runs), source, catalogue).scenario;
    started = performance.now();
    const da = (await runner.run(a)).result;
    const db = (await runner.run(b)).result;
    const simulateSeconds = seconds(started);
    started = performance.now();
    const paths = findUncertainInputs(a).map((i) => i.path);
    const values = runInputValues(compileScenario(a), paths, da.runs);
    const col = (r: typeof da, id: MetricId): Float64Array => metricColumn(r, metricDefinition(id));
    const inb = incrementalNetBenefit(DEFAULT_SENSITIVITY.valuePerOutcome, col(da, 'outcomes.attributable'), col(db, 'outcomes.attributable'), col(da, 'purchaser.totalCost'), col(db, 'purchaser.totalCost'));
    evpi(inb, values);
    for (const v of values) { evppi(inb, v); firstOrderShare(v, inb); }
    const analysisSeconds = seconds(started);
    return {
      tornado: { inputs, points, runsPerPoint, workers, seconds: tornadoSeconds, secondsPerPoint: tornadoSeconds / Math.max(1, points), overheadPerPointMs },
      warmPool,
      evppi: { runs, inputs: paths.length, simulateSeconds, analysisSeconds },
    };
  } finally {
    runner.dispose();
  }
}

/** Per-point overhead on a warm pool: n points of `runs` runs each, then one job of n × runs (same scenario, same pool). */
async function warmPoolOverhead(runner: PointRunner, design: Scenario, runs: number, n: number): Promise<SensitivityBench['warmPool']> {
  // Process CPU time covers every thread, and unlike wall time it barely moves when others share the machine.
  const cpuMs = (from: NodeJS.CpuUsage): number => { const u = process.cpuUsage(from); return (u.user + u.system) / 1000; };
  let started = performance.now();
  let cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) await runner.run({ ...design, runs });
  const pointsSeconds = seconds(started), pointsCpu = cpuMs(cpu);
  started = performance.now();
  cpu = process.cpuUsage();
  await runner.run({ ...design, runs: n * runs });
  const oneJobSeconds = seconds(started), oneJobCpu = cpuMs(cpu);
  return {
    points: n, runsPerPoint: runs, pointsSeconds, oneJobSeconds,
    overheadPerPointMs: ((pointsSeconds - oneJobSeconds) * 1000) / n, cpuOverheadPerPointMs: (pointsCpu - oneJobCpu) / n,
  };
}

export function formatSensitivityBench(b: SensitivityBench): string {
  const s = (x: number): string => `${x.toFixed(2)} s`;
  return [
    `\nSensitivity (issue 12)`,
    `  tornado, default.json with ${b.tornado.inputs} uncertain inputs, ${b.tornado.points} points × ${b.tornado.runsPerPoint} runs, ${b.tornado.workers} workers: ${s(b.tornado.seconds)} (${s(b.tornado.secondsPerPoint)} per point; target < 10 s)`,
    `  per-point overhead (set path, validate, compile): ${b.tornado.overheadPerPointMs.toFixed(1)} ms`,
    `  per-point overhead on the warm pool: ${b.warmPool.overheadPerPointMs.toFixed(1)} ms wall, ${b.warmPool.cpuOverheadPerPointMs.toFixed(1)} ms CPU, all threads (${b.warmPool.points} points × ${b.warmPool.runsPerPoint} runs: ${s(b.warmPool.pointsSeconds)}; one job of the same runs: ${s(b.warmPool.oneJobSeconds)})`,
    `  EVPPI of ${b.evppi.inputs} inputs + EVPI + shares from ${b.evppi.runs} runs: ${s(b.evppi.analysisSeconds)} (target < 2 s; the two runs took ${s(b.evppi.simulateSeconds)})`,
    '',
  ].join('\n');
}
