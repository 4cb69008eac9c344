/**
 * `npm run bench [-- --json] [-- --quick]`: how fast the engine is at city scale, against a
 * bare reference kernel doing the same clients on the same threads, and how fast custom payment
 * formulas are against mathjs, and how fast the command-line tool starts (targets: the
 * 750-provider load test within 3× the reference with 2 workers, the default scenario at 1,000
 * runs under 0.5 s, peak memory under 500 MB, formulas ≥ 50×, the CLI's error for a missing
 * file under 0.5 s).
 * Prints a table, or with --json one JSON object. --quick shrinks every workload to a smoke
 * test of the script itself; its figures mean nothing.
 *
 * No assertion here: a benchmark reports, tests decide. Timings are wall-clock on a machine
 * others may share, so compare figures taken on the same machine, quiet, a few times.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileScenario, parseScenarioText, simulateScenario, type Scenario } from '../src/engine.js';
import { measureColdStart } from './coldStart.js';
import { median, startUpFrom, timeWholeCommand } from './wholeCommand.js';
import { formatReport } from './formatReport.js';
import { measureFormulaSpeed } from './formulaSpeed.js';
import { timeGenerators } from './generators.js';
import { machine } from './machine.js';
import { probeInChildProcess } from './probeInChildProcess.js';
import { expectedClients, referenceWorkFor } from './referenceKernel.js';
import { referenceOnThreads } from './referenceOnThreads.js';
import type { BenchReport } from './BenchReport.js';
import { benchSensitivity, formatSensitivityBench } from './sensitivityBench.js';

const WORKER_COUNTS = [1, 2] as const;

/** A scenario by its path from the repository root, without `.json`. */
function loadScenario(name: string, runs: number): Scenario {
  const path = fileURLToPath(new URL(`../${name}.json`, import.meta.url));
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.json is invalid:\n${parsed.issues.map((i) => `${i.path}: ${i.problem}`).join('\n')}`);
  return { ...parsed.scenario, runs };
}

/**
 * The load test: 750 synthetic providers, as many as the city's contracts and about ten times
 * its real placements (scenarios/city-wide.json is the calibrated city). Only its size matters.
 */
const LOAD_SCENARIO = 'bench/load-750';

const seconds = (from: number): number => (performance.now() - from) / 1000;

async function bench(quick: boolean): Promise<BenchReport> {
  const size = quick
    ? { cityRuns: 25, engineRuns: 1, defaultRuns: 50, draws: 200_000, commandRuns: 75, smallRuns: 50, samples: 1 }
    : { cityRuns: 1000, engineRuns: 50, defaultRuns: 1000, draws: 20_000_000, commandRuns: 1000, smallRuns: 50, samples: 3 };

  const generators = await timeGenerators(size.draws);

  // Engine, one thread, in this process: client-episodes per second.
  const city = loadScenario(LOAD_SCENARIO, size.cityRuns);
  const work = referenceWorkFor(compileScenario(city));
  const engineCompiled = compileScenario({ ...city, runs: size.engineRuns });
  let started = performance.now();
  simulateScenario(engineCompiled);
  const engineSeconds = seconds(started);
  const engineEpisodes = expectedClients(work, size.engineRuns);

  // City-wide on fresh pools of 1 and 2 Node workers, each in a fresh process; then the reference.
  const cityWide: BenchReport['cityWide']['workers'] = [];
  for (const workers of WORKER_COUNTS) cityWide.push({ workers, ...(await probeInChildProcess(LOAD_SCENARIO, size.cityRuns, workers)) });
  const reference: BenchReport['reference']['workers'] = [];
  for (const workers of WORKER_COUNTS) {
    const r = await referenceOnThreads(work, size.cityRuns, workers);
    reference.push({ workers, seconds: r.seconds });
  }

  // The whole command on 2 workers, start-up included, against the reference on 2 threads
  // doing the same client episodes; start-up from a small job of two chunks (one per worker).
  const command = await timeWholeCommand(`${LOAD_SCENARIO}.json`, size.commandRuns, 2);
  const small: number[] = [];
  for (let i = 0; i < size.samples; i++) small.push((await timeWholeCommand(`${LOAD_SCENARIO}.json`, size.smallRuns, 2)).seconds);
  const commandReference = size.commandRuns === size.cityRuns
    ? reference.find((r) => r.workers === 2)?.seconds ?? NaN
    : (await referenceOnThreads(work, size.commandRuns, 2)).seconds;
  const startUp = startUpFrom(size.commandRuns, command.seconds, size.smallRuns, median(small));

  // The default scenario: in this thread (already warm), and on fresh pools in fresh processes.
  const def = loadScenario('scenarios/default', size.defaultRuns);
  const defCompiled = compileScenario(def);
  simulateScenario({ ...defCompiled, runs: 25 }); // the engine is warm in the CLI's main thread too after the first chunk
  started = performance.now();
  simulateScenario(defCompiled);
  const defaultOneThread = seconds(started);
  const defaultPool: BenchReport['defaultScenario']['workers'] = [];
  for (const workers of WORKER_COUNTS) defaultPool.push({ workers, seconds: (await probeInChildProcess('scenarios/default', size.defaultRuns, workers)).seconds });
  const defaultFastestPool = Math.min(...defaultPool.map((d) => d.seconds));
  const defaultCommand: number[] = [];
  for (let i = 0; i < size.samples; i++) defaultCommand.push((await timeWholeCommand('scenarios/default.json', size.defaultRuns, 2)).seconds);

  const formula = measureFormulaSpeed({ quick });
  const sensitivity = await benchSensitivity(loadScenario, quick);
  const cli = await measureColdStart(quick);
  const ratios = WORKER_COUNTS.map((w, i) => ({ workers: w, ratio: cityWide[i].seconds / reference[i].seconds }));
  const peakRssMB = Math.max(...cityWide.map((c) => c.maxRssMB));
  return {
    machine: machine(),
    quick,
    generators: generators.map((g) => ({ id: g.id, description: g.description, nsPerDraw: g.nsPerDraw, relativeToSfc32: g.relative })),
    engine: { scenario: 'load-750', runs: size.engineRuns, clientEpisodes: engineEpisodes, seconds: engineSeconds, clientEpisodesPerSecond: engineEpisodes / engineSeconds },
    cityWide: { runs: size.cityRuns, clientEpisodes: expectedClients(work, size.cityRuns), workers: cityWide, identicalAcrossWorkers: new Set(cityWide.map((c) => c.hash)).size === 1 },
    reference: { workers: reference },
    ratio: ratios,
    wholeCommand: {
      runs: size.commandRuns, workers: 2, seconds: command.seconds, exitCode: command.exitCode, referenceSeconds: commandReference,
      ratio: command.seconds / commandReference, startUpSeconds: startUp.seconds, startUpShare: startUp.share, smallRuns: size.smallRuns, smallSeconds: median(small),
    },
    defaultScenario: { runs: size.defaultRuns, oneThreadWarmSeconds: defaultOneThread, workers: defaultPool, commandTwoWorkersSeconds: median(defaultCommand) },
    memory: { peakRssMB },
    formula,
    sensitivity,
    cli,
    targets: {
      cityWithin3xOfReference: (ratios.find((r) => r.workers === 2)?.ratio ?? Infinity) <= 3,
      commandWithin3xOfReference: command.seconds / commandReference <= 3,
      defaultUnderHalfSecond: defaultFastestPool < 0.5,
      defaultCommandUnderHalfSecond: cli.defaultScenario.medianSeconds < 0.5,
      memoryUnder500MB: peakRssMB < 500,
      formulaAtLeast50x: formula.ratio >= 50,
      cliErrorUnderHalfSecond: cli.missingFile.medianSeconds < 0.5,
    },
  };
}

const args = new Set(process.argv.slice(2));
const report = await bench(args.has('--quick'));
process.stdout.write(args.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report) + formatSensitivityBench(report.sensitivity));
