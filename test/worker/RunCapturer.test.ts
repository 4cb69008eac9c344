import { describe, expect, it } from 'vitest';
import { captureRun, compileScenario } from '../../src/engine.js';
import { createWorkerHandler } from '../../src/worker/handleWorkerMessage.js';
import type { FromWorker, WorkerLike } from '../../src/worker/protocol.js';
import { RunCapturer } from '../../src/worker/RunCapturer.js';
import { poolScenario } from './poolScenario.js';

/** A worker in this thread that answers after a tick, as a real one would. */
function fakeWorker(): { spawn: () => WorkerLike; spawned: () => number } {
  let count = 0;
  const spawn = (): WorkerLike => {
    count++;
    let onMessage: (m: FromWorker) => void = () => {};
    const handle = createWorkerHandler((m) => setTimeout(() => onMessage(m), 0));
    return { post: (m) => handle(structuredClone(m)), onMessage: (h) => { onMessage = h; }, onError: () => {}, terminate: () => {} };
  };
  return { spawn, spawned: () => count };
}

describe('RunCapturer', () => {
  const scenario = poolScenario({ runs: 40 });

  it('answers with the same captured run as captureRun in this thread, from one worker', async () => {
    const { spawn, spawned } = fakeWorker();
    const capturer = new RunCapturer(spawn);
    const direct = captureRun(compileScenario(scenario), 31);
    const viaWorker = await capturer.capture(scenario, 31);
    expect(viaWorker).not.toBeNull();
    expect(Array.from(viaWorker!.metrics)).toEqual(Array.from(direct.metrics));
    expect(Array.from(viaWorker!.measured)).toEqual(Array.from(direct.measured));
    expect(Array.from(viaWorker!.trueRate)).toEqual(Array.from(direct.trueRate));
    await capturer.capture(scenario, 2);
    expect(spawned()).toBe(1);
  });

  it('resolves a request overtaken by a later one to null', async () => {
    const capturer = new RunCapturer(fakeWorker().spawn);
    const first = capturer.capture(scenario, 0);
    const second = capturer.capture(scenario, 1);
    expect(await first).toBeNull();
    expect((await second)?.run).toBe(1);
  });

  it('rejects with the worker\'s message for a run the scenario does not have', async () => {
    const capturer = new RunCapturer(fakeWorker().spawn);
    await expect(capturer.capture(scenario, 40)).rejects.toThrow(/run 41/);
  });
});
