/**
 * The engine as a simulation worker needs it: compile against the model catalogue, simulate
 * chunks. No validation: a worker only ever gets a scenario its pool has already validated
 * (WorkerPool and PlanPool check it on the calling thread and post the checked scenario), so
 * the worker's script leaves out the schema library, about 40 % of its bundle, which every
 * worker would otherwise parse and set up before its first run.
 */
import { catalogue } from '../../models/index.js';
import { compileScenario as compileWith, type CompiledScenario } from '../core/compile/compileScenario.js';
import type { Scenario } from '../core/scenario/Scenario.js';

export { ChunkBuilder, chunkToData, simulateChunk } from '../core/simulate/simulateChunk.js';
export { captureRun } from '../core/simulate/captureRun.js';
export type { CompiledScenario };

export function compileScenario(s: Scenario): CompiledScenario {
  return compileWith(s, catalogue);
}
