import type { CompiledScenario } from '../compile/compileScenario.js';
import { QUANTITY_COUNT } from '../metrics/metricCatalogue.js';
import { ProviderTotals } from './ProviderTotals.js';
import { CHUNK_RUNS, type ChunkResult } from './simulateChunk.js';

/** All runs of a scenario: the per-run metric table (runs × metrics) and provider totals. */
export interface SimulationResult {
  runs: number;
  metrics: Float64Array;
  providers: ProviderTotals;
}

/**
 * Collects chunks in chunk order (they may arrive out of order from a pool) and exposes the
 * complete prefix, so partial results can be shown while a run is going on.
 */
export class ResultAssembler {
  private readonly chunks: Array<ChunkResult | undefined>;
  private complete = 0;
  private readonly totals: ProviderTotals;
  private readonly metrics: Float64Array;

  constructor(readonly compiled: CompiledScenario, chunkTotal: number) {
    this.chunks = new Array<ChunkResult | undefined>(chunkTotal);
    this.totals = new ProviderTotals(compiled.providerCount);
    this.metrics = new Float64Array(compiled.runs * QUANTITY_COUNT);
  }

  add(chunk: ChunkResult): void {
    this.chunks[chunk.chunk] = chunk;
    while (this.complete < this.chunks.length && this.chunks[this.complete]) {
      const next = this.chunks[this.complete]!;
      this.metrics.set(next.metrics, next.firstRun * QUANTITY_COUNT);
      this.totals.merge(next.providers);
      this.chunks[this.complete] = undefined;
      this.complete++;
    }
  }

  get chunksDone(): number {
    return this.complete;
  }

  get done(): boolean {
    return this.complete === this.chunks.length;
  }

  /** The runs finished so far, in run order (all of them once `done`). */
  result(): SimulationResult {
    const runs = Math.min(this.compiled.runs, this.complete * CHUNK_RUNS);
    const totals = new ProviderTotals(this.compiled.providerCount);
    totals.merge(this.totals);
    return { runs, metrics: this.metrics.slice(0, runs * QUANTITY_COUNT), providers: totals };
  }

}
