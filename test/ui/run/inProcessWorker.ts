/** A WorkerLike that runs the real worker handler in this thread, answering asynchronously. */
import { createWorkerHandler } from '../../../src/worker/handleWorkerMessage.js';
import type { FromWorker, WorkerLike } from '../../../src/worker/protocol.js';

export function inProcessWorker(): WorkerLike {
  let onMessage: (m: FromWorker) => void = () => {};
  let alive = true;
  const handle = createWorkerHandler((m) => setTimeout(() => { if (alive) onMessage(m); }, 0));
  return {
    post: (m) => setTimeout(() => { if (alive) handle(m); }, 0),
    onMessage: (h) => { onMessage = h; },
    onError: () => {},
    terminate: () => { alive = false; },
  };
}
