/** Worker-thread entry for the reference kernel: one message per chunk of runs, answered with its sums. */
import { parentPort } from 'node:worker_threads';
import { REFERENCE_FIELDS, referenceRuns, type ReferenceWork } from './referenceKernel.js';

export interface ReferenceTask {
  work: ReferenceWork;
  firstRun: number;
  runs: number;
}

if (!parentPort) throw new Error('referenceWorker must run in a worker thread');
const port = parentPort;
port.on('message', (task: ReferenceTask) => {
  const out = new Float64Array(task.runs * REFERENCE_FIELDS);
  referenceRuns(task.work, task.firstRun, task.runs, out);
  port.postMessage({ firstRun: task.firstRun, out }, [out.buffer]);
});
