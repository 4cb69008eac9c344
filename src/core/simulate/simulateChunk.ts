/**
 * Runs are simulated in fixed-size chunks: chunk k holds runs [k·CHUNK_RUNS, (k+1)·CHUNK_RUNS).
 * Chunk boundaries never depend on the number of workers, and chunk results are merged in
 * chunk order, so one worker and four give bit-identical results.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { QUANTITY_COUNT } from '../metrics/metricCatalogue.js';
import { ProviderTotals } from './ProviderTotals.js';
import { simulateRun } from './simulateRun.js';

export const CHUNK_RUNS = 25;

export interface ChunkResult {
  chunk: number;
  firstRun: number;
  runs: number;
  /** runs × QUANTITY_COUNT, row-major: the per-run quantities of the metric catalogue. */
  metrics: Float64Array;
  providers: ProviderTotals;
}

export function chunkCount(runs: number): number {
  return Math.ceil(runs / CHUNK_RUNS);
}

export function simulateChunk(c: CompiledScenario, chunk: number): ChunkResult {
  const builder = new ChunkBuilder(c, chunk);
  while (builder.step());
  return builder.result();
}

/**
 * A chunk simulated one run at a time, for a thread that must answer messages between runs
 * (the CLI's own thread when it works beside its worker threads). The runs and the order of
 * their totals are simulateChunk's, so the chunk is the same to the bit.
 */
export class ChunkBuilder {
  readonly firstRun: number;
  readonly runs: number;
  private readonly metrics: Float64Array;
  private readonly providers: ProviderTotals;
  private readonly years: number;
  private done = 0;

  constructor(private readonly c: CompiledScenario, readonly chunk: number) {
    this.firstRun = chunk * CHUNK_RUNS;
    this.runs = Math.max(0, Math.min(CHUNK_RUNS, c.runs - this.firstRun));
    this.metrics = new Float64Array(this.runs * QUANTITY_COUNT);
    this.providers = new ProviderTotals(c.providerCount);
    this.years = c.horizonMonths / 12;
  }

  /** Simulates the next run; false once every run of the chunk is done. */
  step(): boolean {
    if (this.done >= this.runs) return false;
    const i = this.done++;
    const state = simulateRun(this.c, this.firstRun + i, this.metrics, i * QUANTITY_COUNT);
    this.providers.add(state, this.years);
    return this.done < this.runs;
  }

  result(): ChunkResult {
    if (this.done < this.runs) throw new Error(`internal: chunk ${this.chunk} has ${this.runs - this.done} runs still to simulate`);
    return { chunk: this.chunk, firstRun: this.firstRun, runs: this.runs, metrics: this.metrics, providers: this.providers };
  }
}

/** A chunk as plain data (typed arrays), for postMessage between threads. */
export interface ChunkData {
  chunk: number;
  firstRun: number;
  runs: number;
  metrics: Float64Array;
  providerSums: Float64Array;
  providerCounts: Float64Array;
}

export function chunkToData(r: ChunkResult): ChunkData {
  return { chunk: r.chunk, firstRun: r.firstRun, runs: r.runs, metrics: r.metrics, providerSums: r.providers.sums, providerCounts: r.providers.counts };
}

export function chunkFromData(d: ChunkData, providers: number): ChunkResult {
  const totals = new ProviderTotals(providers);
  totals.sums.set(d.providerSums);
  totals.counts.set(d.providerCounts);
  return { chunk: d.chunk, firstRun: d.firstRun, runs: d.runs, metrics: d.metrics, providers: totals };
}
