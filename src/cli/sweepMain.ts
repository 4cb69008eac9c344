/**
 * `npm run sweep -- <scenario.json> --vary <path>=<from>:<to>:<steps> …` (see SWEEP_USAGE).
 *
 *   arguments ──parseSweepArgs──▶ options ──loadScenario──▶ scenario ──setPaths──▶ every point,
 *   validated before anything runs ──PointRunner (one warm pool)──▶ points ──formatSweep──▶ output
 *
 * Every point runs on the scenario's (or --seed's) seed, so points differ only by the varied
 * parameter (common random numbers), and each point's metrics equal `simulate` of it.
 * Exit codes as `simulate`: 0, 2 bad input (naming the path), 1 internal error.
 */
import { METRIC_IDS, type Scenario } from '../engine.js';
import { gridPoints, gridValues, type VaryValues } from '../core/sweep/grid.js';
import { shardRange } from '../core/sweep/shard.js';
import { solveBisection } from '../core/sweep/solve.js';
import { exitCodeFor } from './exitCodeFor.js';
import { InputError } from './InputError.js';
import { loadScenario } from './loadScenario.js';
import { PARTIAL_VERSION, type SweepPart } from './partialFile.js';
import { PointRunner, scenarioWork } from './PointRunner.js';
import { ProgressLine } from './ProgressLine.js';
import { setPaths } from './pointScenario.js';
import type { RunOutcome } from './runScenario.js';
import { formatSweep } from './formatSweep.js';
import { parseSweepArgs, SWEEP_USAGE, type SweepOptions } from './sweepArgs.js';
import { sweepHeader, sweepPoint, type SolveReport, type SweepReport } from './sweepReport.js';
import { writeOutput } from './writeOutput.js';
import { processIo } from './CliIo.js';

/** Output straight to the file descriptors, so a full disk or a closed pipe is noticed. */
const io = processIo();

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseSweepArgs(argv);
  if (parsed.kind === 'help') { process.stdout.write(SWEEP_USAGE + '\n'); return 0; }
  const o = parsed.options;
  const loaded = loadScenario(o.scenario, { seed: o.seed, runs: o.runs, source: 'flags' });
  const design = Object.keys(o.set).length ? setPaths(loaded, o.set, '--set') : loaded;
  const baseline = o.compare === undefined ? undefined : loadScenario(o.compare, { seed: design.seed, runs: design.runs, source: 'design' });
  const vary: VaryValues[] = o.vary.map((v) => ({ path: v.path, values: gridValues(v) }));
  // Every point is built and validated first: a bad path or value stops before any run.
  const all = gridPoints(vary);
  const scenarios = all.map((values) => setPaths(design, values, '--vary'));
  const { from, to } = o.shard ? shardRange(all.length, o.shard) : { from: 0, to: all.length };
  const runner = new PointRunner(o.workers, scenarioWork(design) * (o.solve ? 12 : to - from));
  const line = o.progress || process.stderr.isTTY === true ? new ProgressLine('sweeping', { write: (t) => process.stderr.write(t), now: () => performance.now() }) : undefined;
  try {
    const baselineRun = baseline && (await runner.run(baseline));
    const header = sweepHeader(design, baselineRun && ref(baselineRun), vary);
    if (o.solve) {
      const report: SweepReport = { ...header, points: [] };
      report.solve = await solve(o, design, runner, baselineRun, report, line);
      writeOutput(formatSweep(report, o.format), o.out, io);
      return 0;
    }
    const points = [];
    for (let i = from; i < to; i++) {
      points.push(sweepPoint(all[i], await runner.run(scenarios[i]), baselineRun));
      line?.update(i - from + 1, to - from);
    }
    if (o.shard) {
      const part: SweepPart = { partial: 'sweep', version: PARTIAL_VERSION, shard: o.shard, pointTotal: all.length, format: o.format, header, firstPoint: from, points };
      writeOutput(JSON.stringify(part) + '\n', o.out, io);
    } else {
      writeOutput(formatSweep({ ...header, points }, o.format), o.out, io);
    }
    return 0;
  } finally {
    line?.finish();
    runner.dispose();
  }
}

function ref(r: RunOutcome): { id: string; title: { sv: string; en: string } } {
  const s = r.compiled.scenario;
  return { id: s.id, title: { sv: s.title.sv, en: s.title.en } };
}

/** Bisection between the varied path's from and to; every evaluated point joins the report. */
async function solve(o: SweepOptions, design: Scenario, runner: PointRunner, baselineRun: RunOutcome | undefined, report: SweepReport, line: ProgressLine | undefined): Promise<SolveReport> {
  const { metric, target } = o.solve!;
  const v = o.vary[0];
  const index = METRIC_IDS.indexOf(metric as (typeof METRIC_IDS)[number]);
  if (index < 0) throw new Error(`unknown metric ${metric}`);
  let evaluations = 0;
  const result = await solveBisection(async (x) => {
    const point = sweepPoint({ [v.path]: x }, await runner.run(setPaths(design, { [v.path]: x }, '--vary')), baselineRun);
    report.points.push(point);
    line?.update(++evaluations, evaluations + 1);
    const d = baselineRun ? point.comparison![metric] : point.metrics[metric];
    const value = baselineRun ? point.comparison![metric].meanDiff : point.metrics[metric].mean;
    return value === null || d.se === null ? null : { x, value, se: d.se };
  }, { target, lo: v.from, hi: v.to });
  report.points.sort((a, b) => a.values[v.path] - b.values[v.path]);
  report.vary = [{ path: v.path, values: report.points.map((p) => p.values[v.path]) }];
  if (!result.ok) {
    const what = baselineRun ? `the difference in ${metric}` : metric;
    const problem = result.reason === 'no-crossing'
      ? `${what} does not cross ${target} between ${v.from} and ${v.to} (it is ${result.evaluations.map((e) => e.value.toPrecision(4)).join(' and ')} there)`
      : `${what} could not be measured at some point`;
    throw InputError.of('command line', [{ path: '--solve', problem, allowed: 'a from and to on either side of the target' }]);
  }
  return { metric, of: baselineRun ? 'difference' : 'metric', target, path: v.path, value: result.value, se: result.se, bracket: result.bracket, iterations: result.iterations };
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.exitCode = exitCodeFor(e, (t) => process.stderr.write(t), Boolean(process.env.DEBUG)); },
);
