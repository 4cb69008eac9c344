import type { CompiledScenario } from '../compile/compileScenario.js';
import { chunkCount, simulateChunk } from './simulateChunk.js';
import { ResultAssembler, type SimulationResult } from './SimulationResult.js';

/** All runs on this thread, chunk by chunk (the same chunks a worker pool would use). */
export function simulateScenario(c: CompiledScenario, onChunk?: (done: number, total: number) => void): SimulationResult {
  const total = chunkCount(c.runs);
  const assembler = new ResultAssembler(c, total);
  for (let k = 0; k < total; k++) {
    assembler.add(simulateChunk(c, k));
    onChunk?.(k + 1, total);
  }
  return assembler.result();
}
