/**
 * Worker-thread entry timing one generator: a fresh thread per candidate keeps the timing loop
 * monomorphic, as it is in the kernel where only Stream is ever called.
 */
import { parentPort } from 'node:worker_threads';
import { GENERATOR_CANDIDATES } from '../src/core/rng/generatorCandidates.js';

export interface GeneratorTask {
  id: string;
  draws: number;
}

export interface GeneratorTiming {
  id: string;
  /** Best of three timed passes, nanoseconds per next() call. */
  nsPerDraw: number;
  /** The draws' mean, so the loop cannot be optimised away (and a sanity check: about ½). */
  mean: number;
}

function time(task: GeneratorTask): GeneratorTiming {
  const candidate = GENERATOR_CANDIDATES.find((g) => g.id === task.id);
  if (!candidate) throw new Error(`unknown generator ${task.id}`);
  const source = candidate.create(`bench|${task.id}`);
  let best = Infinity, sum = 0;
  for (let pass = 0; pass < 4; pass++) {
    const started = performance.now();
    sum = 0;
    for (let i = 0; i < task.draws; i++) sum += source.next();
    const ns = ((performance.now() - started) * 1e6) / task.draws;
    if (pass > 0) best = Math.min(best, ns); // pass 0 warms the JIT
  }
  return { id: task.id, nsPerDraw: best, mean: sum / task.draws };
}

if (!parentPort) throw new Error('generatorWorker must run in a worker thread');
const port = parentPort;
port.on('message', (task: GeneratorTask) => port.postMessage(time(task)));
