import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AgeBands, ageBandByCount } from '../../../src/core/simulate/AgeBands.js';

/** The stream's grid: (i + ½)·2^−32. */
const gridPoint = (i: number): number => (i + 0.5) * 2 ** -32;

/** Cumulative shares of positive weights, the last exactly 1 (as compileScenario builds them). */
function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach((w, i) => { acc += w / total; out[i] = acc; });
  out[weights.length - 1] = 1;
  return out;
}

describe('AgeBands: the table lookup gives the counted band for every uniform', () => {
  it('agrees with the count at every cut, next to it and across the grid, for random shares', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }).filter((w) => w.reduce((a, b) => a + b, 0) > 0), (weights) => {
      const cum = cumulative(weights);
      const t = new AgeBands(cum);
      const probes: number[] = [gridPoint(0), gridPoint(2 ** 32 - 1)];
      for (const c of cum) for (const d of [-1, 0, 1]) probes.push(gridPoint(Math.max(0, Math.min(2 ** 32 - 1, Math.floor(c * 2 ** 32) + d))));
      for (let i = 0; i < 2 ** 32; i += 9_999_991) probes.push(gridPoint(i));
      return probes.every((u) => t.bandOf(u) === ageBandByCount(cum, u));
    }), { numRuns: 300 });
  });

  it('handles empty bands (equal cuts), a cut on a bucket edge and a single band', () => {
    for (const cum of [cumulative([1, 0, 0, 1]), new Float64Array([0.25, 0.5, 1]), new Float64Array([1])]) {
      const t = new AgeBands(cum);
      for (let i = 0; i < 2 ** 32; i += 4_999_999) expect(t.bandOf(gridPoint(i))).toBe(ageBandByCount(cum, gridPoint(i)));
      for (const u of [0.25, 0.5, 0.25 + 2 ** -33, 0.5 - 2 ** -33]) expect(t.bandOf(u)).toBe(ageBandByCount(cum, u));
    }
  });

  it('refuses cumulative shares that decrease', () => {
    expect(() => new AgeBands(new Float64Array([0.6, 0.4, 1]))).toThrow(/decreases at band 1/);
  });
});
