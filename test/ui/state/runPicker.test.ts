import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RunPicker } from '../../../src/ui/state/runPicker.js';

describe('RunPicker', () => {
  it('always picks another run within 1..runs', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 5000 }), (runs, seed, at) => {
      const current = Math.min(at, runs);
      const next = new RunPicker(seed).next(current, runs, seed);
      expect(next).not.toBe(current);
      expect(next).toBeGreaterThanOrEqual(1);
      expect(next).toBeLessThanOrEqual(runs);
    }));
  });

  it('gives the same runs for the same seed and clicks, and starts again for another seed', () => {
    const walk = (p: RunPicker, seed: number): number[] => { let r = 1; return Array.from({ length: 8 }, () => (r = p.next(r, 1000, seed))); };
    const a = walk(new RunPicker(7), 7);
    expect(walk(new RunPicker(7), 7)).toEqual(a);
    const p = new RunPicker(3);
    walk(p, 3);
    expect(walk(p, 7)).toEqual(a);
  });

  it('keeps the run when there is no other', () => {
    expect(new RunPicker(1).next(1, 1, 1)).toBe(1);
  });
});
