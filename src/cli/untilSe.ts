/**
 * `simulate --until-se <metric>=<se>`: whole chunks, in order, until the metric's Monte Carlo
 * SE is at or below the target, capped by --runs. The decision after each chunk depends only
 * on the runs so far, so the stop is deterministic, and the result is exactly that of
 * `simulate --runs <runs it stopped at>`. The SE is checked from a running (Welford) sum;
 * the report's own SE is then computed as always (for a ratio metric, pooled over runs, so it
 * can differ a little from the SE of per-run ratios checked here). The target is on the
 * report's basis (per year by default). At least MIN_CHUNKS are run, since an SE
 * from a handful of runs is itself too noisy to stop on. With --workers the chunks run on a
 * pool but are checked in chunk order, so the stop is the same with any number of workers.
 */
import { basisFactor, chunkCount, CHUNK_RUNS, compileScenario, metricDefinition, metricInRow, QUANTITY_COUNT, ResultAssembler, type ChunkResult, type MetricId, type OutputBasis, type Scenario } from '../engine.js';
import { runChunks, type RunOutcome } from './runScenario.js';

export const MIN_CHUNKS = 4;

export interface Convergence {
  metric: string;
  targetSe: number;
  se: number | null;
  runs: number;
  maxRuns: number;
  reached: boolean;
}

export async function runUntilSe(s: Scenario, metric: MetricId, targetSe: number, basis: OutputBasis = 'perYear', workers?: number, onProgress?: (runsDone: number, runsMax: number) => void): Promise<{ outcome: RunOutcome; convergence: Convergence }> {
  const capped = compileScenario(s);
  const def = metricDefinition(metric);
  const factor = basisFactor(def, basis, capped.horizonMonths);
  const total = chunkCount(capped.runs);
  const chunks: ChunkResult[] = [];
  let n = 0, mean = 0, m2 = 0, se: number | null = null;
  await runChunks(capped, 0, total, workers, (c) => {
    chunks.push(c);
    for (let i = 0; i < c.runs; i++) {
      const x = metricInRow(c.metrics, def, i * QUANTITY_COUNT) * factor;
      if (!Number.isFinite(x)) continue;
      n++;
      const d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }
    se = n > 1 ? Math.sqrt(m2 / (n - 1) / n) : null;
    onProgress?.(c.firstRun + c.runs, capped.runs);
    if (chunks.length >= MIN_CHUNKS && se !== null && se <= targetSe) return 'stop';
  });
  const runs = Math.min(capped.runs, chunks.length * CHUNK_RUNS);
  const compiled = runs === capped.runs ? capped : compileScenario({ ...s, runs });
  const assembler = new ResultAssembler(compiled, chunks.length);
  for (const c of chunks) assembler.add(c);
  return {
    outcome: { compiled, result: assembler.result() },
    convergence: { metric, targetSe, se, runs, maxRuns: capped.runs, reached: se !== null && se <= targetSe },
  };
}

/** One line for standard error: where the run stopped and why. */
export function convergenceNote(c: Convergence): string {
  const se = c.se === null ? 'n/a' : String(Number(c.se.toPrecision(4)));
  return c.reached
    ? `converged: ${c.metric} has Monte Carlo SE ${se} ≤ ${c.targetSe} after ${c.runs} runs (of at most ${c.maxRuns})`
    : `not converged: ${c.metric} has Monte Carlo SE ${se} > ${c.targetSe} after all ${c.runs} runs; raise --runs`;
}
