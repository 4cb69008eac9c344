/**
 * `simulate --shard k/n`: only shard k's block of chunks, for the design and (with
 * --compare) the baseline, written as a partial result for `npm run merge`.
 */
import { chunkCount, compileScenario, simulateChunk, type Scenario } from '../engine.js';
import { shardRange, type Shard } from '../core/sweep/shard.js';
import { chunkToText, PARTIAL_VERSION, type ChunkText, type SimulatePart } from './partialFile.js';
import type { Format } from './parseArgs.js';

function block(s: Scenario, shard: Shard): { chunks: ChunkText[]; total: number } {
  const compiled = compileScenario(s);
  const total = chunkCount(compiled.runs);
  const { from, to } = shardRange(total, shard);
  const chunks: ChunkText[] = [];
  for (let k = from; k < to; k++) chunks.push(chunkToText(simulateChunk(compiled, k)));
  return { chunks, total };
}

export function simulateShard(design: Scenario, baseline: Scenario | undefined, shard: Shard, format: Format, report: SimulatePart['report']): SimulatePart {
  const d = block(design, shard);
  const part: SimulatePart = { partial: 'simulate', version: PARTIAL_VERSION, shard, chunkTotal: d.total, format, report, scenario: design, design: d.chunks };
  if (baseline) {
    part.baseline = baseline;
    part.baselineChunks = block(baseline, shard).chunks;
  }
  return part;
}
