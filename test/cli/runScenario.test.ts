import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/cli/runScenario.js';
import { CHUNK_RUNS } from '../../src/engine.js';
import { tinyScenario } from './tinyScenario.js';

describe('runScenario', () => {
  it('reports progress chunk by chunk up to every run', async () => {
    const seen: Array<[number, number]> = [];
    const { result, compiled } = await runScenario(tinyScenario({ runs: 60 }), { onProgress: (done, total) => seen.push([done, total]) });
    expect(compiled.runs).toBe(60);
    expect(result.runs).toBe(60);
    expect(seen).toEqual([[CHUNK_RUNS, 60], [2 * CHUNK_RUNS, 60], [60, 60]]);
  });

  it('gives the same runs whether simulated alone or as part of a longer job', async () => {
    const short = await runScenario(tinyScenario({ runs: 10 }));
    const long = await runScenario(tinyScenario({ runs: 40 }));
    expect(Array.from(long.result.metrics.subarray(0, short.result.metrics.length))).toEqual(Array.from(short.result.metrics));
  });
});
