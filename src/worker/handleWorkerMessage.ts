/**
 * The worker side, platform-neutral: compile a job's scenario once, simulate chunks on
 * request. The browser entry and the Node entry only wire this to their message ports. The
 * scenario comes validated by the pool (see workerEngine).
 */
import { chunkToData, compileScenario, simulateChunk, type CompiledScenario } from './workerEngine.js';
import { FormulaError } from '../core/formula/FormulaError.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { createPlanHandler } from './handlePlanMessage.js';

export function createWorkerHandler(post: (message: FromWorker, transfer: ArrayBuffer[]) => void): (message: ToWorker) => void {
  const jobs = new Map<number, CompiledScenario>();
  const plan = createPlanHandler(post);
  return (message) => {
    // The pilot planner's tasks (src/worker/handlePlanMessage).
    if (message.type === 'plan-load' || message.type === 'plan-task') return plan(message);
    try {
      if (message.type === 'load') {
        jobs.clear(); // one job at a time per worker; keep memory flat
        jobs.set(message.job, compileScenario(message.scenario));
        return;
      }
      const compiled = jobs.get(message.job);
      if (!compiled) throw new Error(`job ${message.job} was not loaded`);
      const data = chunkToData(simulateChunk(compiled, message.chunk));
      post({ type: 'chunk', job: message.job, data }, [data.metrics.buffer as ArrayBuffer, data.providerSums.buffer as ArrayBuffer, data.providerCounts.buffer as ArrayBuffer]);
    } catch (e) {
      const formula = e instanceof FormulaError ? e.toData() : undefined;
      post({ type: 'error', job: message.job, message: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : undefined, ...(formula ? { formula } : {}) }, []);
    }
  };
}
