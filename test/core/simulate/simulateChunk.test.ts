import { describe, expect, it } from 'vitest';
import { chunkCount, chunkFromData, chunkToData, CHUNK_RUNS, QUANTITY_COUNT, ResultAssembler, simulateChunk, simulateScenario } from '../../../src/engine.js';
import { simulateRun } from '../../../src/core/simulate/simulateRun.js';
import { compiledTestScenario } from '../../support/testScenario.js';
import { bitIdentical } from '../../support/bitIdentical.js';

const overrides = { runs: 2 * CHUNK_RUNS + 7, horizonMonths: 12, segments: [{ service: 'tfco', providers: 5 }], payment: { rule: 'outcomeBonus' } };

describe('chunks: results do not depend on how runs are split', () => {
  const c = compiledTestScenario(overrides);
  const whole = simulateScenario(c);

  it('chunk k holds runs [k·25, (k+1)·25), the last one partial', () => {
    expect(chunkCount(c.runs)).toBe(3);
    expect([0, 1, 2].map((k) => simulateChunk(c, k).runs)).toEqual([25, 25, 7]);
    expect(simulateChunk(c, 2).firstRun).toBe(50);
    expect(whole.runs).toBe(c.runs);
    expect(whole.metrics.length).toBe(c.runs * QUANTITY_COUNT);
  });

  it('chunks merged in any arrival order equal simulateScenario bit for bit', () => {
    const chunks = [2, 0, 1].map((k) => simulateChunk(c, k));
    const assembler = new ResultAssembler(c, 3);
    assembler.add(chunks[0]);
    // Chunk 2 alone is not a complete prefix: nothing is exposed yet.
    expect(assembler.chunksDone).toBe(0);
    expect(assembler.result().runs).toBe(0);
    assembler.add(chunks[1]);
    expect(assembler.result().runs).toBe(CHUNK_RUNS);
    assembler.add(chunks[2]);
    expect(assembler.done).toBe(true);
    const merged = assembler.result();
    expect(bitIdentical(merged.metrics, whole.metrics)).toBe(true);
    expect(bitIdentical(merged.providers.sums, whole.providers.sums)).toBe(true);
    expect(bitIdentical(merged.providers.counts, whole.providers.counts)).toBe(true);
  });

  it('survives the trip through plain data (postMessage) unchanged', () => {
    const k = simulateChunk(c, 1);
    const back = chunkFromData(structuredClone(chunkToData(k)), c.providerCount);
    expect(back.metrics).toEqual(k.metrics);
    expect(back.providers.sums).toEqual(k.providers.sums);
  });

  it('each run is its own: run r alone, or within fewer runs, gives the same row', () => {
    const row = new Float64Array(QUANTITY_COUNT);
    simulateRun(c, 37, row, 0);
    expect(bitIdentical(row, whole.metrics.slice(37 * QUANTITY_COUNT, 38 * QUANTITY_COUNT))).toBe(true);
    const fewer = simulateScenario(compiledTestScenario({ ...overrides, runs: 30 }));
    expect(bitIdentical(fewer.metrics, whole.metrics.slice(0, 30 * QUANTITY_COUNT))).toBe(true);
  });
});
