/**
 * The worker side, platform-neutral: compile a job's scenario once, simulate chunks on
 * request, or one run in detail (`capture`, for the page's one-run figure; the last scenario
 * captured stays compiled, so stepping through its runs compiles once). The browser entry and
 * the Node entry only wire this to their message ports. Scenarios come validated by the pool
 * or the capturer (see workerEngine).
 */
import { captureRun, chunkToData, compileScenario, simulateChunk, type CompiledScenario } from './workerEngine.js';
import { FormulaError } from '../core/formula/FormulaError.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { createPlanHandler } from './handlePlanMessage.js';

export function createWorkerHandler(post: (message: FromWorker, transfer: ArrayBuffer[]) => void): (message: ToWorker) => void {
  const jobs = new Map<number, CompiledScenario>();
  const plan = createPlanHandler(post);
  let captured: { text: string; compiled: CompiledScenario } | null = null;
  return (message) => {
    // The pilot planner's tasks (src/worker/handlePlanMessage).
    if (message.type === 'plan-load' || message.type === 'plan-task') return plan(message);
    try {
      if (message.type === 'load') {
        jobs.clear(); // one job at a time per worker; keep memory flat
        jobs.set(message.job, compileScenario(message.scenario));
        return;
      }
      if (message.type === 'capture') {
        const text = JSON.stringify(message.scenario);
        if (captured?.text !== text) captured = { text, compiled: compileScenario(message.scenario) };
        const data = captureRun(captured.compiled, message.run);
        const buffers = [data.settled, data.measured, data.successes, data.trueRate, data.flagged, data.deficient, data.metrics].map((a) => a.buffer as ArrayBuffer);
        post({ type: 'capture', job: message.job, data }, buffers);
        return;
      }
      const compiled = jobs.get(message.job);
      if (!compiled) throw new Error(`job ${message.job} was not loaded`);
      const data = chunkToData(simulateChunk(compiled, message.chunk));
      post({ type: 'chunk', job: message.job, data }, [data.metrics.buffer as ArrayBuffer, data.providerSums.buffer as ArrayBuffer, data.providerCounts.buffer as ArrayBuffer]);
    } catch (e) {
      post(errorMessage(message.job, e), []);
    }
  };
}

/**
 * A failure as the message a pool reads: the error's class name, so the receiver can tell the
 * user's input from a bug, and a formula error's details, so the pool can rebuild it.
 */
export function errorMessage(job: number, e: unknown): Extract<FromWorker, { type: 'error' }> {
  const formula = e instanceof FormulaError ? e.toData() : undefined;
  return { type: 'error', job, message: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : undefined, ...(formula ? { formula } : {}) };
}
