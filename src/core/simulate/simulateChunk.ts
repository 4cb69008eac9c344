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
  const firstRun = chunk * CHUNK_RUNS;
  const runs = Math.max(0, Math.min(CHUNK_RUNS, c.runs - firstRun));
  const metrics = new Float64Array(runs * QUANTITY_COUNT);
  const providers = new ProviderTotals(c.providerCount);
  const years = c.horizonMonths / 12;
  for (let i = 0; i < runs; i++) {
    const state = simulateRun(c, firstRun + i, metrics, i * QUANTITY_COUNT);
    providers.add(state, years);
  }
  return { chunk, firstRun, runs, metrics, providers };
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
