import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridPoints, gridValues } from '../../../src/core/sweep/grid.js';
import { parseShard, shardRange } from '../../../src/core/sweep/shard.js';

describe('sweep grids', () => {
  it('spaces values evenly and ends exactly on `to`', () => {
    expect(gridValues({ path: 'a', from: 0, to: 1, steps: 5 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(gridValues({ path: 'a', from: 0.1, to: 0.3, steps: 3 }).at(-1)).toBe(0.3);
    expect(gridValues({ path: 'a', from: 7, to: 9, steps: 1 })).toEqual([7]);
  });

  it('makes a grid with the first path slowest', () => {
    expect(gridPoints([{ path: 'a', values: [1, 2] }, { path: 'b', values: [10, 20, 30] }])).toEqual([
      { a: 1, b: 10 }, { a: 1, b: 20 }, { a: 1, b: 30 }, { a: 2, b: 10 }, { a: 2, b: 20 }, { a: 2, b: 30 },
    ]);
  });
});

describe('shards', () => {
  it('parses k/n', () => {
    expect(parseShard('2/3')).toEqual({ k: 2, n: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3', '-1/2']) expect(parseShard(bad)).toBeUndefined();
  });

  it('cover every item exactly once, in order, whatever total and n', () => {
    fc.assert(fc.property(fc.nat(500), fc.integer({ min: 1, max: 40 }), (total, n) => {
      let next = 0;
      for (let k = 1; k <= n; k++) {
        const { from, to } = shardRange(total, { k, n });
        expect(from).toBe(next);
        expect(to).toBeGreaterThanOrEqual(from);
        next = to;
      }
      expect(next).toBe(total);
    }));
  });
});
