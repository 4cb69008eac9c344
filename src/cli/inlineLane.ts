/**
 * The CLI's own thread as one lane of its worker pool: it takes chunks like a worker thread,
 * but needs no thread to start and no bundle to load, so a job's first runs begin at once.
 * It simulates one run per turn of the event loop (ChunkBuilder), so the pool still hears
 * from its worker threads within a run's time and hands them their next chunk. Its chunks are
 * simulateChunk's to the bit, so the result does not depend on which lane ran what.
 */
import { ChunkBuilder, chunkToData, compileScenario, type CompiledScenario } from '../engine.js';
import { errorMessage } from '../worker/handleWorkerMessage.js';
import type { FromWorker, ToWorker, WorkerLike } from '../worker/protocol.js';

export function spawnInlineLane(): WorkerLike {
  let onMessage: (m: FromWorker) => void = () => {};
  let terminated = false;
  const jobs = new Map<number, CompiledScenario>();
  // Work waiting for a turn of the event loop, in the order it was posted.
  const queue: ToWorker[] = [];
  let builder: { job: number; chunk: ChunkBuilder } | null = null;
  let scheduled = false;

  const answer = (m: FromWorker): void => { if (!terminated) onMessage(m); };
  const schedule = (): void => {
    if (scheduled || terminated) return;
    scheduled = true;
    setImmediate(turn);
  };
  /** One turn: one run of the current chunk, or the next message. */
  function turn(): void {
    scheduled = false;
    if (terminated) return;
    let job = -1;
    try {
      if (builder) {
        job = builder.job;
        if (!builder.chunk.step()) {
          const done = builder;
          builder = null;
          answer({ type: 'chunk', job: done.job, data: chunkToData(done.chunk.result()) });
        }
      } else {
        const m = queue.shift();
        if (m) {
          job = 'job' in m ? m.job : -1;
          if (m.type === 'load') {
            jobs.clear();
            jobs.set(m.job, compileScenario(m.scenario));
          } else if (m.type === 'chunk') {
            const compiled = jobs.get(m.job);
            if (!compiled) throw new Error(`job ${m.job} was not loaded`);
            builder = { job: m.job, chunk: new ChunkBuilder(compiled, m.chunk) };
          } else {
            throw new Error(`internal: the CLI's own lane takes only loads and chunks, not '${m.type}'`);
          }
        }
      }
    } catch (e) {
      builder = null;
      answer(errorMessage(job, e));
    }
    if (builder || queue.length > 0) schedule();
  }

  return {
    post: (message) => {
      if (terminated) return;
      queue.push(message);
      schedule();
    },
    onMessage: (h) => { onMessage = h; },
    // Its failures arrive as error messages: this thread cannot die apart from the pool.
    onError: () => {},
    terminate: () => { terminated = true; queue.length = 0; builder = null; jobs.clear(); },
  };
}

/**
 * A pool's spawn function whose first lane is this thread and the rest worker threads: a pool
 * of n lanes keeps n cores busy with n − 1 threads to start. A lane the pool gives up on
 * (terminated) makes room for a fresh one of the same kind.
 */
export function withThisThread(spawnWorker: () => WorkerLike): () => WorkerLike {
  let laneLive = false;
  return () => {
    if (laneLive) return spawnWorker();
    laneLive = true;
    const lane = spawnInlineLane();
    return { ...lane, terminate: () => { laneLive = false; lane.terminate(); } };
  };
}
