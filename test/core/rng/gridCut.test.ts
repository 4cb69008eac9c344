import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridCut, gridIndex, gridPoint } from '../../../src/core/rng/gridCut.js';
import { normalQuantile } from '../../../src/core/rng/normalQuantile.js';
import { Stream } from '../../../src/core/rng/Stream.js';

const LAST = 2 ** 32 - 1;

describe('gridCut', () => {
  it('puts grid points exactly where Stream.next puts its uniforms', () => {
    const s = new Stream('grid');
    for (let i = 0; i < 1000; i++) {
      const u = s.next();
      const k = gridIndex(u);
      expect(Number.isInteger(k) && k >= 0 && k <= LAST).toBe(true);
      expect(gridPoint(k)).toBe(u);
    }
    expect(gridPoint(0)).toBe(0.5 / 2 ** 32);
    expect(gridPoint(LAST)).toBe(1 - 0.5 / 2 ** 32);
  });

  it('finds the first grid point of a monotone test, exact on both sides of the boundary', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: LAST }), (k) => {
      const cut = gridCut((u) => u >= gridPoint(k));
      expect(cut).toBe(gridPoint(k));
    }), { numRuns: 200 });
  });

  it('returns a cut below every uniform for an always-true test and above every uniform for a never-true one', () => {
    expect(gridCut(() => true)).toBe(gridPoint(0));
    expect(gridCut(() => false)).toBeGreaterThan(gridPoint(LAST));
  });

  it('replaces x + sd·Q(u) > 0 by u ≥ cut, at the cut and its neighbours and on a dense grid', () => {
    for (const [x, sd] of [[-0.25, 0.35], [0.75, 0.35], [-0.5, 0.6], [0.5, 0.6], [0.3, 0], [-0.3, 0], [-9, 1], [2, 10]] as const) {
      const test = (u: number): boolean => x + sd * normalQuantile(u) > 0;
      const cut = gridCut(test);
      const k = Math.min(LAST, gridIndex(cut));
      for (let d = -3; d <= 3; d++) {
        const i = k + d;
        if (i < 0 || i > LAST) continue;
        expect({ x, sd, i, cut: gridPoint(i) >= cut }).toEqual({ x, sd, i, cut: test(gridPoint(i)) });
      }
      let mismatches = 0;
      for (let i = 0; i <= LAST; i += 65_537) if ((gridPoint(i) >= cut) !== test(gridPoint(i))) mismatches++;
      expect({ x, sd, mismatches }).toEqual({ x, sd, mismatches: 0 });
    }
  });
});

describe('normalQuantile along the grid (what gridCut relies on)', () => {
  it('increases strictly across both branch points and at both ends of the grid', () => {
    // The full scan of all 2^32 points was done once; here the places where it could fail.
    for (const p of [0.02425, 1 - 0.02425, 0.5, gridPoint(0), gridPoint(LAST)]) {
      const k0 = Math.min(LAST - 2000, Math.max(2000, Math.round(gridIndex(p))));
      let prev = normalQuantile(gridPoint(k0 - 2000));
      for (let k = k0 - 1999; k <= k0 + 2000; k++) {
        const q = normalQuantile(gridPoint(k));
        expect(q > prev).toBe(true);
        prev = q;
      }
    }
  });
});
