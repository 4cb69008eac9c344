import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EpisodeLengths, episodeLength, episodeLengths } from '../../../src/core/simulate/EpisodeLengths.js';
import { gridIndex, gridPoint } from '../../../src/core/rng/gridCut.js';
import { streamFor } from '../../../src/core/rng/Stream.js';

const LAST = 2 ** 32 - 1;
const capped = (t: EpisodeLengths, u: number): number => Math.min(t.cap, episodeLength(t.median, t.sdLog, u));

describe('EpisodeLengths', () => {
  const tables = [new EpisodeLengths(6, 0.6, 48), new EpisodeLengths(3, 0.8, 42), new EpisodeLengths(12, 0.5, 36), new EpisodeLengths(0.5, 3, 24), new EpisodeLengths(60, 0, 30), new EpisodeLengths(6, 0.6, 1)];

  it('gives the formula\'s length for every uniform of a dense grid', () => {
    for (const t of tables) {
      let mismatches = 0;
      for (let i = 0; i <= LAST; i += 4099) if (t.lengthOf(gridPoint(i)) !== capped(t, gridPoint(i))) mismatches++;
      expect({ median: t.median, sdLog: t.sdLog, mismatches }).toEqual({ median: t.median, sdLog: t.sdLog, mismatches: 0 });
    }
  });

  it('is exact at every cut point and the grid points next to it', () => {
    for (const t of tables) {
      for (let L = 2; L <= t.cap; L++) {
        if (!(t.cut[L] <= 1)) continue;
        const k = gridIndex(t.cut[L]);
        for (let d = -2; d <= 2; d++) {
          const i = k + d;
          if (i < 0 || i > LAST) continue;
          expect({ L, i, got: t.lengthOf(gridPoint(i)) }).toEqual({ L, i, got: capped(t, gridPoint(i)) });
        }
      }
      for (const i of [0, 1, LAST - 1, LAST]) expect(t.lengthOf(gridPoint(i))).toBe(capped(t, gridPoint(i)));
    }
  });

  it('matches the formula on stream draws for random parameters (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0.5, max: 60, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), fc.integer({ min: 1, max: 96 }), (median, sdLog, cap) => {
      const t = new EpisodeLengths(median, sdLog, cap);
      const s = streamFor(1, 0, 'lengths');
      for (let i = 0; i < 2000; i++) {
        const u = s.next();
        if (t.lengthOf(u) !== capped(t, u)) return false;
      }
      return true;
    }), { numRuns: 60 });
  });

  it('shares a table between runs with the same parameters', () => {
    expect(episodeLengths(6, 0.6, 48)).toBe(episodeLengths(6, 0.6, 48));
    expect(episodeLengths(6, 0.6, 48)).not.toBe(episodeLengths(6, 0.61, 48));
  });
});
