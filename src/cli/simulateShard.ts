/**
 * `simulate --shard k/n`: only shard k's block of chunks, for the design and (with
 * --compare) the baseline, written as a partial result for `npm run merge`. The block runs on
 * this thread or on --workers threads; chunks are the same either way.
 */
import { chunkCount, compileScenario, type Scenario } from '../engine.js';
import { shardRange, type Shard } from '../core/sweep/shard.js';
import { chunkToText, PARTIAL_VERSION, type ChunkText, type SimulatePart } from './partialFile.js';
import type { Format } from './parseArgs.js';
import { runChunks } from './runScenario.js';

async function block(s: Scenario, shard: Shard, workers: number | undefined): Promise<{ chunks: ChunkText[]; total: number }> {
  const compiled = compileScenario(s);
  const total = chunkCount(compiled.runs);
  const { from, to } = shardRange(total, shard);
  const chunks: ChunkText[] = [];
  await runChunks(compiled, from, to, workers, (c) => { chunks.push(chunkToText(c)); });
  return { chunks, total };
}

export async function simulateShard(design: Scenario, baseline: Scenario | undefined, shard: Shard, format: Format, report: SimulatePart['report'], workers?: number): Promise<SimulatePart> {
  const d = await block(design, shard, workers);
  const part: SimulatePart = { partial: 'simulate', version: PARTIAL_VERSION, shard, chunkTotal: d.total, format, report, scenario: design, design: d.chunks };
  if (baseline) {
    part.baseline = baseline;
    part.baselineChunks = (await block(baseline, shard, workers)).chunks;
  }
  return part;
}
