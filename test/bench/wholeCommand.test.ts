/** The start-up estimate of the whole-command benchmark: the intercept of time against runs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, startUpFrom } from '../../bench/wholeCommand.js';

describe('startUpFrom', () => {
  it('recovers start-up and time per run when time is exactly linear in runs', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 1e-5, max: 0.1, noNaN: true }),
      fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5000 }),
      (startUp, perRun, smallRuns, extra) => {
        const runs = smallRuns + extra;
        const r = startUpFrom(runs, startUp + perRun * runs, smallRuns, startUp + perRun * smallRuns);
        expect(r.seconds).toBeCloseTo(startUp, 9);
        expect(r.perRun).toBeCloseTo(perRun, 9);
        expect(r.share).toBeCloseTo(startUp / (startUp + perRun * runs), 9);
      },
    ));
  });

  it('never reports a start-up below zero or above the whole, whatever the noise', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), (seconds, smallSeconds) => {
      const r = startUpFrom(1000, seconds, 50, smallSeconds);
      expect(r.seconds).toBeGreaterThanOrEqual(0);
      expect(r.seconds).toBeLessThanOrEqual(seconds);
      expect(r.share).toBeGreaterThanOrEqual(0);
      expect(r.share).toBeLessThanOrEqual(1);
    }));
  });

  it('refuses a small job that is not smaller', () => {
    expect(() => startUpFrom(50, 1, 50, 1)).toThrow();
    expect(() => startUpFrom(50, 1, 0, 1)).toThrow();
  });
});

describe('median', () => {
  it('is the middle sample, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
