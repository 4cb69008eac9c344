/** The benchmark's JSON output (`npm run bench -- --json`); times in seconds, memory in MiB. */
import type { ColdStart } from './coldStart.js';
import type { FormulaSpeed } from './formulaSpeed.js';
import type { Machine } from './machine.js';
import type { SensitivityBench } from './sensitivityBench.js';

export interface BenchReport {
  machine: Machine;
  quick: boolean;
  generators: Array<{ id: string; description: string; nsPerDraw: number; relativeToSfc32: number }>;
  /** The engine on one thread, in process: expected client-episodes (warm-up included) per second. */
  engine: { scenario: string; runs: number; clientEpisodes: number; seconds: number; clientEpisodesPerSecond: number };
  /**
   * bench/load-750.json (750 synthetic providers) on fresh pools of Node workers, each in a fresh process: seconds
   * from spawning the workers to the merged result, the result's hash, the process's peak RSS.
   */
  cityWide: {
    runs: number;
    clientEpisodes: number;
    workers: Array<{ workers: number; seconds: number; hash: string; maxRssMB: number }>;
    identicalAcrossWorkers: boolean;
  };
  /** The bare reference kernel, same clients, same number of threads, spawn included. */
  reference: { workers: Array<{ workers: number; seconds: number }> };
  /** City-wide time ÷ reference time with the same number of threads. */
  ratio: Array<{ workers: number; ratio: number }>;
  /**
   * The whole command (`node bin/workbench.mjs bench/load-750.json --runs N --workers 2 --format
   * json`, process start to exit) against the reference kernel on 2 threads doing the same
   * client episodes; start-up is the intercept of time against runs, from a small job of the same.
   */
  wholeCommand: {
    runs: number; workers: number; seconds: number; exitCode: number; referenceSeconds: number; ratio: number;
    startUpSeconds: number; startUpShare: number; smallRuns: number; smallSeconds: number;
  };
  /** The default scenario: warm in process, on fresh pools (from spawn), and the whole command on 2 workers. */
  defaultScenario: { runs: number; oneThreadWarmSeconds: number; workers: Array<{ workers: number; seconds: number }>; commandTwoWorkersSeconds: number };
  /** Peak resident memory of the load-test runs (whole process: main thread, workers, tsx). */
  memory: { peakRssMB: number };
  /** Custom formulas: compiled closure against math.compile().evaluate (bench/formulaSpeed.ts). */
  formula: FormulaSpeed;
  /** Tornado and value of information (bench/sensitivityBench.ts). */
  sensitivity: SensitivityBench;
  /** The CLI's cold start: whole-process wall times through the launcher (bench/coldStart.ts). */
  cli: ColdStart;
  targets: {
    cityWithin3xOfReference: boolean; commandWithin3xOfReference: boolean; defaultUnderHalfSecond: boolean; defaultCommandUnderHalfSecond: boolean; memoryUnder500MB: boolean; formulaAtLeast50x: boolean; cliErrorUnderHalfSecond: boolean;
  };
}
