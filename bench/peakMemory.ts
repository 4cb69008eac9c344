/**
 * Peak memory while a task runs, sampled every 10 ms: resident set size of the whole process
 * (worker threads included, they share it) and the main thread's V8 heap.
 */
export interface PeakMemory {
  rssMB: number;
  heapUsedMB: number;
}

export async function withPeakMemory<T>(task: () => Promise<T>): Promise<{ value: T; peak: PeakMemory }> {
  let rss = 0, heap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  try {
    const value = await task();
    sample();
    return { value, peak: { rssMB: rss / 2 ** 20, heapUsedMB: heap / 2 ** 20 } };
  } finally {
    clearInterval(timer);
  }
}
