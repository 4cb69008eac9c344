/**
 * Speed of the sensitivity tools (issue 12): a tornado of 20 inputs on the default scenario
 * at 1,000 runs per point on a warm pool of 2 Node workers (as the CLI runs it), the
 * per-point overhead (set the path, validate, compile: what a point costs besides its runs),
 * and EVPPI for every input plus EVPI and the variance shares from a 10,000-run
 * uncertain-inputs comparison (the analysis alone, after the runs).
 *
 * The default scenario has no distributions; its inputs are the first 20 of its estimates
 * with a documented range (models/), each across that range, as `npm run sensitivity --
 * scenarios/default.json` varies them.
 */
import { catalogue, compileScenario, metricColumn, metricDefinition, type MetricId, type Scenario } from '../src/engine.js';
import { overlayInputs } from '../src/core/sensitivity/overlayInputs.js';
import { runInputValues } from '../src/core/sensitivity/runInputs.js';
import { DEFAULT_SENSITIVITY, runSensitivity, sensitivityPlan } from '../src/core/sensitivity/runSensitivity.js';
import { findUncertainInputs } from '../src/core/sensitivity/uncertainInputs.js';
import { evpi, evppi, incrementalNetBenefit } from '../src/core/sensitivity/valueOfInformation.js';
import { firstOrderShare } from '../src/core/sensitivity/varianceShares.js';
import { setScenarioPaths } from '../src/core/sweep/setScenarioPaths.js';
import { PointRunner } from '../src/cli/PointRunner.js';

export interface SensitivityBench {
  /** cpuSeconds: CPU time of the whole process, worker threads included (wall time is unreliable on a busy machine). */
  tornado: { inputs: number; points: number; runsPerPoint: number; workers: number; seconds: number; cpuSeconds: number; secondsPerPoint: number; overheadPerPointMs: number };
  /**
   * What a point costs on the warm pool beyond its runs: `points` points of `runsPerPoint` runs
   * one after another, against one job of points × runsPerPoint runs on the same pool.
   */
  warmPool: { points: number; runsPerPoint: number; pointsSeconds: number; oneJobSeconds: number; overheadPerPointMs: number; cpuOverheadPerPointMs: number };
  evppi: { runs: number; inputs: number; simulateSeconds: number; analysisSeconds: number; analysisCpuSeconds: number };
}

const seconds = (from: number): number => (performance.now() - from) / 1000;
const cpuSeconds = (from: NodeJS.CpuUsage): number => { const u = process.cpuUsage(from); return (u.user + u.system) / 1e6; };

export async function benchSensitivity(load: (name: string, runs: number) => Scenario, quick: boolean): Promise<SensitivityBench> {
  const runsPerPoint = quick ? 25 : 1000;
  // --quick: a smoke test of the code path only (3 inputs, this thread).
  const design = load('scenarios/default', runsPerPoint);
  const only = sensitivityPlan(design, 'estimates', catalogue).plan.ends.slice(0, quick ? 3 : 20).map((e) => e.path);
  const inputs = only.length;
  const workers = quick ? 1 : 2;
  const runner = new PointRunner(workers, Infinity);
  try {
    await runner.run({ ...design, runs: 50 }); // start and warm the threads
    let points = 0;
    let started = performance.now();
    let cpu = process.cpuUsage();
    await runSensitivity(design, undefined, { ...DEFAULT_SENSITIVITY, inputs: 'estimates', only }, async (s) => { points++; return (await runner.run(s)).result; }, catalogue);
    const tornadoSeconds = seconds(started);
    const tornadoCpu = cpuSeconds(cpu);
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
    cpu = process.cpuUsage();
    const paths = findUncertainInputs(a).map((i) => i.path);
    const values = runInputValues(compileScenario(a), paths, da.runs);
    const col = (r: typeof da, id: MetricId): Float64Array => metricColumn(r, metricDefinition(id));
    const inb = incrementalNetBenefit(DEFAULT_SENSITIVITY.valuePerOutcome, col(da, 'outcomes.attributable'), col(db, 'outcomes.attributable'), col(da, 'purchaser.totalCost'), col(db, 'purchaser.totalCost'));
    evpi(inb, values);
    for (const v of values) { evppi(inb, v); firstOrderShare(v, inb); }
    const analysisSeconds = seconds(started);
    const analysisCpuSeconds = cpuSeconds(cpu);
    return {
      tornado: { inputs, points, runsPerPoint, workers, seconds: tornadoSeconds, cpuSeconds: tornadoCpu, secondsPerPoint: tornadoSeconds / Math.max(1, points), overheadPerPointMs },
      warmPool,
      evppi: { runs, inputs: paths.length, simulateSeconds, analysisSeconds, analysisCpuSeconds },
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
    `  tornado, default.json with ${b.tornado.inputs} estimate inputs across their ranges, ${b.tornado.points} points × ${b.tornado.runsPerPoint} runs, ${b.tornado.workers} workers: ${s(b.tornado.seconds)} (${s(b.tornado.secondsPerPoint)} per point; ${s(b.tornado.cpuSeconds)} CPU, all threads; target < 10 s)`,
    `  per-point overhead (set path, validate, compile): ${b.tornado.overheadPerPointMs.toFixed(1)} ms`,
    `  per-point overhead on the warm pool: ${b.warmPool.overheadPerPointMs.toFixed(1)} ms wall, ${b.warmPool.cpuOverheadPerPointMs.toFixed(1)} ms CPU, all threads (${b.warmPool.points} points × ${b.warmPool.runsPerPoint} runs: ${s(b.warmPool.pointsSeconds)}; one job of the same runs: ${s(b.warmPool.oneJobSeconds)})`,
    `  EVPPI of ${b.evppi.inputs} inputs + EVPI + shares from ${b.evppi.runs} runs: ${s(b.evppi.analysisSeconds)} (${s(b.evppi.analysisCpuSeconds)} CPU; target < 2 s; the two runs took ${s(b.evppi.simulateSeconds)})`,
    '',
  ].join('\n');
}
